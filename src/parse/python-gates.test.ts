import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (string tests that decide a guard clause, and parameters)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('marks a test whose failure or success leaves the block, and no test that chooses a path that goes on', () => {
    const facts = parsePython(py`
      import re

      def run(query: str, limit=10, *args, **kw):
          if not query.strip().lower().startswith("select"):
              return "Only SELECT"
          if re.search(r"\\bdrop\\b", query) or len(query) > 500:
              raise ValueError(query)
          assert query.upper().startswith("SELECT")
          if query.startswith("with"):
              rows = fetch(query)
          for line in query.splitlines():
              if line.endswith(";"):
                  continue
          return query.startswith("select")
    `);

    expect(facts.calls.filter((c) => /startswith|endswith|search/.test(c.name)).map((c) => [c.line, c.gate ?? null])).toEqual([
      [4, 'unless'],
      [6, 'if'],
      [8, 'unless'],
      [9, null],
      [12, 'if'],
      [14, null],
    ]);
    expect(facts.functions[0].params).toEqual(['query', 'limit']);
  });

  it('leaves `self` out of a method\'s parameters', () => {
    const facts = parsePython(py`
      class Db:
          def execute(self, sql: str, params: dict = None):
              pass
    `);
    expect(facts.functions[0].params).toEqual(['sql', 'params']);
  });
});
