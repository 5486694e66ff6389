// Tool list: a command-line tool the project runs (a CI step, a Makefile
// recipe, a nox session, a pre-commit hook) is used, not only declared
// (real-people review: Bandit "only declared" while CI ran `bandit -r`).
import { describe, expect, it } from 'vitest';
import { scanToolsOf } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { commandTool } from './lib/tool-commands.js';

describe('signals/toolUses (tools run as commands)', () => {
  it('counts tools run in CI, a Makefile, a nox session and a pre-commit hook', async () => {
    const tools = await scanToolsOf({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["bandit>=1.7", "dvc>=3"]\n',
      '.github/workflows/ci.yml': yaml`
        on: push
        jobs:
          security:
            runs-on: ubuntu-latest
            steps:
              - run: pip install bandit pip-audit
              - run: |
                  bandit -r src -f json -o reports/bandit.json -ll || true
      `,
      Makefile: 'repro:\n\t@poetry run dvc repro\n',
      'noxfile.py': 'import nox\n\n@nox.session\ndef types(session):\n    session.run("mypy", "src")\n',
      '.pre-commit-config.yaml': yaml`
        repos:
          - repo: https://github.com/astral-sh/ruff-pre-commit
            rev: v0.4.0
            hooks:
              - id: ruff-format
      `,
    });
    const at = (id: string) => tools.find((t) => t.tool === id);

    expect(at('bandit')).toMatchObject({ used: true, files: 1 });
    expect(at('bandit')?.evidence.map((e) => e.location)).toEqual(['.github/workflows/ci.yml:7']);
    expect(at('dvc')).toMatchObject({ used: true });
    expect(at('dvc')?.evidence.map((e) => e.location)).toEqual(['Makefile:2']);
    expect(at('mypy')?.used).toBe(true);
    expect(at('ruff')?.used).toBe(true);
  });

  it('does not count installs, version queries, shells, or a local module run with python -m', async () => {
    const local = new Set(['pytest_helpers', 'mlflow']);

    expect(commandTool(['pip', 'install', 'bandit'], local)).toBeUndefined();
    expect(commandTool(['bandit', '--version'], local)).toBeUndefined();
    expect(commandTool(['dash', 'run.sh'], local)).toBeUndefined();
    expect(commandTool(['python', '-m', 'mlflow', 'ui'], local)).toBeUndefined();
    expect(commandTool(['python', '-m', 'pytest', '-q'], local)).toBe('pytest');
    expect(commandTool(['uvx', 'ruff', 'check'], local)).toBe('ruff');
  });

  it('leaves a tool that is only declared and never run as declared', async () => {
    const tools = await scanToolsOf({
      'requirements.txt': 'bandit==1.7.9\n',
      'Makefile': 'install:\n\tpip install -r requirements.txt\n',
    });

    expect(tools.find((t) => t.tool === 'bandit')).toMatchObject({ used: false });
  });

  it('does not count a Python linter or test runner a repository gives nothing to act on', async () => {
    const makefile = 'lint:\n\tpoetry run mypy src/\n\tpoetry run black src/\ntest:\n\tpoetry run pytest -n auto tests/\n';
    const scaffold = await scanToolsOf({
      'pyproject.toml': '[tool.poetry]\nname = "x"\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\nmypy = "^1"\n',
      Makefile: makefile,
      'research/notebook.ipynb': JSON.stringify({ cells: [{ cell_type: 'code', source: ['import numpy as np\n'] }], nbformat: 4, nbformat_minor: 5, metadata: {} }),
    });
    const at = (tools: typeof scaffold, id: string) => tools.find((t) => t.tool === id);

    expect(at(scaffold, 'pytest')?.used).toBe(false);
    expect(at(scaffold, 'mypy')?.used).toBe(false);
    expect(at(scaffold, 'black')).toBeUndefined();

    // Source to check but no test file: the linters run on it, the test runner still has nothing.
    const code = await scanToolsOf({ Makefile: makefile, 'src/x/core.py': 'def f(a: int) -> int:\n    return a\n' });
    expect(at(code, 'mypy')?.used).toBe(true);
    expect(at(code, 'black')?.used).toBe(true);
    expect(at(code, 'pytest')).toBeUndefined();

    const tested = await scanToolsOf({ Makefile: makefile, 'src/x/core.py': 'def f():\n    return 1\n', 'tests/test_core.py': 'def test_f():\n    assert 1\n' });
    expect(at(tested, 'pytest')?.used).toBe(true);
  });
});
