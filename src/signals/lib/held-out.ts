// A held-out split loaded from a dataset API and scored in the same file
// (model_evaluation): the split is a test or validation split of a dataset
// (torchvision-style `datasets.MNIST(root, train=False)`, Hugging Face
// `load_dataset(..., split="test")`, `tfds.load(..., split="validation")`), or a
// held-out loader passed on (`enumerate(test_loader)`, `evaluate(model,
// val_loader)`); and the file computes a loss or metric: in the function that
// uses the held-out loader, or, for a split loaded by name, anywhere in the file,
// including a logged metric named for the split (`add_scalar("test_loss", ...)`).
// A test split loaded and never scored, or a loss with no held-out data, is not one.
// Nor is a held-out split the file trains on: a file that trains a model
// (MODEL_FIT) and loads no training data (no training split from a dataset
// API, no name for one: `train_loader`, `trainset`) trains on what it calls
// the test split. A loss printed during training is no score either: a loss
// object built (`nn.CrossEntropyLoss()`), or a loss whose value is
// backpropagated in the same scope (`loss = criterion(out, y);
// loss.backward()`) and what is read off it (`loss.item()`).
import { matchesAny } from '../../catalog/index.js';
import { EVAL_METRIC_CALLS, EVAL_SCORE_CALL, MODEL_FIT, NOT_METRIC, PLAIN_METHODS } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence, lastSegment } from './code.js';

/** A dataset class or loader of a dataset library (`torchvision.datasets.MNIST`, `datasets.load_dataset`, `tfds.load`). */
const DATASET_API = /(^|\.)datasets\.[A-Z]\w*$|(^|\.)load_dataset$|^(tensorflow_datasets|tfds)\.load$|(^|\.)(keras\.datasets\.\w+\.load_data)$/;
/** A held-out split named in a `split=` argument (`"test"`, `"validation"`, `"test[:10%]"`). */
const HELD_OUT_SPLIT = /^(test|testing|validation|valid|val|dev|eval|evaluation|holdout)(\[[^\]]*\])?$/i;
/** A held-out loader or set passed by name. */
export const HELD_OUT_NAME = /^(test|val|valid|validation|eval|dev|holdout)_?(loader|dataloader|data_loader|dataset|ds|set|data|iter|generator|gen)$/i;
/** A logged metric named for a held-out split (`test_loss`, `val/acc`, `validation accuracy`). */
const HELD_OUT_METRIC = /^(test|val|valid|validation|eval|holdout)[\s_/-]?(loss|acc|accuracy|f1|error|err|auc|score|nll|elbo|mse|mae|rmse|perplexity|ppl|precision|recall)\b/i;
/** A metric function: the catalogue's loss, criterion, accuracy or metric calls, or an accuracy of the author's own (`cluster_acc`). */
const OWN_ACCURACY = /(^|_)acc$/;

function loadsHeldOutSplit(call: CallFact): boolean {
  if (!DATASET_API.test(call.name)) return false;
  if (call.consts?.includes('train=False')) return true;
  return call.kwargs.includes('split') && call.strings.some((s) => HELD_OUT_SPLIT.test(s));
}

/** The value of a string passed by keyword, if any. */
function keyword(call: CallFact, key: string): string | undefined {
  const at = (call.passedAs ?? []).indexOf(key);
  return at >= 0 ? call.strings[at] : undefined;
}

/** A dataset API call that loads training data: not `train=False`, and no held-out `split=` (a split not written as a string may be the training one). */
function loadsTrainingData(call: CallFact): boolean {
  if (!DATASET_API.test(call.name) || call.consts?.includes('train=False')) return false;
  const split = keyword(call, 'split');
  return split === undefined || !HELD_OUT_SPLIT.test(split);
}

/** A name for training data (`train_loader`, `trainset`, `X_train`, `training_data`). */
const TRAINING_DATA = /^(train|training)_?(loader|dataloader|data_loader|dataset|ds|set|data|iter|generator|gen|images|imgs|labels)?$|(^|_)(train|training)(_|$)|^[xy]_?train/i;

/** The file trains a model and holds no training data apart: the held-out split it loads is what it trains on. */
function trainsOnHeldOut(calls: readonly CallFact[]): boolean {
  if (!calls.some((c) => MODEL_FIT.test(lastSegment(c.name)))) return false;
  return !calls.some((c) => loadsTrainingData(c) || [...(c.names ?? []), ...(c.bound ?? [])].some((n) => TRAINING_DATA.test(n)));
}

/** Names of losses backpropagated in a scope (`loss` of `loss.backward()`), by scope. */
function backpropagated(calls: readonly CallFact[]): Set<string> {
  return new Set(calls.filter((c) => /\.backward$/.test(c.name)).map((c) => `${c.inFunction ?? ''}\0${c.name.slice(0, -'.backward'.length)}`));
}

/** A training loss: a loss object built, or a loss backpropagated in its scope and what is read off it. */
function trainingLoss(call: CallFact, backward: Set<string>): boolean {
  if (/^[A-Z]\w*Loss$/.test(lastSegment(call.name))) return true;
  const scoped = (n: string) => backward.has(`${call.inFunction ?? ''}\0${n}`);
  return (call.bound ?? []).some(scoped) || (call.name.includes('.') && scoped(call.name.slice(0, call.name.lastIndexOf('.'))));
}

/** Builtins that count, print or convert a collection: handing a test set to them evaluates nothing (`len(test_dataset)`). */
const NOT_A_USE = new Set(['len', 'print', 'str', 'repr', 'type', 'isinstance', 'id', 'list', 'tuple', 'set', 'dict', 'sorted', 'hasattr', 'getattr']);

function scores(call: CallFact): boolean {
  if (NOT_METRIC.test(call.name) || PLAIN_METHODS.test(lastSegment(call.name))) return false;
  if (matchesAny(call.name, EVAL_METRIC_CALLS) || EVAL_SCORE_CALL.test(call.name) || OWN_ACCURACY.test(lastSegment(call.name))) return true;
  return call.strings.some((s) => HELD_OUT_METRIC.test(s));
}

/** The held-out split and the first loss or metric that scores on it, when the file has both. */
export function heldOutEvaluations(file: PyFile): Evidence[] {
  const calls = file.facts.calls;
  const split = calls.find(loadsHeldOutSplit);
  if (split) {
    if (trainsOnHeldOut(calls)) return [];
    const backward = backpropagated(calls);
    const metric = calls.find((c) => c.strings.some((s) => HELD_OUT_METRIC.test(s))) ?? calls.find((c) => scores(c) && !trainingLoss(c, backward));
    return metric ? [callEvidence(file, split), callEvidence(file, metric)] : [];
  }
  // The loader and the metric in one scope (a function, or the module's top level as in a notebook).
  const use = calls.find((c) => !NOT_A_USE.has(c.name) && c.names?.some((n) => HELD_OUT_NAME.test(n)) && calls.some((m) => m.inFunction === c.inFunction && scores(m)));
  if (!use) return [];
  const metric = calls.find((m) => m.inFunction === use.inFunction && scores(m)) as CallFact;
  return [callEvidence(file, use), callEvidence(file, metric)];
}
