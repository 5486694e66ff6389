import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseIni, toolSectionKey } from './ini.js';

describe('parse/ini', () => {
  it('reads sections, lower-cased keys and multi-line values across comments and blank lines', () => {
    const file = text`
      ; leading comment
      [flake8]
      Max-Line-Length: 100
      extend-ignore =
          E203,
          # a comment inside the value

          W503
      [mypy]
      strict = true
    `;

    const ini = parseIni(file);

    expect(ini).toEqual({
      sections: [
        {
          name: 'flake8',
          line: 2,
          entries: [
            { key: 'max-line-length', line: 3, values: [{ text: '100', line: 3 }] },
            { key: 'extend-ignore', line: 4, values: [{ text: 'E203,', line: 5 }, { text: 'W503', line: 8 }] },
          ],
        },
        { name: 'mypy', line: 9, entries: [{ key: 'strict', line: 10, values: [{ text: 'true', line: 10 }] }] },
      ],
      badLines: [],
    });
  });

  it('lists lines that are not INI: options before any section and lines without a delimiter', () => {
    const file = text`
      key = value
      [section]
      just words
      ok = 1
    `;

    const ini = parseIni(file);

    expect(ini.badLines).toEqual([1, 3]);
    expect(ini.sections[0].entries.map((e) => e.key)).toEqual(['ok']);
  });

  it.each`
    name                          | key
    ${'flake8'}                   | ${'flake8'}
    ${'tool:pytest'}              | ${'tool:pytest'}
    ${'MYPY'}                     | ${'mypy'}
    ${'pylint.messages_control'}  | ${'pylint'}
    ${'testenv:lint'}             | ${'testenv:lint'}
    ${'metadata'}                 | ${undefined}
    ${'mypy-numpy.*'}             | ${undefined}
  `('maps section [$name] to $key', ({ name, key }) => {
    expect(toolSectionKey(name)).toBe(key);
  });
});
