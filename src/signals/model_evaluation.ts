// signals.md › model_evaluation: the model is evaluated on held-out data: train/test or cross-validation splits with metrics (`train_test_split`, `cross_val_score`, `KFold`, metrics on a validation set).
// Evidence: a held-out split or cross-validation call, a metric computed
// (scikit-learn metrics, torchmetrics, `evaluate.load`), Keras
// `model.evaluate()`, `fit()` or a trainer given validation data, or a
// trainer's evaluate/validate/test run. Pairwise distances
// and scorer factories are not an evaluation.
import { METRIC_CALLS, NOT_METRIC, SPLIT_CALLS, TRAINER, TRAINER_EVAL_CALLS, TRAINER_EVAL_KWARGS, VALIDATION_KWARGS } from '../catalog/tools/ml-calls.js';
import { matchesAny } from '../catalog/index.js';
import type { CallFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { callEvidence, orHints, toolUses } from './helpers/ml.js';
import type { Evidence } from './types.js';

const EVAL_TOOLS = ['torchmetrics', 'hf-evaluate'];
const KERAS = ['tensorflow', 'keras', 'tf_keras'];

function isEvaluation(call: CallFact, keras: boolean): boolean {
  if (matchesAny(call.name, SPLIT_CALLS)) return true;
  if (matchesAny(call.name, METRIC_CALLS)) return !NOT_METRIC.test(call.name);
  if (/(^|\.)fit$/.test(call.name)) return call.kwargs.some((k) => VALIDATION_KWARGS.includes(k));
  if (TRAINER.test(call.name)) return call.kwargs.some((k) => TRAINER_EVAL_KWARGS.includes(k));
  if (TRAINER_EVAL_CALLS.test(call.name)) return true;
  return keras && /(^|\.)evaluate$/.test(call.name);
}

function fileEvaluations(ctx: DetectContext, file: PyFile): Evidence[] {
  const keras = ctx.imports(KERAS, [file]).length > 0;
  return file.facts.calls.filter((c) => isEvaluation(c, keras)).map((c) => callEvidence(file, c));
}

function detectEvaluation(ctx: DetectContext): Evidence[] {
  const found = ctx.python.flatMap((file) => fileEvaluations(ctx, file));
  return orHints(ctx, [...found, ...toolUses(ctx, EVAL_TOOLS)], EVAL_TOOLS);
}

export const modelEvaluation = defineDetector({
  id: 'model_evaluation',
  area: 'ml',
  tools: [],
  detect: detectEvaluation,
});
