// signals.md › hyperparameter_tuning: Optuna, Ray Tune, Hyperopt, GridSearchCV/RandomizedSearchCV, Keras Tuner, W&B sweeps.
import { defineDetector } from './define.js';

export const hyperparameterTuning = defineDetector({
  id: 'hyperparameter_tuning',
  area: 'ml',
});
