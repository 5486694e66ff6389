import { describe, expect, it } from 'vitest';
import { text, toml } from '../../test/helpers/text.js';
import { parseToolConfig } from './tool-config.js';

describe('parse/tool-config', () => {
  it.each`
    path                       | key          | file
    ${'ruff.toml'}             | ${'ruff'}    | ${'line-length = 100\n'}
    ${'sub/.ruff.toml'}        | ${'ruff'}    | ${'[lint]\nselect = ["E"]\n'}
    ${'.flake8'}               | ${'flake8'}  | ${'[flake8]\nmax-line-length = 100\n'}
    ${'mypy.ini'}              | ${'mypy'}    | ${'[mypy]\nstrict = True\n'}
    ${'.mypy.ini'}             | ${'mypy'}    | ${'[mypy]\n'}
    ${'.pylintrc'}             | ${'pylint'}  | ${'[MASTER]\njobs = 0\n'}
    ${'pylintrc'}              | ${'pylint'}  | ${'[MESSAGES CONTROL]\ndisable = C0114\n'}
    ${'.isort.cfg'}            | ${'isort'}   | ${'[settings]\nprofile = black\n'}
    ${'pyrightconfig.json'}    | ${'pyright'} | ${'{\n  // strict mode\n  "typeCheckingMode": "strict", /* all */\n  "include": ["src",],\n}\n'}
    ${'.style.yapf'}           | ${'yapf'}    | ${'[style]\nbased_on_style = pep8\n'}
  `('gives the tool id $key at line 1 for $path', ({ path, key, file }) => {
    const facts = parseToolConfig(file, path);

    expect(facts).toEqual({ configs: [{ key, text: path.split('/').pop(), line: 1 }] });
  });

  it('reads tox.ini sections like setup.cfg', () => {
    const file = text`
      [tox]
      envlist = py311

      [testenv]
      commands = pytest

      [testenv:lint]
      commands = ruff check .

      [flake8]
      max-line-length = 100

      [pytest]
      addopts = -q
    `;

    const facts = parseToolConfig(file, 'tox.ini');

    expect(facts.configs?.map((c) => [c.key, c.line])).toEqual([
      ['tox', 1],
      ['testenv', 4],
      ['testenv:lint', 7],
      ['flake8', 10],
      ['pytest', 13],
    ]);
  });

  it('gives a fly ManifestFact at the app line', () => {
    const file = toml`
      # fly.toml app configuration file
      app = "model-api"
      primary_region = "ams"
    `;

    const facts = parseToolConfig(file, 'deploy/fly.toml');

    expect(facts).toEqual({ manifests: [{ kind: 'fly', text: 'fly app model-api', line: 2 }] });
  });

  it.each([
    ['ruff.toml', 'line-length = \n', 'invalid TOML'],
    ['pyrightconfig.json', '{"include": [}', 'invalid JSON'],
    ['.flake8', '[flake8\nmax-line-length\n', 'not valid INI'],
  ])('keeps the config of a broken %s and reports the syntax error', (path, file, message) => {
    const facts = parseToolConfig(file, path);

    expect(facts.configs).toHaveLength(1);
    expect(facts.problems).toEqual([expect.objectContaining({ path, kind: 'syntax', message: expect.stringContaining(message) })]);
  });

  it('reads JSON with comments and trailing commas, and a // inside a string is text', () => {
    expect(parseToolConfig('{"a": "x // y", /* c */ "b": [1,],}', 'pyrightconfig.json').problems).toBeUndefined();
    expect(parseToolConfig('{"a": "x // y" "b": 1}', 'pyrightconfig.json').problems).toEqual([
      { path: 'pyrightconfig.json', kind: 'syntax', message: 'invalid JSON (CommaExpected)', line: 1 },
    ]);
    // Brackets in a string or a comment do not nest; 300 real ones are refused before the recursive parse.
    expect(parseToolConfig(`{"a": "${'['.repeat(400)}" /* ${'{'.repeat(400)} */}`, 'pyrightconfig.json').problems).toBeUndefined();
    expect(parseToolConfig(`${'['.repeat(300)}${']'.repeat(300)}`, 'pyrightconfig.json').problems?.[0].message).toBe('invalid JSON (nested more than 256 deep)');
  });
});
