// signals.md › hyperparameter_tuning: Optuna, Ray Tune, Hyperopt, `GridSearchCV`/`RandomizedSearchCV`, Keras Tuner, W&B sweeps.
// Evidence: a tuning library imported or called (catalogue tools of this
// signal, including scikit-learn's search classes and `wandb.sweep`), or a
// W&B sweep configuration file, or a Hydra search-space config with a
// sweeper plugin declared. Parameters in a config file define no search.
import { getTool } from '../catalog/index.js';
import { HYDRA_SWEEP_CONFIGS } from '../catalog/tools/ml-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { fileEvidence } from './evidence.js';
import { orHints, signalTools, toolUses } from './helpers/ml.js';
import type { Evidence } from './types.js';

const TUNERS = signalTools('hyperparameter_tuning');

function detectTuning(ctx: DetectContext): Evidence[] {
  const sweeps = ctx.matching(getTool('wandb-sweeps').files ?? []).map((f) => fileEvidence(f.path, 'W&B sweep config', 'wandb-sweeps'));
  const hydra = ctx.declaresTool('hydra-sweepers')
    ? ctx.matching(HYDRA_SWEEP_CONFIGS).map((f) => fileEvidence(f.path, 'Hydra sweeper search space', 'hydra-sweepers'))
    : [];
  return orHints(ctx, [...toolUses(ctx, TUNERS), ...sweeps, ...hydra], TUNERS);
}

export const hyperparameterTuning = defineDetector({
  id: 'hyperparameter_tuning',
  area: 'ml',
  tools: [],
  detect: detectTuning,
});
