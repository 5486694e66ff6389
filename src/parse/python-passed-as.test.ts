import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (the keyword each string was passed as)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('pairs each string with its keyword, positional ones and list items with none, only when a keyword string is given', () => {
    const facts = parsePython(py`
      run("fit", ["python", "fit.py"], task_id="refit", retries=2, image="acme/refit:1")
      open("data.csv")
      run(image=IMAGE)
    `);

    expect(facts.calls.map((c) => [c.strings, c.passedAs])).toEqual([
      [['fit', 'python', 'fit.py', 'refit', 'acme/refit:1'], ['', '', '', 'task_id', 'image']],
      [['data.csv'], undefined],
      [[], undefined],
    ]);
  });
});
