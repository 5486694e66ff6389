// Evidence: a tuning library imported or called (catalogue tools of this
// signal, including scikit-learn's search classes and `wandb.sweep`), or a
// W&B sweep configuration file (its config files), or a Hydra search-space
// config with a sweeper plugin declared. Parameters in a config file define
// no search.
import { HYDRA_SWEEP_CONFIGS } from '../catalog/tools/ml-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { fileEvidence } from './evidence.js';
import type { Evidence } from './types.js';

function hydraSweeps(ctx: DetectContext): Evidence[] {
  if (!ctx.declaresTool('hydra-sweepers')) return [];
  return ctx.matching(HYDRA_SWEEP_CONFIGS).map((f) => fileEvidence(f.path, 'Hydra sweeper search space', 'hydra-sweepers'));
}

export const hyperparameterTuning = defineDetector({
  id: 'hyperparameter_tuning',
  area: 'ml',
  rule: 'Optuna, Ray Tune, Hyperopt, `GridSearchCV`/`RandomizedSearchCV`, Keras Tuner, W&B sweeps.',
  uses: 'import',
  toolFiles: true,
  detect: (ctx, found) => [...found, ...hydraSweeps(ctx)],
});
