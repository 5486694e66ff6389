// f-strings were dropped from a call's string arguments (only plain literals
// were kept), so an f-string's SQL, URL or key was lost: a pgvector query or
// an INSERT of predictions written as `f"... {table} ..."` left no fact
// (the signal-level case is in signals/rag.database.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python f-strings', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('keeps an f-string argument with its interpolations as written', () => {
    const facts = parsePython(py`
      cur.execute(f"INSERT INTO {table} VALUES ({a!r}, {b:.2f})")
      requests.post(url=f"{HOST}/v1/chat/completions", json=body)
      print(f"{{literal}} braces")
    `);

    expect(facts.calls.map((c) => [c.name, c.strings])).toEqual([
      ['cur.execute', ['INSERT INTO {table} VALUES ({a!r}, {b:.2f})']],
      ['requests.post', ['{HOST}/v1/chat/completions']],
      ['print', ['{{literal}} braces']],
    ]);
  });

  it('joins implicitly concatenated literals, f-strings among them', () => {
    const facts = parsePython(py`
      cur.execute(
          "SELECT body FROM chunks "
          f"ORDER BY embedding <=> '{vec}' LIMIT {k}"
      )
    `);

    expect(facts.calls[0].strings).toEqual(["SELECT body FROM chunks ORDER BY embedding <=> '{vec}' LIMIT {k}"]);
  });

  it('reads the calls inside an f-string, nested and in format specs, with their own arguments', () => {
    const facts = parsePython(py`
      import mlflow
      label = f"run {mlflow.start_run(run_name='a').info.run_id} at {now():%H:%M} {fmt(x, width=w)!s:>{pad()}}"
    `);

    expect(facts.calls.map((c) => [c.name, c.kwargs, c.strings, c.line])).toEqual([
      ['mlflow.start_run', ['run_name'], ['a'], 2],
      ['now', [], [], 2],
      ['fmt', ['width'], [], 2],
      ['pad', [], [], 2],
    ]);
  });

  it('a decorator keeps its f-string argument', () => {
    const facts = parsePython(py`
      @app.get(f"{PREFIX}/predict")
      def predict(): ...
    `);

    expect(facts.functions[0].decorators.map((d) => [d.name, d.strings])).toEqual([['app.get', ['{PREFIX}/predict']]]);
  });
});
