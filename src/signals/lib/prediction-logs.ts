// Structured prediction logging written by hand (signals.md, observability:
// "structured prediction logging to a store"): inside a function that serves
// or runs a model, each prediction written as a record of fields, naming an
// output (`prediction`, `score`, `response`, ...) and something it came from
// or when (`input`, `features`, `prompt`, `timestamp`, `model_version`, ...):
//   - a logging call with structured fields: `logger.info(json.dumps({...}))`,
//     `logger.info("prediction", extra={...})`, or structlog-style keywords;
//   - a line appended to a JSONL or CSV log: a file opened in append mode in
//     the same function, written with `json.dumps`/`json.dump` or a
//     `DictWriter` row;
//   - a row inserted into a table named for predictions or inferences.
// A print, a log line of free text, or a record written by an evaluation
// script (a file with no route or Lambda handler) is not one. And a store
// write in a file that predicts counts only when it stores the prediction
// (writesPrediction), not a CRUD route's ordinary record, nor a table written
// whole by a batch job (`to_sql(..., if_exists="replace")`: overwrites).
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callStrings } from './call-strings.js';
import { lastSegment } from './code.js';
import { modelCalls, routeHandlers } from './web-api.js';

/** Fields that hold what the model produced; a probability named for what is predicted (`default_probability`, `churn_proba`) too. */
const OUTPUT_KEY = /^(predictions?|predicted(_\w+)?|preds?|y_pred|y_hat|outputs?|scores?|probabilit(y|ies)|proba|predicted_label|label|class_name|result|response|answer|completion|generated_text|generations?|repl(y|ies)|forecast|\w+_probabilit(y|ies)|\w+_proba|(?!(expected|reference|gold|ideal|target|true|ground_?truth)_)\w+_(reply|response|answer|output|completion))$/i;
/** Fields that say what the prediction was for, or when, or by which model. */
const CONTEXT_KEY = /^(inputs?|input_data|features?|x|text|prompt|query|question|request|payload|image|image_path|messages|user_(message|input|query|prompt|question)|model_(version|name|id|type)|model|timestamp|time_stamp|ts|time|created_at|datetime|((total|response|inference|request)_)?(latency|duration|elapsed)(_ms|_s|_secs?|_seconds)?|(prompt|completion|input|output|total)_tokens|request_id|user_id)$/i;
const PREDICT = /^(predict|predict_proba|predict_log_proba|decision_function)$/;
const LOG_METHODS = new Set(['info', 'debug', 'warning', 'log', 'msg']);
export const DUMPS = /(^|\.)(json|orjson|ujson|simplejson)\.dumps?$/;
/** A table or record class named for predictions or inferences (`inference_logs`, `PredictionLog`). */
export const PREDICTION_NAME = /prediction|inference/i;
/** A table named for predictions or inferences (`INSERT INTO prediction_logs`). */
const PREDICTION_TABLE = /\binsert\s+(or\s+\w+\s+)?into\s+["`[]?[\w.]*(prediction|inference)\w*/i;

/** A record of a prediction: an output field and a field for its input, time or model. */
export function isPredictionRecord(keys: readonly string[] | undefined): boolean {
  return keys !== undefined && keys.some((k) => OUTPUT_KEY.test(k)) && keys.some((k) => CONTEXT_KEY.test(k) && !OUTPUT_KEY.test(k));
}

/** When a record was made: a request's time. */
const TIME_KEY = /^(timestamp|time_stamp|ts|created_at|datetime|(request|prediction|inference)_(time|timestamp|at))$/i;
/** How long the request or the model took, named for computing time (not a product's `duration`). */
const LATENCY_KEY = /^((total|response|inference|request|prediction|processing|generation)_)?(latency|elapsed|elapsed_time|time_taken|run_?time|(inference|response|processing|prediction|generation)_time)(_ms|_s|_secs?|_seconds)?$/i;

/**
 * A record of a request timed: when it was made and how long it took (`{"timestamp": ..., "elapsed_time": t,
 * "playlist": ...}`). Written where a handler runs a model, it observes each prediction, whatever its output is named.
 */
export function isRequestRecord(keys: readonly string[] | undefined): boolean {
  return keys !== undefined && keys.some((k) => TIME_KEY.test(k)) && keys.some((k) => LATENCY_KEY.test(k));
}

/**
 * A row of a table named for predictions (`INSERT INTO predictions (created_at, input_json, default_probability)`):
 * the table's name says the row is the model's output, whose columns are often named for what is predicted
 * (`default_probability`, `credit_score`, `risk_band`), so a field for its input, time or model is enough.
 */
export function isPredictionRow(keys: readonly string[] | undefined): boolean {
  return keys !== undefined && keys.some((k) => CONTEXT_KEY.test(k) && !OUTPUT_KEY.test(k));
}

const isLogCall = (c: CallFact) => LOG_METHODS.has(lastSegment(c.name)) && /log/i.test(c.name.slice(0, c.name.lastIndexOf('.') + 1));
export const opensForAppend = (c: CallFact) => (lastSegment(c.name) === 'open' || c.name === 'io.open') && c.strings.some((s) => /^a[+bt]*$/.test(s));

/**
 * The functions of a serving file that serve or run a model: its route and Lambda handlers, and the functions beside
 * them that call a model or `predict`. A file with no handler serves nothing (an evaluation script that writes its
 * predictions out is not logging a service's predictions).
 */
function servingFunctions(file: PyFile): Set<string> {
  const out = routeHandlers(file);
  if (out.size === 0) return out;
  for (const c of modelCalls(file)) if (c.inFunction) out.add(c.inFunction);
  for (const c of file.facts.calls) if (c.inFunction && PREDICT.test(lastSegment(c.name))) out.add(c.inFunction);
  return out;
}

const qualified = (fn: FunctionFact) => (fn.className ? `${fn.className}.${fn.name}` : fn.name);

/** The lines of a file's serving functions that log a structured prediction record. */
export function structuredPredictionLogs(file: PyFile): Evidence[] {
  const serving = servingFunctions(file);
  if (serving.size === 0) return [];
  const out: Evidence[] = [];
  const byFunction = new Map<string, CallFact[]>();
  for (const c of file.facts.calls) {
    if (c.inFunction !== undefined && serving.has(c.inFunction)) byFunction.set(c.inFunction, [...(byFunction.get(c.inFunction) ?? []), c]);
  }
  const keysOf = new Map(file.facts.functions.map((fn) => [qualified(fn), fn.dictKeys]));
  for (const [fn, calls] of byFunction) {
    const appends = calls.some(opensForAppend);
    // A record built in the function before it is written (`record = {...}; f.write(json.dumps(record))`).
    const built = isPredictionRecord(keysOf.get(fn));
    const dumps = calls.filter((c) => DUMPS.test(c.name));
    for (const call of calls) {
      const method = lastSegment(call.name);
      let logs = false;
      if (isLogCall(call)) {
        // `logger.info(json.dumps({...}))` on the lines of the call, `extra={...}`, or structlog's keywords.
        const dumped = dumps.some((d) => d.line >= call.line && d.line <= call.line + 3 && isPredictionRecord(d.keys));
        logs = dumped || isPredictionRecord(call.keys) || isPredictionRecord(call.kwargs);
      } else if (appends && (method === 'write' || method === 'writerow' || /(^|\.)json\.dump$/.test(call.name))) {
        const literal = method === 'write' ? dumps.find((d) => d.line === call.line)?.keys : call.keys;
        const record = literal !== undefined ? isPredictionRecord(literal) : built && (method !== 'write' || dumps.some((d) => d.line === call.line));
        logs = record;
      } else if ((method === 'execute' || method === 'executemany') && call.strings.some((s) => PREDICTION_TABLE.test(s))) {
        logs = true;
      }
      if (logs) out.push(codeEvidence(file.path, call, `${call.name}()`, 'call'));
    }
  }
  return out;
}

/** The words of what a write is given: its dict keys, the names it is passed, and the words of its strings (`"predictions"`, `INSERT INTO t (x, y_pred)`). */
function writtenWords(write: CallFact): string[] {
  const refs = (write.refs ?? []).map((r) => lastSegment(r.slice(r.indexOf('=') + 1)));
  return [...(write.keys ?? []), ...(write.names ?? []), ...refs, ...callStrings(write).flatMap((s) => s.split(/\W+/))];
}

/** The `predict` calls of a function (or of the module's top level). */
const predictsIn = (file: PyFile, scope: string | undefined): CallFact[] => file.facts.calls.filter((c) => c.inFunction === scope && PREDICT.test(lastSegment(c.name)));

/** The names bound where a function's `predict` runs (`pred = model.predict(x)`, `y = str(model.predict(x)[0])`). */
function predictedNames(file: PyFile, scope: string | undefined): Set<string> {
  const lines = new Set(predictsIn(file, scope).map((c) => c.line));
  return new Set(file.facts.calls.filter((c) => c.inFunction === scope && lines.has(c.line)).flatMap((c) => c.bound ?? []));
}

/**
 * A call hands over the prediction: a value named for an output (`prediction`, `y_pred`), or a name bound where its
 * function predicts; or it writes the frame its function predicts from (`df["y"] = model.predict(df)`; `df.to_csv(...)`).
 */
function handsPrediction(file: PyFile, call: CallFact): boolean {
  const predicted = predictedNames(file, call.inFunction);
  if (writtenWords(call).some((w) => OUTPUT_KEY.test(w) || predicted.has(w)) || call.kwargs.some((k) => OUTPUT_KEY.test(k))) return true;
  const receiver = /^(\w+)\.\w+$/.exec(call.name)?.[1];
  return receiver !== undefined && predictsIn(file, call.inFunction).some((p) => (p.names ?? []).includes(receiver) || predicted.has(receiver));
}

/**
 * A table written whole rather than appended to: pandas `to_sql` that replaces its table (`if_exists="replace"`) or
 * creates it once (the default, "fail"). That is a batch job's output (a predictions table rebuilt each run, with no
 * request or time), not a log of predictions; `if_exists="append"` (or a value not written as a literal) adds rows.
 */
export function overwrites(write: CallFact): boolean {
  if (lastSegment(write.name) !== 'to_sql') return false;
  const at = write.kwargs.indexOf('if_exists');
  if (at < 0) return true;
  const given = write.strings.filter((_, i) => write.passedAs?.[i] === 'if_exists');
  return given.some((v) => v === 'replace' || v === 'fail');
}

/**
 * A store write in a file that predicts stores the model's output (signals.md, observability: "structured prediction
 * logging to a store"): the write is given a prediction (its keys, names or strings name an output or a table of
 * predictions: `insert_one({"prediction": p})`, `to_sql("predictions")`, `INSERT INTO t (x, y_pred)`, or a name bound
 * where `predict` runs), or the function that writes builds a prediction record, is named for predictions, or is
 * called with the prediction (`save_db(record, prediction)`). A patient or user record saved by a CRUD route of the
 * same module as a `/predict` route stores no prediction.
 */
export function writesPrediction(file: PyFile, write: CallFact): boolean {
  if (handsPrediction(file, write) || writtenWords(write).some((w) => PREDICTION_NAME.test(w))) return true;
  const fn = file.facts.functions.find((f) => qualified(f) === write.inFunction);
  if (!fn) return false;
  if (isPredictionRecord(fn.dictKeys) || PREDICTION_NAME.test(fn.name)) return true;
  return file.facts.calls.some((c) => c !== write && (lastSegment(c.name) === fn.name || (c.names ?? []).includes(fn.name)) && handsPrediction(file, c));
}
