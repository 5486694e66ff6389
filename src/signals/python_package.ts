// signals.md › python_package: an installable package is defined: pyproject.toml with a [project] or [tool.poetry] table, setup.py, or setup.cfg with [metadata]. Poetry with package-mode = false defines nothing installable: abse...
import { defineDetector } from './define.js';

export const pythonPackage = defineDetector({
  id: 'python_package',
  area: 'engineering',
});
