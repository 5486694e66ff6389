import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence } from './evidence.js';
import type { Evidence } from './types.js';

/** The key that made a project not installable, as the parser wrote it (`(not installable: virtual = true)`). */
const NOT_INSTALLABLE = /\(not installable: ([^)]+)\)$/;

function detectPackage(ctx: DetectContext): DetectResult {
  const evidence: Evidence[] = [];
  const notInstallable: { at: string; key: string }[] = [];
  for (const file of ctx.files) {
    for (const pkg of file.packages ?? []) {
      if (pkg.installable) evidence.push(configEvidence(file.path, pkg, pkg.text));
      else notInstallable.push({ at: `${file.path}:${pkg.line}`, key: NOT_INSTALLABLE.exec(pkg.text)?.[1] ?? 'not installable' });
    }
  }
  if (evidence.length === 0 && notInstallable.length > 0) {
    const keys = [...new Set(notInstallable.map((n) => n.key))].join(', ');
    return { evidence, note: `${keys}: nothing installable (${notInstallable.map((n) => n.at).join(', ')})` };
  }
  return evidence;
}

export const pythonPackage = defineDetector({
  id: 'python_package',
  area: 'engineering',
  rule: 'an installable package is defined: `pyproject.toml` with a `[project]` or `[tool.poetry]` table, `setup.py`, or `setup.cfg` with `[metadata]`. Poetry with `package-mode = false` defines nothing installable: absent.',
  detect: detectPackage,
});
