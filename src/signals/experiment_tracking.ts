// signals.md › experiment_tracking: runs are tracked: MLflow (mlflow.log_*, mlflow.start_run, autolog), Weights & Biases (wandb.init), Neptune, Comet, ClearML, Aim, DVCLive, Sacred, or a framework logger for one of them configured in...
import { defineDetector } from './define.js';

export const experimentTracking = defineDetector({
  id: 'experiment_tracking',
  area: 'mlops',
});
