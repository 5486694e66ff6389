// An error or accuracy computed by hand from a model's predictions on data
// held out from training (model_evaluation): no metric library, but the
// held-out targets (`y_val`, `ytest`, `test_labels`) scored against
// predictions made from the held-out inputs (`X_val`, `Xtest`, `X_poly_val`),
// in one function or at one module's (a notebook's) top level. Either
//   - the targets are compared with `==` / `!=` or subtracted from the
//     predictions inside a call (`np.mean(predictions != yval)` after
//     `predictions = svm_predict(model, Xval)`, `((model.predict(X_test) -
//     y_test) ** 2).mean()`), or
//   - a scoring function of the author's or the model's own, named for a
//     cost, loss, error, score, accuracy or metric, is given the held-out
//     inputs (or predictions from them) and targets together
//     (`cost_function(Xval, yval, theta)`, `model.score(X_test, y_test)`).
// Or a loop over a held-out loader by name (`for images, labels in
// test_loader:`, through `enumerate` or `tqdm` too) that compares a value it
// computed from the batch with the batch's own values (`outputs =
// model(images)`, `predicted = torch.max(outputs.data, 1)`, `correct +=
// (predicted == labels).sum()`): an accuracy counted by hand. A loop that
// backpropagates trains on that data instead.
// A forecaster predicts a horizon, not held-out inputs: there a model fitted
// on training data by name (`model.fit(y_train)`) and asked for predictions
// in the same scope (`predictions = model.predict(horizon)`, `fc =
// res.forecast(12)` after `res = m.fit(train)`) is scored when a call named
// for scoring, by its name or its receiver's (`mae`, `ForecastMetrics.mae`,
// `self.metrics_calculator.calculate_all`), is given the held-out actuals
// (`y_test`, `test`, positional or by keyword) and those predictions: a
// backtest fold scored by hand.
// The same on training data, a held-out set only split off or plotted, or the
// targets compared with a constant (`np.mean(y_test == 1)`) is no evaluation;
// nor is logging (`logger.error(...)`), whatever its level is called.
import { MODEL_FIT } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence, lastSegment } from './code.js';
import { isOutput } from './empty-functions.js';
import { HELD_OUT_NAME } from './held-out.js';
import { HELD_OUT_DATA_SPLITS, HELD_OUT_NAME_PART, TRAINING_NAME, wordGroup } from './held-out-names.js';

/** Any split word of a held-out data name, `cv` and `testing` included: here always beside x/y/labels/features. */
const SPLIT = wordGroup(HELD_OUT_DATA_SPLITS);
/** Held-out inputs: `X_val`, `Xtest`, `X_poly_val`, `X_test_scaled`, `test_X`, `val_features`. */
const HELD_OUT_INPUTS = new RegExp(`^x(?:(?:_[a-z0-9]+)*_)?${SPLIT}\\d*(?:_[a-z0-9]+)*$|^${SPLIT}_?(?:x|features|inputs?)$`, 'i');
/** Held-out targets: `y_val`, `ytest`, `Y_test`, `y_cv`, `test_labels`, `val_y`. */
const HELD_OUT_TARGETS = new RegExp(`^(?:y|labels?|targets?)(?:(?:_[a-z0-9]+)*_)?${SPLIT}\\d*(?:_[a-z0-9]+)*$|^${SPLIT}_?(?:y|labels?|targets?)$`, 'i');
/** Predictions named like targets (`y_pred_test`, `y_hat_val`) are not targets. */
const PREDICTED = /(^|_)(pred\w*|hat|probs?|proba|scores?|out\w*|est\w*)(_|$)/i;
/** Words of a scoring function's name (`linearRegCostFunction`, `compute_loss`, `r2_score`, `model.score`). */
const SCORE_WORDS = new Set(['cost', 'loss', 'error', 'err', 'score', 'accuracy', 'acc', 'metric', 'metrics', 'mse', 'rmse', 'mae', 'mape', 'r2', 'f1', 'precision', 'recall', 'auc', 'evaluate', 'evaluation']);
/** Words of a call that shows or stores values rather than scoring them (`plot_loss`, `log_metric`). */
const NOT_SCORING = new Set(['plot', 'show', 'scatter', 'hist', 'draw', 'display', 'imshow', 'print', 'log', 'save', 'write', 'dump']);

function isTarget(name: string): boolean {
  return HELD_OUT_TARGETS.test(name) && !PREDICTED.test(name);
}

/** `linearRegCostFunction` → linear, reg, cost, function; `r2_score` → r2, score. */
function words(name: string): string[] {
  return lastSegment(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter((w) => w !== '');
}

/** A logger's call (`logging.error`, `self.logger.warning`): its level names no score. */
function isLogging(call: CallFact): boolean {
  return call.name.includes('.') && isOutput(call.name);
}

/** A call named for a score, cost, loss, error, accuracy or metric (`get_score`, `linearRegCostFunction`), not one that shows or stores it. */
export function isScoringCall(call: CallFact): boolean {
  const ws = words(call.name);
  return ws.some((w) => SCORE_WORDS.has(w)) && !ws.some((w) => NOT_SCORING.has(w)) && !isLogging(call);
}

/** A call named for scoring by any part of its name but `self` (`ForecastMetrics.mae`, `self.metrics_calculator.calculate_all`). */
function namedForScoring(call: CallFact): boolean {
  const ws = call.name.split('.').filter((p) => p !== 'self' && p !== 'cls').flatMap(words);
  return ws.some((w) => SCORE_WORDS.has(w)) && !ws.some((w) => NOT_SCORING.has(w)) && !isLogging(call);
}

/** Bare names a call is given, positionally or by keyword (`calc(actuals=y_test, predictions=p)` → y_test, p); attribute chains left out. */
function bareNamesGiven(call: CallFact): string[] {
  const byKeyword = (call.refs ?? []).filter((r) => r.includes('=')).map((r) => r.slice(r.indexOf('=') + 1));
  return [...(call.names ?? []), ...byKeyword].filter((n) => /^\w+$/.test(n));
}

/** Held-out actuals: targets by name (`y_test`, `test_labels`) or a held-out split as a whole (`test`, `df_val`), not its inputs or predictions. */
function isHeldOutActuals(name: string): boolean {
  return isTarget(name) || (HELD_OUT_NAME_PART.test(name) && !PREDICTED.test(name) && !HELD_OUT_INPUTS.test(name));
}

/** Calls of a model for its predictions or forecast (`model.predict(horizon)`, `res.forecast(12)`). */
const PREDICTS = /^(predict\w*|forecast)$/;

/** The object a method is called on (`self.model.fit` → `self.model`), if it is a name or an attribute chain. */
function receiverOf(call: CallFact): string | undefined {
  const dot = call.name.lastIndexOf('.');
  return dot > 0 && !call.name.startsWith('?') ? call.name.slice(0, dot) : undefined;
}

/**
 * Names one scope binds to the predictions of a model it fits on training
 * data by name, in document order: `model.fit(y_train)` then `predictions =
 * model.predict(horizon)`, or `res = m.fit(train)` then `fc = res.forecast(12)`.
 */
function fittedPredictions(calls: readonly CallFact[]): Set<string> {
  const fitted = new Set<string>();
  const predictions = new Set<string>();
  for (const call of calls) {
    const receiver = receiverOf(call);
    if (receiver === undefined) continue;
    if (MODEL_FIT.test(lastSegment(call.name)) && bareNamesGiven(call).some((n) => TRAINING_NAME.test(n))) {
      fitted.add(receiver);
      for (const b of call.bound ?? []) fitted.add(b);
    } else if (PREDICTS.test(lastSegment(call.name)) && fitted.has(receiver)) {
      for (const b of call.bound ?? []) predictions.add(b);
    }
  }
  return predictions;
}

/** A call named for scoring given held-out actuals and a fitted model's predictions (`calc.mae(y_test, predictions)`). */
function scoresForecast(call: CallFact, predictions: Set<string>): boolean {
  const names = bareNamesGiven(call);
  return names.some(isHeldOutActuals) && names.some((n) => predictions.has(n)) && namedForScoring(call);
}

/**
 * Names in one scope that hold held-out inputs or what was computed from them
 * (`p = predict(model, Xval)`, `Xs = scaler.transform(X_test)`), in document
 * order: a name bound by a call given one of them is one too.
 */
function fromHeldOutInputs(calls: readonly CallFact[]): Set<string> {
  const derived = new Set<string>();
  const isInput = (n: string) => derived.has(n) || (HELD_OUT_INPUTS.test(n) && !isTarget(n));
  for (const call of calls) {
    if (call.bound && call.names?.some(isInput)) for (const b of call.bound) if (!isTarget(b)) derived.add(b);
  }
  return new Set([...derived, ...calls.flatMap((c) => [...(c.names ?? []), ...(c.compared ?? [])]).filter((n) => HELD_OUT_INPUTS.test(n) && !isTarget(n))]);
}

/** A call that scores held-out targets against predictions from held-out inputs. */
function scoresHeldOut(call: CallFact, inputs: Set<string>): boolean {
  const compared = call.compared ?? [];
  if (compared.some(isTarget) && compared.some((n) => inputs.has(n))) return true;
  const names = call.names ?? [];
  return names.some(isTarget) && names.some((n) => inputs.has(n)) && isScoringCall(call);
}

/** The names a call is given: plain names, and the first name of each attribute chain (`outputs.data` → `outputs`, `x=batch.y` → `batch`). */
function givenNames(call: CallFact): string[] {
  return [...(call.names ?? []), ...(call.refs ?? []).map((r) => r.slice(r.indexOf('=') + 1).split('.')[0])];
}

/** Comparisons, inside loops over a held-out loader, of the batch's values with what was computed from them. */
function loopScores(file: PyFile): CallFact[] {
  const found: CallFact[] = [];
  for (const loop of file.facts.loops ?? []) {
    if (!loop.over?.startsWith('=') || !HELD_OUT_NAME.test(lastSegment(loop.over.slice(1)))) continue;
    const body = file.facts.calls.filter((c) => (c.cell ?? 0) === (loop.cell ?? 0) && c.line >= loop.line && c.line <= loop.endLine);
    if (body.some((c) => /\.backward$/.test(c.name))) continue;
    const batch = new Set(loop.targets);
    const computed = new Set<string>();
    for (const call of body) {
      if (call.bound && givenNames(call).some((n) => batch.has(n) || computed.has(n))) for (const b of call.bound) if (!batch.has(b)) computed.add(b);
    }
    found.push(...body.filter((c) => c.compared?.some((n) => batch.has(n)) && c.compared.some((n) => computed.has(n))));
  }
  return found;
}

/** Calls of the file that score a model's predictions on held-out data by hand. */
export function heldOutScores(file: PyFile): Evidence[] {
  const scopes = new Map<string | undefined, CallFact[]>();
  for (const call of file.facts.calls) {
    const list = scopes.get(call.inFunction);
    if (list) list.push(call);
    else scopes.set(call.inFunction, [call]);
  }
  const found: CallFact[] = [];
  for (const calls of scopes.values()) {
    const predictions = fittedPredictions(calls);
    if (predictions.size > 0) found.push(...calls.filter((c) => scoresForecast(c, predictions)));
    if (!calls.some((c) => c.names?.some(isTarget) || c.compared?.some(isTarget))) continue;
    const inputs = fromHeldOutInputs(calls);
    if (inputs.size > 0) found.push(...calls.filter((c) => scoresHeldOut(c, inputs) && !found.includes(c)));
  }
  for (const call of loopScores(file)) if (!found.includes(call)) found.push(call);
  return found.sort((a, b) => (a.cell ?? 0) - (b.cell ?? 0) || a.line - b.line).map((c) => callEvidence(file, c));
}
