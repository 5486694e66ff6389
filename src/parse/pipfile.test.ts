import { describe, expect, it } from 'vitest';
import { toml } from '../../test/helpers/text.js';
import { parsePipfile } from './pipfile.js';

describe('parse/pipfile', () => {
  it('reads packages and dev-packages with pins and lines', () => {
    const file = toml`
      [[source]]
      url = "https://pypi.org/simple"
      name = "pypi"

      [packages]
      scikit_learn = "==1.0.2"
      mlflow = "*"
      requests = { version = "==2.31.0", extras = ["socks"] }
      mylib = { git = "https://github.com/org/mylib.git", ref = "main" }

      [dev-packages]
      pytest = ">=7"

      [requires]
      python_version = "3.11"
    `;

    const facts = parsePipfile(file, 'Pipfile');

    expect(facts).toEqual({
      dependencies: [
        { name: 'scikit-learn', spec: '==1.0.2', pinned: true, ecosystem: 'pypi', line: 6, text: 'scikit_learn = "==1.0.2"' },
        { name: 'mlflow', spec: '', pinned: false, ecosystem: 'pypi', line: 7, text: 'mlflow = "*"' },
        { name: 'requests', spec: '==2.31.0', pinned: true, ecosystem: 'pypi', line: 8, text: 'requests = { version = "==2.31.0", extras = ["socks"] }' },
        { name: 'mylib', spec: '', pinned: false, ecosystem: 'pypi', line: 9, text: 'mylib = { git = "https://github.com/org/mylib.git", ref = "main" }' },
        { name: 'pytest', spec: '>=7', pinned: false, ecosystem: 'pypi', group: 'dev', line: 12, text: 'pytest = ">=7"' },
      ],
    });
  });

  it('reads custom package categories as groups and ignores non-table values', () => {
    const file = toml`
      [packages]
      numpy = 3

      [docs]
      sphinx = "*"
    `;

    const facts = parsePipfile(file, 'Pipfile');

    expect(facts.dependencies?.map((d) => [d.name, d.group, d.line])).toEqual([['sphinx', 'docs', 5]]);
  });

  it('gives an empty list for an empty Pipfile', () => {
    const facts = parsePipfile('[packages]\n\n[dev-packages]\n', 'Pipfile');

    expect(facts).toEqual({ dependencies: [] });
  });

  it('reports a TOML syntax error and gives no facts', () => {
    const facts = parsePipfile('[packages]\nnumpy = "==1.2\n', 'Pipfile');

    expect(facts).toEqual({ problems: [{ path: 'Pipfile', kind: 'syntax', line: 2, message: expect.stringMatching(/^invalid TOML/) }] });
  });
});
