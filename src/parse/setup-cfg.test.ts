import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseSetupCfg } from './setup-cfg.js';

describe('parse/setup-cfg', () => {
  it('reads the package, install_requires, extras and tool sections', () => {
    const file = text`
      [metadata]
      name = demo

      [options]
      packages = find:
      install_requires =
          numpy==1.26.4
          requests>=2  # http
      tests_require = pytest

      [options.extras_require]
      dev =
          black

      [flake8]
      max-line-length = 100

      [tool:pytest]
      addopts = -q
    `;

    const facts = parseSetupCfg(file, 'setup.cfg');

    expect(facts).toEqual({
      packages: [{ kind: 'setup.cfg', name: 'demo', installable: true, line: 1, text: '[metadata] name = demo' }],
      dependencies: [
        { name: 'numpy', spec: '==1.26.4', pinned: true, ecosystem: 'pypi', line: 7, text: 'numpy==1.26.4' },
        { name: 'requests', spec: '>=2', pinned: false, ecosystem: 'pypi', line: 8, text: 'requests>=2' },
        { name: 'pytest', spec: '', pinned: false, ecosystem: 'pypi', group: 'test', line: 9, text: 'pytest' },
        { name: 'black', spec: '', pinned: false, ecosystem: 'pypi', group: 'dev', line: 13, text: 'black' },
      ],
      configs: [
        { key: 'flake8', text: '[flake8]', line: 15 },
        { key: 'tool:pytest', text: '[tool:pytest]', line: 18 },
      ],
    });
  });

  it('splits a one-line value on semicolons and records file: references without reading them', () => {
    const file = text`
      [options]
      install_requires = click; rich
      [options.extras_require]
      docs = file: docs/requirements.txt
      [mypy]
      [mypy-numpy.*]
      [pylint.format]
      [isort]
      [pycodestyle]
    `;

    const facts = parseSetupCfg(file, 'setup.cfg');

    expect(facts.dependencies?.map((d) => [d.name, d.line])).toEqual([
      ['click', 2],
      ['rich', 2],
    ]);
    expect(facts.configs?.map((c) => [c.key, c.line])).toEqual([
      ['mypy', 5],
      ['pylint', 7],
      ['isort', 8],
      ['pycodestyle', 9],
      ['include:docs/requirements.txt', 4],
    ]);
    expect(facts.packages).toEqual([]);
  });

  it('reports lines that are not INI and still reads the rest', () => {
    const file = text`
      [metadata]
      name = demo
      <<<<<<< HEAD
      [flake8]
    `;

    const facts = parseSetupCfg(file, 'setup.cfg');

    expect(facts.problems).toEqual([{ path: 'setup.cfg', kind: 'syntax', line: 3, message: '1 line is not valid INI' }]);
    expect(facts.packages?.map((p) => p.name)).toEqual(['demo']);
    expect(facts.configs?.map((c) => c.key)).toEqual(['flake8']);
  });
});
