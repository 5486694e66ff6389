// A linter run by its own GitHub Action, or in a tox environment, is
// configured and used (signals.md › lint_typecheck: "a linter, formatter or
// type checker is configured"); a tox environment's `pytest` runs the tests.
import { describe, expect, it } from 'vitest';
import { detect, locations, scanToolsOf } from '../../test/helpers/repo.js';
import { lintTypecheck } from './lint_typecheck.js';
import { text, yaml } from '../../test/helpers/text.js';
import { lintToolOfAction } from './lib/shell.js';

const SOURCE = { 'src/app/core.py': 'def add(a: int, b: int) -> int:\n    return a + b\n' };

describe('linters run by a GitHub Action or a tox environment', () => {
  it('names the linter of an action by a word of its repository name', () => {
    expect(lintToolOfAction('astral-sh/ruff-action@v3')).toBe('ruff');
    expect(lintToolOfAction('psf/black@stable')).toBe('black');
    expect(lintToolOfAction('reviewdog/action-flake8@v3')).toBe('flake8');
    expect(lintToolOfAction('tsuyoshicho/action-mypy@v4')).toBe('mypy');
    expect(lintToolOfAction('actions/checkout@v4')).toBeUndefined();
    expect(lintToolOfAction('docker/build-push-action@v6')).toBeUndefined();
    expect(lintToolOfAction('ruff')).toBeUndefined();
  });

  it('counts a linter action as lint_typecheck and the linter as used', async () => {
    const files = {
      ...SOURCE,
      'requirements-dev.txt': 'ruff==0.6.9\n',
      '.github/workflows/lint.yml': yaml`
        on: [push, pull_request]
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: astral-sh/ruff-action@v3
      `,
    };
    const lint = await detect(lintTypecheck, files);
    const tools = await scanToolsOf(files);

    expect(lint.present).toBe(true);
    expect(locations(lint)).toContain('.github/workflows/lint.yml:7');
    expect(tools.find((t) => t.tool === 'ruff')).toMatchObject({ used: true });
  });

  it('reads the commands of tox environments: a lint environment configures its linter', async () => {
    const files = {
      ...SOURCE,
      'tests/test_core.py': 'from app.core import add\n\ndef test_add():\n    assert add(1, 2) == 3\n',
      'tox.ini': text`
        [tox]
        envlist = py311, types

        [testenv]
        deps = pytest
        commands = pytest {posargs}

        [testenv:types]
        deps = mypy
        commands =
            - mypy src
      `,
    };
    const lint = await detect(lintTypecheck, files);
    const tools = await scanToolsOf(files);

    expect(lint.present).toBe(true);
    expect(locations(lint)).toEqual(['tox.ini:11']);
    expect(tools.find((t) => t.tool === 'mypy')).toMatchObject({ used: true });
    expect(tools.find((t) => t.tool === 'pytest')?.evidence.map((e) => e.location)).toContain('tox.ini:6');
  });

  it('does not count a tox environment that only installs or a docs build', async () => {
    const files = {
      ...SOURCE,
      'tox.ini': text`
        [testenv:docs]
        deps = sphinx
        commands = sphinx-build docs docs/_build
      `,
    };
    const lint = await detect(lintTypecheck, files);

    expect(lint.present).toBe(false);
  });
});
