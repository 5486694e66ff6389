import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence, fileEvidence } from './evidence.js';
import type { FileFacts, FormatId } from '../parse/types.js';
import type { Evidence } from './types.js';

/**
 * Folders of files written by tools, not by the author: MLflow runs and
 * model artefacts, W&B run folders. Their requirements files are snapshots
 * of an environment, not the project's declared dependencies.
 */
const GENERATED = /(^|\/)(mlruns|mlartifacts|artifacts|wandb)\//;

/** Requirements and environment files: the formats whose pins reproduce an environment. */
const DECLARATION_FORMATS = new Set<FormatId>(['requirements', 'conda-env', 'pipfile', 'pixi']);

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash + 1);
}

/** An MLflow model folder holds an `MLmodel` file beside its generated requirements. */
function mlflowModelDirs(ctx: DetectContext): Set<string> {
  return new Set(ctx.files.filter((f) => /(^|\/)MLmodel$/.test(f.path)).map((f) => dirOf(f.path)));
}

/**
 * Requirements for building the documentation (`docs/requirements.txt`, `requirements-docs.txt`) are not the
 * project's. "doc" is a whole word there: `requirements-docker.txt` is the container's environment (BK's first run).
 */
const DOCS = /(^|\/)docs?\/|(^|\/)[^/]*requirements[-_.](docs?|documentation)(?![a-z])[^/]*$|(^|\/)(docs?|documentation)[-_.]requirements[^/]*$/i;

function isOutOfScope(file: FileFacts, modelDirs: Set<string>): boolean {
  return GENERATED.test(file.path) || DOCS.test(file.path) || modelDirs.has(dirOf(file.path));
}

function detectPinned(ctx: DetectContext): DetectResult {
  const modelDirs = mlflowModelDirs(ctx);
  const evidence: Evidence[] = [];
  const loose: string[] = [];
  for (const file of ctx.files) {
    if (isOutOfScope(file, modelDirs)) continue;
    if (file.format === 'lockfile') {
      evidence.push(fileEvidence(file.path, 'lock file'));
      continue;
    }
    // Per file: a conda environment's conda and pip sections count together.
    // Package metadata (pyproject, setup.py) declares ranges for users, not an environment.
    if (!DECLARATION_FORMATS.has(file.format)) continue;
    // The interpreter (`python=3.11` in a conda environment) is no dependency: an environment pinning only Python
    // reproduces nothing else (real-people review: a one-line Python pin counted as pinned dependencies).
    const deps = (file.dependencies ?? []).filter((d) => d.name !== 'python');
    if (deps.length === 0) continue;
    const pinned = deps.filter((d) => d.pinned);
    const figures = `${pinned.length} of ${deps.length} entries pinned`;
    if (pinned.length * 2 > deps.length) evidence.push(configEvidence(file.path, pinned[0], `${pinned[0].text} (${figures})`));
    else loose.push(`${file.path}: ${figures}`);
  }
  if (evidence.length > 0 || loose.length === 0) return evidence;
  return { evidence, note: `no lock file; ${loose.slice(0, 5).join('; ')}` };
}

export const pinnedDependencies = defineDetector({
  id: 'pinned_dependencies',
  area: 'engineering',
  rule: 'dependencies are reproducible: a lock file (`poetry.lock`, `uv.lock`, `Pipfile.lock`, `pdm.lock`, `conda-lock.yml`), or a requirements/environment file in which more than half of the entries pin a version (`==1.2`, `==1.2.*`, conda `name=1.2`).',
  detect: detectPinned,
});
