import { describe, expect, it } from 'vitest';
import { toml } from '../../test/helpers/text.js';
import { entryLines, findLine, lineOfOffset, sectionEnd, tomlHeaders, tomlKeyLine, tomlLines } from './lines.js';

const DOC = toml`
  title = "x"

  [tool.ruff]
  line-length = 100
  lint.select = ["E"]

  [ tool . "poetry" . dependencies ]  # comment
  numpy = "^1"
  "scikit-learn" = "*"

  [[tool.mypy.overrides]]
  module = "a"
`;

describe('parse/lines', () => {
  it('finds lines of offsets and substrings', () => {
    expect(lineOfOffset('a\nb\nc', 0)).toBe(1);
    expect(lineOfOffset('a\nb\nc', 4)).toBe(3);
    expect(findLine(['a', 'b', 'a'], 'a', 2)).toBe(3);
    expect(findLine(['a', 'b'], /c/)).toBeUndefined();
  });

  it('normalises table headers, quoted parts and spaces included', () => {
    const headers = tomlHeaders(DOC.split('\n'));

    expect(headers.map((h) => [h.key, h.line])).toEqual([
      ['tool.ruff', 3],
      ['tool.poetry.dependencies', 7],
      ['tool.mypy.overrides', 11],
    ]);
  });

  it('finds key paths through headers, dotted keys and quoted keys', () => {
    const doc = tomlLines(DOC);

    expect(tomlKeyLine(doc, ['title'])).toBe(1);
    expect(tomlKeyLine(doc, ['tool', 'ruff'])).toBe(3);
    expect(tomlKeyLine(doc, ['tool', 'ruff', 'lint', 'select'])).toBe(5);
    expect(tomlKeyLine(doc, ['tool', 'poetry', 'dependencies', 'scikit-learn'])).toBe(9);
    expect(tomlKeyLine(doc, ['tool', 'poetry', 'dependencies', 'pandas'])).toBeUndefined();
    expect(sectionEnd(doc, 3)).toBe(7);
    expect(sectionEnd(doc, 11)).toBe(doc.lines.length + 1);
  });

  it('finds array entries in order, with several on one line and repeats', () => {
    const lines = ['deps = [', '  "a", "b",', "  'a',", ']'];

    expect(entryLines(lines, 1, ['a', 'b', 'a', 'missing'])).toEqual([2, 2, 3, 1]);
  });
});
