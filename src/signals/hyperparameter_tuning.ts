// signals.md › hyperparameter_tuning: Optuna, Ray Tune, Hyperopt, `GridSearchCV`/`RandomizedSearchCV`, Keras Tuner, W&B sweeps.
// Evidence: a tuning library imported or called (catalogue tools of this
// signal, including scikit-learn's search classes and `wandb.sweep`), or a
// W&B sweep configuration file. Parameters in a config file define no search.
import { getTool } from '../catalog/index.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { fileEvidence } from './evidence.js';
import { orHints, signalTools, toolUses } from './helpers/ml.js';
import type { Evidence } from './types.js';

const TUNERS = signalTools('hyperparameter_tuning');

function detectTuning(ctx: DetectContext): Evidence[] {
  const sweeps = ctx.matching(getTool('wandb-sweeps').files ?? []).map((f) => fileEvidence(f.path, 'W&B sweep config', 'wandb-sweeps'));
  return orHints(ctx, [...toolUses(ctx, TUNERS), ...sweeps], TUNERS);
}

export const hyperparameterTuning = defineDetector({
  id: 'hyperparameter_tuning',
  area: 'ml',
  tools: [],
  detect: detectTuning,
});
