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
// script (a file with no route or Lambda handler) is not one.
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { modelCalls, routeHandlers } from './web-api.js';

/** Fields that hold what the model produced; a probability named for what is predicted (`default_probability`, `churn_proba`) too. */
const OUTPUT_KEY = /^(predictions?|predicted(_\w+)?|preds?|y_pred|y_hat|outputs?|scores?|probabilit(y|ies)|proba|predicted_label|label|class_name|result|response|answer|completion|generated_text|generations?|repl(y|ies)|forecast|\w+_probabilit(y|ies)|\w+_proba|(?!(expected|reference|gold|ideal|target|true|ground_?truth)_)\w+_(reply|response|answer|output|completion))$/i;
/** Fields that say what the prediction was for, or when, or by which model. */
const CONTEXT_KEY = /^(inputs?|input_data|features?|x|text|prompt|query|question|request|payload|image|image_path|messages|user_(message|input|query|prompt|question)|model_(version|name|id|type)|model|timestamp|time_stamp|ts|time|created_at|datetime|((total|response|inference|request)_)?(latency|duration|elapsed)(_ms|_s|_secs?|_seconds)?|(prompt|completion|input|output|total)_tokens|request_id|user_id)$/i;
const PREDICT = /^(predict|predict_proba|predict_log_proba|decision_function)$/;
const LOG_METHODS = new Set(['info', 'debug', 'warning', 'log', 'msg']);
export const DUMPS = /(^|\.)(json|orjson|ujson|simplejson)\.dumps?$/;
/** A table named for predictions or inferences (`INSERT INTO prediction_logs`). */
const PREDICTION_TABLE = /\binsert\s+(or\s+\w+\s+)?into\s+["`[]?[\w.]*(prediction|inference)\w*/i;

/** A record of a prediction: an output field and a field for its input, time or model. */
export function isPredictionRecord(keys: readonly string[] | undefined): boolean {
  return keys !== undefined && keys.some((k) => OUTPUT_KEY.test(k)) && keys.some((k) => CONTEXT_KEY.test(k) && !OUTPUT_KEY.test(k));
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
