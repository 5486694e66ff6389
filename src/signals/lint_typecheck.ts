// signals.md › lint_typecheck: a linter, formatter or type checker is configured: ruff, flake8, pylint, black, isort, mypy, pyright, or .pre-commit-config.yaml with such hooks.
import { defineDetector } from './define.js';

export const lintTypecheck = defineDetector({
  id: 'lint_typecheck',
  area: 'engineering',
});
