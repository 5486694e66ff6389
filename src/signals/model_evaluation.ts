// signals.md › model_evaluation: the model is evaluated on held-out data: train/test or cross-validation splits with metrics (train_test_split, cross_val_score, KFold, metrics on a validation set).
import { defineDetector } from './define.js';

export const modelEvaluation = defineDetector({
  id: 'model_evaluation',
  area: 'ml',
});
