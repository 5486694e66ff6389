import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence } from './evidence.js';
import type { Evidence } from './types.js';

function detectPackage(ctx: DetectContext): DetectResult {
  const evidence: Evidence[] = [];
  const notInstallable: string[] = [];
  for (const file of ctx.files) {
    for (const pkg of file.packages ?? []) {
      if (pkg.installable) evidence.push(configEvidence(file.path, pkg, pkg.text));
      else notInstallable.push(`${file.path}:${pkg.line}`);
    }
  }
  if (evidence.length === 0 && notInstallable.length > 0) {
    return { evidence, note: `package-mode = false: nothing installable (${notInstallable.join(', ')})` };
  }
  return evidence;
}

export const pythonPackage = defineDetector({
  id: 'python_package',
  area: 'engineering',
  rule: 'an installable package is defined: `pyproject.toml` with a `[project]` or `[tool.poetry]` table, `setup.py`, or `setup.cfg` with `[metadata]`. Poetry with `package-mode = false` defines nothing installable: absent.',
  detect: detectPackage,
});
