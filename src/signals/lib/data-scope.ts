// Two places where data_engineering's reads and writes are not a data job
// (signals/lib/data-jobs.ts): a web app's request handlers, whose inserts
// are per-request create/read/update/delete; and a model's predictions,
// written by the training or inference script that made them.
import { SERVING } from '../../catalog/index.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { lastSegment } from './code.js';

/** A Django views module (`app/views.py`, `app/views/orders.py`): its functions answer requests. */
const VIEWS_MODULE = /(^|\/)views(\.py$|\/)/;
/** Class-based request handlers: DRF/Flask/Tornado bases, Django's generic views (`CreateView`, `View`). */
const HANDLER_BASE = /(^|\.)\w*(View|ViewSet|Resource|RequestHandler)$/;

/** A call that makes predictions: scikit-learn's and most libraries' `predict`, `predict_proba`, `decision_function`. */
const PREDICT = /(^|\.)(predict|predict_proba|predict_log_proba|decision_function)$/;
/** What a prediction write is named: its frame (`submission.to_csv`, `y_pred`) or its file (`"submission.csv"`, `"preds.parquet"`). */
const PREDICTION_NAME = /(^|[^a-z])(preds?|predictions?|predicted|submissions?|sub|y_?hat|forecasts?|inference)([^a-z]|$)/i;

/** The name a call records for its enclosing function: `Class.method` for methods. */
export function qualified(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

/** The module is a Django views module: all of its functions answer requests. */
export function isViewsModule(file: PyFile): boolean {
  return VIEWS_MODULE.test(file.path);
}

const HANDLERS = new WeakMap<PyFile, Set<string>>();

/** The request handlers of a module (qualified names): functions with a route decorator, methods of a handler class. */
function handlers(file: PyFile): Set<string> {
  let out = HANDLERS.get(file);
  if (!out) {
    const routes = SERVING.ROUTE_DECORATORS as readonly string[];
    const classes = new Set(file.facts.classes.filter((c) => c.bases.some((b) => HANDLER_BASE.test(b))).map((c) => c.name));
    out = new Set(
      file.facts.functions
        .filter((fn) => fn.decorators.some((d) => routes.includes(lastSegment(d.name))) || (fn.className !== undefined && classes.has(fn.className)))
        .map(qualified),
    );
    HANDLERS.set(file, out);
  }
  return out;
}

/** The function is a request handler of the module. */
export function isHandler(file: PyFile, fn: FunctionFact): boolean {
  return handlers(file).has(qualified(fn));
}

/** The call runs inside a request handler (or a function nested in one). */
export function inHandler(file: PyFile, call: CallFact): boolean {
  const scope = call.inFunction;
  if (!scope) return false;
  const set = handlers(file);
  return set.has(scope) || [...set].some((h) => scope.startsWith(`${h}.`));
}

/** The module makes predictions with a model. */
export function predicts(file: PyFile): boolean {
  return file.facts.calls.some((c) => PREDICT.test(c.name));
}

/**
 * The module's writes of predictions, in a module that makes them: a write
 * after a prediction in the same function (or at module level), including a
 * call to a local function that predicts, or a write named for predictions
 * (`submission.to_csv("submission.csv")`).
 */
export function predictionWrites(file: PyFile, writes: readonly CallFact[]): Set<CallFact> {
  if (!predicts(file)) return new Set();
  const predictors = new Set(file.facts.functions.filter((fn) => fn.calls.some((n) => PREDICT.test(n))).map((fn) => fn.name));
  const predictions = file.facts.calls.filter((c) => PREDICT.test(c.name) || predictors.has(lastSegment(c.name)));
  const named = (c: CallFact) => PREDICTION_NAME.test(c.name.slice(0, c.name.lastIndexOf('.') + 1)) || c.strings.some((s) => PREDICTION_NAME.test(s));
  return new Set(writes.filter((w) => named(w) || predictions.some((p) => p.inFunction === w.inFunction && p.line <= w.line)));
}
