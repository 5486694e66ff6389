import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, toml, yaml } from '../../test/helpers/text.js';
import { lintTypecheck, lintToolOfKey } from './lint_typecheck.js';

describe('signals/lint_typecheck', () => {
  it('is present for tool tables in pyproject, at their lines', async () => {
    const result = await detect(lintTypecheck, {
      'pyproject.toml': toml`
        [project]
        name = "app"

        [tool.ruff]
        line-length = 100

        [tool.mypy]
        strict = true
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['pyproject.toml:4', 'pyproject.toml:7']);
    expect(result.evidence.map((e) => e.tool)).toEqual(['ruff', 'mypy']);
  });

  it('counts pre-commit hooks that lint, not housekeeping hooks', async () => {
    const result = await detect(lintTypecheck, {
      '.pre-commit-config.yaml': yaml`
        repos:
          - repo: https://github.com/pre-commit/pre-commit-hooks
            rev: v4.6.0
            hooks:
              - id: trailing-whitespace
          - repo: https://github.com/psf/black
            rev: 24.3.0
            hooks:
              - id: black-jupyter
      `,
    });

    expect(locations(result)).toEqual(['.pre-commit-config.yaml:9']);
  });

  it('counts a CI step that runs a linter without a config file', async () => {
    const result = await detect(lintTypecheck, {
      '.github/workflows/ci.yml': yaml`
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  pip install black flake8
                  black --check . && flake8 src
      `,
    });

    expect(locations(result)).toEqual(['.github/workflows/ci.yml:6', '.github/workflows/ci.yml:6']);
    expect(result.evidence.map((e) => e.tool)).toEqual(['black', 'flake8']);
  });

  it('counts Makefile recipes and scripts that run a linter, also inside a container', async () => {
    const result = await detect(lintTypecheck, {
      Makefile: 'format:\n\tdocker exec webserver python -m black -S --line-length 79 .\n\nlint:\n\tdocker compose run --rm -e CI=1 app flake8 dags\n\ninstall:\n\tpip install black pre-commit\n\tpre-commit install\n',
      'scripts/check.sh': '#!/bin/sh\nset -e\necho "running mypy"\nmypy src\n',
    });

    expect(locations(result)).toEqual(['Makefile:2', 'Makefile:5', 'scripts/check.sh:4']);
    expect(result.evidence.map((e) => e.tool)).toEqual(['black', 'flake8', 'mypy']);
  });

  it('counts nox sessions and invoke tasks that run a linter', async () => {
    const result = await detect(lintTypecheck, {
      'noxfile.py': 'import nox\n\n@nox.session\ndef lint(session):\n    session.install("ruff")\n    session.run("ruff", "check", "src")\n',
      'tasks.py': 'from invoke import task\n\n@task\ndef typecheck(c):\n    c.run("mypy src")\n    c.run("pytest")\n',
    });

    expect(locations(result)).toEqual(['noxfile.py:6', 'tasks.py:5']);
    expect(result.evidence.map((e) => e.tool)).toEqual(['ruff', 'mypy']);
  });

  it('is declared-only when a linter is only a dev requirement', async () => {
    const result = await detect(lintTypecheck, {
      'requirements-dev.txt': text`
        pytest==8.1.1
        black==24.3.0
      `,
      'README.md': 'We format with black and lint with ruff.\n',
      'setup.py': py`
        # flake8: noqa
        from setuptools import setup
        setup(name="x", extras_require={"dev": ["mypy"]})
      `,
    });

    expect(result).toMatchObject({ present: false, strength: 'declared-only', evidence: [] });
    expect(result.hints.map((h) => h.location)).toContain('requirements-dev.txt:2');
  });

  it.each([
    ['tool.ruff.lint', 'ruff'],
    ['mypy-numpy.*', 'mypy'],
    ['hook:nbqa-isort', 'isort'],
    ['tool:isort', 'isort'],
    ['tool.pytest.ini_options', undefined],
    ['hook:check-yaml', undefined],
  ])('reads config key %s as %s', (key, tool) => {
    expect(lintToolOfKey(key)).toBe(tool);
  });
});
