// Evidence: a tuning library imported or called (catalogue tools of this
// signal, including scikit-learn's search classes and `wandb.sweep`), any
// library's scikit-learn-style `*SearchCV` class resolved through an import
// (Surprise's `GridSearchCV`, `BayesSearchCV`; not the author's own), or a
// W&B sweep configuration file (its config files), or a Hydra search-space
// config or a Hydra config choosing a sweeper plugin, with the plugin declared. Parameters in a config file define
// no search. A general-purpose optimiser (Optuna, Hyperopt, ...) tunes a model
// only where model code is in reach: the file, the local modules it imports
// (two hops), or a module importing it (with that module's own imports),
// imports a classical, deep learning or Hugging Face library. An optimiser
// searching an epidemic simulator's policy tunes no model. A search written by
// hand counts outside tests (lib/hand-searches.ts): a loop over a grid of
// settings whose candidates reach a model, with the best picked by a score.
import { matchesAny, TOOLS } from '../catalog/index.js';
import { GENERIC_OPTIMIZERS, HYDRA_SWEEP_CONFIGS, SEARCH_CV } from '../catalog/tools/ml-calls.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector, type DetectResult } from './define.js';
import { configEvidence, fileEvidence } from './evidence.js';
import { callEvidence, importsAny } from './lib/code.js';
import { handSearches } from './lib/hand-searches.js';
import { moduleIndexOf } from './lib/local-modules.js';
import type { Evidence } from './types.js';

/** A Hydra sweeper plugin's class (`hydra_plugins.hydra_optuna_sweeper.optuna_sweeper.OptunaSweeper`). */
const HYDRA_SWEEPER_TARGET = /^hydra_plugins\.hydra_\w+_sweeper\./;

/** Imports of model libraries: code that trains, fits or runs a model. */
const MODEL_LIBRARIES = TOOLS.filter((t) => t.signals.some((s) => s === 'classical_ml' || s === 'deep_learning' || s === 'hf_transformers')).flatMap((t) => t.imports);

/**
 * Hydra search-space configs, and any Hydra config choosing a sweeper plugin
 * (`- override hydra/sweeper: optuna`, a `_target_` among the plugins): with
 * it, `--multirun` runs a search, its space given in the config or on the
 * command line. The basic sweeper only runs the listed values.
 */
function hydraSweeps(ctx: DetectContext): Evidence[] {
  if (!ctx.declaresTool('hydra-sweepers')) return [];
  const spaces = ctx.matching(HYDRA_SWEEP_CONFIGS);
  const chosen = ctx.files.flatMap((f) =>
    spaces.includes(f)
      ? []
      : (f.configs ?? [])
          .filter((c) => (c.key === 'hydra:sweeper' && c.text !== 'basic') || (c.key === 'hydra:target' && HYDRA_SWEEPER_TARGET.test(c.text)))
          .slice(0, 1)
          .map((c) => configEvidence(f.path, c, c.key === 'hydra:sweeper' ? `hydra/sweeper: ${c.text}` : `_target_: ${c.text}`, 'hydra-sweepers')),
  );
  return [...spaces.map((f) => fileEvidence(f.path, 'Hydra sweeper search space', 'hydra-sweepers')), ...chosen];
}

/** Files whose search has model code in reach (see the header), by path. */
function modelInReach(ctx: DetectContext, paths: Set<string>): (path: string) => boolean {
  const index = moduleIndexOf(ctx.python);
  const importers = new Map<PyFile, PyFile[]>();
  for (const file of ctx.python) {
    for (const imp of file.facts.imports) {
      for (const target of index.resolveImport(imp, file)) {
        if (!paths.has(target.path)) continue;
        importers.set(target, [...(importers.get(target) ?? []), file]);
      }
    }
  }
  const hasModel = (f: PyFile): boolean => importsAny(f, MODEL_LIBRARIES);
  const near = (f: PyFile, hops: number): boolean => hasModel(f) || index.reachable(f, hops).some(hasModel);
  const verdict = new Map<string, boolean>();
  for (const file of ctx.python) {
    if (!paths.has(file.path)) continue;
    verdict.set(file.path, near(file, 2) || (importers.get(file) ?? []).some((i) => near(i, 1)));
  }
  return (path) => verdict.get(path) ?? true;
}

/** The library a dotted name comes from, by the catalogue's imports (`surprise...` → scikit-surprise). */
function toolOf(name: string): string | undefined {
  return TOOLS.find((t) => t.imports.length > 0 && matchesAny(name, t.imports))?.id;
}

/** Any library's `*SearchCV` class, resolved through an import of a module the repository does not define (SEARCH_CV). */
function librarySearches(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    for (const call of file.facts.calls) {
      if (!SEARCH_CV.test(call.name) || ctx.localModules.has(call.name.split('.')[0])) continue;
      out.push(callEvidence(file, call, toolOf(call.name)));
    }
  }
  return out;
}

function detectTuning(ctx: DetectContext, found: Evidence[]): DetectResult {
  found = [...found, ...librarySearches(ctx).filter((e) => !found.some((f) => f.location === e.location))];
  const generic = found.filter((e) => e.tool !== undefined && GENERIC_OPTIMIZERS.includes(e.tool) && e.kind !== 'file');
  const tunesModel = modelInReach(ctx, new Set(generic.map((e) => e.path)));
  const dropped = generic.filter((e) => !tunesModel(e.path));
  const evidence = [...found.filter((e) => !dropped.includes(e)), ...hydraSweeps(ctx), ...handSearches(ctx, ctx.python.filter((f) => !f.test))];
  if (dropped.length === 0) return evidence;
  const where = [...new Set(dropped.map((e) => e.path))].sort().join(', ');
  return { evidence, note: `a search with no model code in reach (${where}) is not counted as model tuning` };
}

export const hyperparameterTuning = defineDetector({
  id: 'hyperparameter_tuning',
  area: 'ml',
  rule: 'Optuna, Ray Tune, Hyperopt, `GridSearchCV`/`RandomizedSearchCV`, Keras Tuner, W&B sweeps.',
  uses: 'import',
  toolFiles: true,
  detect: detectTuning,
});
