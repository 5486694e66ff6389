import { describe, expect, it } from 'vitest';
import { toml } from '../../test/helpers/text.js';
import { parsePyproject } from './pyproject.js';

describe('parse/pyproject', () => {
  it('reads PEP 621 dependencies and extras with their lines, and the package', () => {
    const file = toml`
      [project]
      name = "demo"
      dependencies = [
        "numpy>=1.26",
        "Torch==2.3.1",
      ]

      [project.optional-dependencies]
      dev = ["pytest", "ruff==0.5.0"]
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts.dependencies).toEqual([
      { name: 'numpy', spec: '>=1.26', pinned: false, ecosystem: 'pypi', line: 4, text: 'numpy>=1.26' },
      { name: 'torch', spec: '==2.3.1', pinned: true, ecosystem: 'pypi', line: 5, text: 'Torch==2.3.1' },
      { name: 'pytest', spec: '', pinned: false, ecosystem: 'pypi', group: 'dev', line: 9, text: 'pytest' },
      { name: 'ruff', spec: '==0.5.0', pinned: true, ecosystem: 'pypi', group: 'dev', line: 9, text: 'ruff==0.5.0' },
    ]);
    expect(facts.packages).toEqual([{ kind: 'pep621', name: 'demo', installable: true, line: 1, text: '[project] name = "demo"' }]);
  });

  it('reads Poetry dependencies, dev-dependencies and groups, skipping python', () => {
    const file = toml`
      [tool.poetry]
      name = "app"

      [tool.poetry.dependencies]
      python = "^3.11"
      fastapi = "^0.110"
      bcrypt = "4.0.1"
      psycopg = { extras = ["binary"], version = "^3.1" }
      torch = [{ version = "==2.2.0", platform = "linux" }]

      [tool.poetry.dev-dependencies]
      black = "*"

      [tool.poetry.group.test.dependencies]
      pytest = "^8.0"
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts.dependencies?.map((d) => [d.name, d.spec, d.pinned, d.group, d.line])).toEqual([
      ['fastapi', '^0.110', false, undefined, 6],
      ['bcrypt', '4.0.1', true, undefined, 7],
      ['psycopg', '^3.1', false, undefined, 8],
      ['torch', '==2.2.0', true, undefined, 9],
      ['black', '*', false, 'dev', 12],
      ['pytest', '^8.0', false, 'test', 15],
    ]);
    expect(facts.dependencies?.[2].text).toBe('psycopg = { extras = ["binary"], version = "^3.1" }');
    expect(facts.packages).toEqual([{ kind: 'poetry', name: 'app', installable: true, line: 1, text: '[tool.poetry] name = "app"' }]);
  });

  it('marks a Poetry project with package-mode = false as not installable', () => {
    const file = toml`
      [tool.poetry]
      package-mode = false

      [tool.poetry.dependencies]
      requests = "^2.31"
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts.packages).toEqual([
      { kind: 'poetry', installable: false, line: 1, text: '[tool.poetry] (not installable: package-mode = false)' },
    ]);
  });

  it.each([
    ['uv', '[tool.uv]\npackage = false\n'],
    ['PDM', '[tool.pdm]\ndistribution = false\n'],
    ['Rye', '[tool.rye]\nvirtual = true\n'],
  ])('marks a [project] that %s never installs as not installable', (_tool, table) => {
    const facts = parsePyproject(`[project]\nname = "app"\n\n${table}`, 'pyproject.toml');

    expect(facts.packages?.map((p) => [p.kind, p.installable])).toEqual([['pep621', false]]);
  });

  it('reads a Rye virtual project: not installable, its dev-dependencies read; virtual = false is a package', () => {
    const virtual = parsePyproject(
      toml`
        [project]
        name = "rag-app"
        dependencies = ["openai>=1.0"]

        [tool.rye]
        virtual = true
        dev-dependencies = ["pytest==8.2.0"]
      `,
      'pyproject.toml',
    );
    const built = parsePyproject('[project]\nname = "lib"\n\n[tool.rye]\nvirtual = false\nmanaged = true\n', 'pyproject.toml');

    expect(virtual.packages).toEqual([{ kind: 'pep621', name: 'rag-app', installable: false, line: 1, text: '[project] name = "rag-app" (not installable: virtual = true)' }]);
    expect(virtual.dependencies?.map((d) => [d.name, d.group, d.line])).toEqual([['openai', undefined, 3], ['pytest', 'dev', 7]]);
    expect(built.packages?.map((p) => [p.kind, p.installable])).toEqual([['pep621', true]]);
  });

  it('gives no package for a [tool.poetry] table holding only settings', () => {
    const facts = parsePyproject('[tool.poetry.dependencies]\nrequests = "*"\n', 'pyproject.toml');

    expect(facts.packages).toEqual([]);
    expect(facts.dependencies?.map((d) => d.name)).toEqual(['requests']);
  });

  it('reads PDM, uv and PEP 735 groups, dropping include-group tables', () => {
    const file = toml`
      [dependency-groups]
      test = ["pytest>=8", { include-group = "lint" }]
      lint = ["ruff"]

      [tool.uv]
      dev-dependencies = ["mypy==1.10.0"]

      [tool.pdm.dev-dependencies]
      docs = ["mkdocs"]
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts.dependencies?.map((d) => [d.name, d.group, d.line])).toEqual([
      ['pytest', 'test', 2],
      ['ruff', 'lint', 3],
      ['mypy', 'dev', 6],
      ['mkdocs', 'docs', 9],
    ]);
    expect(facts.packages).toEqual([]);
  });

  it('gives a ConfigFact for every [tool.*] table, nested tables, dotted keys and the build system', () => {
    const file = toml`
      [build-system]
      requires = ["hatchling"]
      build-backend = "hatchling.build"

      [tool.ruff.lint]
      select = ["E", "F"]

      [tool.pytest.ini_options]
      testpaths = ["tests"]

      [tool]
      black.line-length = 100

      [[tool.mypy.overrides]]
      module = "x"
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts.configs?.map((c) => [c.key, c.line, c.text])).toEqual([
      ['build-system', 1, 'build-backend = "hatchling.build"'],
      ['tool.ruff', 5, '[tool.ruff.lint]'],
      ['tool.ruff.lint', 5, '[tool.ruff.lint]'],
      ['tool.pytest', 8, '[tool.pytest.ini_options]'],
      ['tool.pytest.ini_options', 8, '[tool.pytest.ini_options]'],
      ['tool.black', 12, 'black.line-length = 100'],
      ['tool.mypy', 14, '[[tool.mypy.overrides]]'],
      ['tool.mypy.overrides', 14, '[[tool.mypy.overrides]]'],
    ]);
  });

  it('drops bad entries and lets fields fall back one by one', () => {
    const file = toml`
      [project]
      name = 3
      dependencies = [1, "numpy", "not a requirement!"]
      optional-dependencies = "oops"

      [tool.poetry]
      package-mode = "yes"
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts.dependencies?.map((d) => [d.name, d.line])).toEqual([['numpy', 3]]);
    expect(facts.packages?.map((p) => [p.kind, p.name, p.installable])).toEqual([['pep621', undefined, true]]);
  });

  it('reports a TOML syntax error with its line and gives no facts', () => {
    const file = toml`
      [project]
      name = "demo"
      dependencies = ["numpy"
      [tool.ruff]
    `;

    const facts = parsePyproject(file, 'pyproject.toml');

    expect(facts).toEqual({
      problems: [{ path: 'pyproject.toml', kind: 'syntax', line: 4, message: expect.stringMatching(/^invalid TOML/) }],
    });
  });
});
