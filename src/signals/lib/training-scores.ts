// What makes a split or a metric an evaluation on held-out data
// (model_evaluation: "train/test or cross-validation splits with metrics").
// A metric computed on the training data (`accuracy_score(y_train, ...)`, in
// a method named for it, `training_score()`, or logged or printed under a
// name for one, `log_metric("training_r2", r2_score(y, y_hat))`) measures
// fit, not held-out performance. A train/test split counts only where something scores the
// model after it: a metric, `model.score(...)`/`evaluate(...)`, a loss or an
// accuracy of the author's own; a notebook that splits, fits and prints a few
// predictions beside the real values evaluates nothing.
import { matchesAny } from '../../catalog/index.js';
import { EVAL_SCORE_CALL, NOT_METRIC, OWN_METRIC, PLAIN_METHODS } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import { lastSegment } from './code.js';
import { HELD_OUT_DATA_SPLITS, HELD_OUT_NAME_PART, TRAINING_NAME, wordGroup } from './held-out-names.js';
import { isScoringCall } from './held-out-scores.js';

/**
 * A name for held-out data (`y_test`, `val_labels`, `X_holdout`), or x/y
 * followed by a split word of a data name (`Xtest`, `y_validation`, `X_cv`).
 */
const HELD_OUT_NAME = new RegExp(`${HELD_OUT_NAME_PART.source}|^[xy]_?${wordGroup(HELD_OUT_DATA_SPLITS)}`, 'i');
/** Words of a function that scores the training data (`training_score`, `train_metrics`, `get_train_accuracy`). */
const TRAINING_WORDS = new Set(['train', 'training']);
const SCORE_WORDS = new Set(['score', 'scores', 'metric', 'metrics', 'accuracy', 'acc', 'error', 'report', 'performance', 'mae', 'mse', 'rmse', 'r2', 'f1', 'auc']);
const HELD_OUT_WORDS = new Set(['test', 'val', 'valid', 'validation', 'eval', 'evaluate', 'evaluation', 'holdout', 'dev']);

function words(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** A name for a score of the training data: a training word and a score word, no held-out word (`training_r2`, `train_acc`). */
function namesTrainingScore(name: string): boolean {
  const w = words(name);
  return w.some((x) => TRAINING_WORDS.has(x)) && w.some((x) => SCORE_WORDS.has(x)) && !w.some((x) => HELD_OUT_WORDS.has(x));
}

/**
 * A metric whose value is logged or shown under a name for a training score:
 * another call on its line (the logger or print it is handed to) names one
 * by a string or a dict key, and names no other score; the metric is given no held-out set by name (`log_metrics({"train_r2":
 * ..., "test_r2": ...})` also logs a held-out one).
 */
export function loggedAsTraining(call: CallFact, calls: readonly CallFact[]): boolean {
  if ((call.names ?? []).some((n) => HELD_OUT_NAME.test(n))) return false;
  const labels = calls
    .filter((c) => c !== call && c.line === call.line && c.cell === call.cell)
    .flatMap((c) => [...c.strings, ...(c.keys ?? [])])
    .filter((s) => words(s).some((w) => SCORE_WORDS.has(w)));
  return labels.length > 0 && labels.every(namesTrainingScore);
}

/**
 * A score of the training data: given a training set by name and no held-out
 * one, or computed in a function named for a training score and given no
 * held-out set.
 */
export function scoresTrainingData(call: CallFact): boolean {
  const names = call.names ?? [];
  if (names.some((n) => HELD_OUT_NAME.test(n))) return false;
  if (names.some((n) => TRAINING_NAME.test(n))) return true;
  return namesTrainingScore(lastSegment(call.inFunction ?? ''));
}

/**
 * A call that scores a model or its predictions, not on the training data:
 * a model's `score`/`evaluate`, a call given a splitter by `cv=`, a loss,
 * criterion, accuracy or metric call, a call named for a score (`get_score(ds_val, model)`), or
 * a metric of the author's own (`rmse`, `precision_at_k`), or one of `metrics`
 * (the detector's metric libraries).
 */
export function scoresModel(call: CallFact, metrics: readonly string[]): boolean {
  const last = lastSegment(call.name);
  if (NOT_METRIC.test(call.name) || PLAIN_METHODS.test(last) || scoresTrainingData(call)) return false;
  // A call given a splitter (`cv=`: GridSearchCV, learning_curve, RFECV) scores the model on each held-out fold.
  if (call.kwargs.includes('cv')) return true;
  return /^(score|evaluate\w*)$/.test(last) || matchesAny(call.name, metrics) || EVAL_SCORE_CALL.test(last) || OWN_METRIC.test(last) || isScoringCall(call);
}
