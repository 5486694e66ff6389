// Predictions stored in a database by the request that made them (signals.md,
// observability: "structured prediction logging to a store"): a route or
// Lambda handler (or an HTTP method of a handler class), or a chat bot's
// command or message handler (discord `@bot.tree.command`, telegram
// `CommandHandler("ask", ask)`), that runs a model
// (lib/model-reach.ts), or a hook of an LLM callback handler (LangChain's
// `BaseCallbackHandler`, which runs on every model or chain call), writes a record
// naming an output (`label`, `score`, `prediction`, ...) beside its input,
// time or model (lib/prediction-logs.ts isPredictionRecord), or timing the
// request (a time and a latency: `timestamp`, `elapsed_time`;
// isRequestRecord), itself or
// through the repository's own functions it calls (a CRUD module, a service,
// a background task), two calls deep. A write is:
//   - an ORM record built and added to a session or saved (`db.add(rec)` after
//     `rec = Analysis(text=..., label=..., score=...)`, `rec.save()`), or
//     created by its class (`Prediction.objects.create(...)`, `Row.create(...)`);
//   - a document or row inserted (`insert_one({...})`, `put_item`, a Redis
//     stream's `xadd`; a record object serialised for it: `put_item(Item=
//     item.model_dump())` after `item = Completion(prompt=..., completion=...)`, supabase `table("t").insert({...})`, SQLAlchemy Core
//     `insert(t).values(...)`);
//   - an `INSERT INTO t (cols)` whose columns are such a record;
//   - a record serialised (`json.dumps`) and put in an object store or a
//     stream (`s3.put_object(Body=...)`, GCS `upload_from_string`, Firehose
//     `put_record`), or written to a file opened for append (a JSONL log).
// The record's fields are those written (a nested dict's keys too:
// `RagScore(chain_info={"question": q, "answer": a}, ...)`), or those the handler passes to the
// function that writes it (a dict it builds and passes by name, when that function serialises what it is
// given: `dump_results(record)` → `json.dump(res, fp)`). An object put with nothing serialised (a file
// uploaded) is no record. A table or record class named for predictions or
// inferences (`inference_logs`, `PredictionLog`) says the record is the
// model's output: there the handler's module need only run or import a
// model, and the record need only name the prediction's input, time or model
// (its output columns are often named for what is predicted:
// `default_probability`, `credit_score`, `rating`). A table defined and never written, ordinary app data (users,
// orders, messages with no model output), a list's `insert`, and a handler
// with no model are not prediction logging.
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callsIn, importsAny, lastSegment } from './code.js';
import { moduleIndexOf, type ModuleIndex } from './local-modules.js';
import { ModelReach } from './model-reach.js';
import { SERVING } from '../../catalog/index.js';
import { LLM_CALLBACK_BASES, OBJECT_PUTS } from '../../catalog/tools/mlops-calls.js';
import { DUMPS, isPredictionRecord, isPredictionRow, isRequestRecord, opensForAppend, PREDICTION_NAME } from './prediction-logs.js';
import { routeHandlers, runsModel } from './web-api.js';

/** Calls followed from the handler to the function that writes (handler → service → repository). */
const CALL_DEPTH = 2;
/** Local-import hops from a handler's module to one that runs a model. */
const MODULE_HOPS = 2;
/** A record object handed to a session, or saved by itself. */
const SESSION_WRITES = new Set(['add', 'add_all', 'merge', 'save']);
/** A record created by its class: Django's manager, peewee/Tortoise `Model.create`. */
const CLASS_CREATE = /(^|\.)[A-Z]\w*\.(objects\.)?(create|bulk_create|get_or_create)$/;
/** Documents or rows inserted from a dict (a literal, or one built in the function). */
const DOCUMENT_WRITES = new Set(['insert_one', 'insert_many', 'put_item', 'xadd']);
/** A row inserted into a table chained on the same line (supabase `db.table("t").insert({...})`); a list's `insert` is not. */
const TABLE_INSERT = new Set(['insert', 'upsert']);
const TABLE_CALL = new Set(['table', 'from_']);
/** `INSERT INTO table (a, b, c)`: the table and its column list. */
const INSERT_COLUMNS = /\binsert\s+(?:or\s+\w+\s+)?into\s+([\w."`[\]]+)\s*\(([^)]*)\)/i;

interface RecordWrite {
  file: PyFile;
  call: CallFact;
  /** The fields written, as far as the facts show them. */
  keys: string[];
  /** The table or record class is named for predictions: the record is the model's output whatever the handler reaches. */
  named: boolean;
}

/** The write stores a prediction: a record naming an output beside its context, or a row of a prediction table. */
const storesPrediction = (write: RecordWrite) => isPredictionRecord(write.keys) || isRequestRecord(write.keys) || (write.named && isPredictionRow(write.keys));

const qualified = (fn: FunctionFact) => (fn.className ? `${fn.className}.${fn.name}` : fn.name);
const isClassCall = (c: CallFact) => /^[A-Z]/.test(lastSegment(c.name)) && c.kwargs.length > 0;

/** The record built for a session write: bound to the name it is given (`db.add(rec)`, `rec.save()`), or built inside it. */
function recordFor(write: CallFact, calls: readonly CallFact[]): CallFact | undefined {
  const receiver = write.name.split('.').slice(-2, -1)[0];
  const given = new Set([...(write.names ?? []), ...(lastSegment(write.name) === 'save' ? [receiver] : [])]);
  return calls.find((c) => c !== write && isClassCall(c) && ((c.bound ?? []).some((b) => given.has(b)) || c.line === write.line || c.line === write.line + 1));
}

/** Methods and functions that serialise a record object for a store (`item.model_dump()`, `asdict(rec)`). */
const SERIALISE_METHODS = new Set(['model_dump', 'dict', 'to_dict', '_asdict']);
const SERIALISE_FUNCTIONS = /(^|\.)(asdict|vars|jsonable_encoder)$/;

/** The record object a document write serialises on its lines (`put_item(Item=item.model_dump())`): the class call that built it. */
function serialisedRecord(write: CallFact, calls: readonly CallFact[]): CallFact | undefined {
  const objects = new Set<string>();
  for (const c of calls.filter((o) => o.line >= write.line && o.line <= write.line + 2)) {
    const parts = c.name.split('.');
    if (parts.length === 2 && SERIALISE_METHODS.has(parts[1])) objects.add(parts[0]);
    if (SERIALISE_FUNCTIONS.test(c.name)) for (const n of c.names ?? []) objects.add(n);
  }
  return objects.size === 0 ? undefined : calls.find((c) => isClassCall(c) && (c.bound ?? []).some((b) => objects.has(b)));
}

/** Writes to a file opened for append: a line (`f.write(json.dumps(rec))`), a dumped object, a `DictWriter` row. */
const APPENDED = /(^|\.)(write|writerow|json\.dump)$/;

/** A write of a string literal alone (`fp.write("\\n")` after `json.dump(rec, fp)`): a separator, not the record. */
const writesLiteral = (c: CallFact, calls: readonly CallFact[]) =>
  c.name.endsWith('.write') && c.strings.length > 0 && !c.names && !c.refs && !c.keys && !calls.some((o) => o !== c && o.line === c.line);

/**
 * The fields of the record a function serialises for `write`: a dict literal dumped (`json.dumps({...})`) or given
 * to a row writer, or the dicts the function builds when it dumps a name (`json.dumps(entry)`); undefined when it
 * serialises nothing.
 */
function serialisedKeys(fn: FunctionFact, calls: readonly CallFact[], write: CallFact): string[] | undefined {
  if (lastSegment(write.name) === 'writerow') return write.keys;
  const dumps = calls.filter((c) => DUMPS.test(c.name));
  if (dumps.length === 0) return undefined;
  const named = dumps.some((d) => (d.names ?? []).length > 0);
  return [...dumps.flatMap((d) => d.keys ?? []), ...(named ? fn.dictKeys ?? [] : [])];
}

/** The database writes in one function's body, with the fields each writes. */
function writesIn(file: PyFile, fn: FunctionFact): RecordWrite[] {
  const calls = callsIn(file, qualified(fn));
  const appends = calls.some(opensForAppend);
  const out: RecordWrite[] = [];
  for (const call of calls) {
    const method = lastSegment(call.name);
    if (SESSION_WRITES.has(method) && call.name.includes('.')) {
      const record = recordFor(call, calls);
      if (record) out.push({ file, call, keys: [...record.kwargs, ...(record.keys ?? [])], named: PREDICTION_NAME.test(lastSegment(record.name)) });
    } else if (CLASS_CREATE.test(call.name)) {
      out.push({ file, call, keys: [...call.kwargs, ...(call.keys ?? [])], named: PREDICTION_NAME.test(call.name.split('.').find((p) => /^[A-Z]/.test(p)) ?? '') });
    } else if (DOCUMENT_WRITES.has(method) && call.name.includes('.')) {
      const record = call.keys || (call.names ?? []).length > 0 ? undefined : serialisedRecord(call, calls);
      const keys = call.keys ?? ((call.names ?? []).length > 0 ? fn.dictKeys : record && [...record.kwargs, ...(record.keys ?? [])]);
      if (keys) out.push({ file, call, keys, named: record !== undefined && PREDICTION_NAME.test(lastSegment(record.name)) });
    } else if (TABLE_INSERT.has(method) && call.name.startsWith('?.') && call.keys && calls.some((c) => c.line === call.line && TABLE_CALL.has(lastSegment(c.name)))) {
      out.push({ file, call, keys: call.keys, named: false });
    } else if (method === 'values' && call.name.startsWith('?.') && calls.some((c) => c.line === call.line && lastSegment(c.name) === 'insert')) {
      // SQLAlchemy Core: `insert(table).values(text=..., label=...)`.
      out.push({ file, call, keys: call.kwargs, named: false });
    } else if (OBJECT_PUTS.has(method) || (method === 'put' && call.kwargs.includes('Body')) || (appends && APPENDED.test(call.name) && !writesLiteral(call, calls))) {
      // A serialised record put in an object store or a stream, or appended to a file; a file uploaded as it is is not one.
      const keys = serialisedKeys(fn, calls, call);
      if (keys) out.push({ file, call, keys, named: false });
    } else if (method === 'execute' || method === 'executemany') {
      const insert = [...call.strings, ...(call.resolved ?? [])].map((s) => INSERT_COLUMNS.exec(s)).find((m) => m !== null);
      if (insert) out.push({ file, call, keys: insert[2].split(',').map((k) => k.trim().replace(/^["`[]|["`\]]$/g, '')), named: PREDICTION_NAME.test(insert[1]) });
    }
  }
  return out;
}

/**
 * The repository's own functions a call runs: one of the file's (`helper(...)`, `self.save(...)`), one of a local
 * module (`crud.create_analysis(...)` resolved to `database.crud.create_analysis`), or one passed by name
 * (`background_tasks.add_task(log_prediction, ...)`).
 */
export function callees(file: PyFile, call: CallFact, caller: FunctionFact, index: ModuleIndex): { file: PyFile; fn: FunctionFact }[] {
  const own = (name: string) => file.facts.functions.filter((f) => qualified(f) === name).map((fn) => ({ file, fn }));
  const method = caller.className && call.name.startsWith('self.') ? own(`${caller.className}.${call.name.slice(5)}`) : [];
  const out = [...method, ...own(call.name), ...(call.names ?? []).flatMap(own)];
  const parts = call.name.split('.');
  for (let k = parts.length - 1; k >= 1 && out.length === 0; k--) {
    const module = parts.slice(0, k).join('.');
    if (module.replace(/^\.+/, '') === '' || module === 'self') continue;
    const targets = index.resolveImport({ module, text: '', line: 0 }, file);
    const name = parts[parts.length - 1];
    for (const t of targets) for (const fn of t.facts.functions) if (fn.name === name && (k === parts.length - 1) === (fn.className === undefined)) out.push({ file: t, fn });
  }
  return out;
}

/** Writes in `fn` and in the functions it calls, CALL_DEPTH calls deep; each with the call in `fn` that leads to it. */
function reachedWrites(file: PyFile, fn: FunctionFact, index: ModuleIndex, depth: number, seen: Set<string>): { via?: CallFact; write: RecordWrite }[] {
  const key = `${file.path}#${qualified(fn)}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const out: { via?: CallFact; write: RecordWrite }[] = writesIn(file, fn).map((write) => ({ write }));
  if (depth === 0) return out;
  for (const call of callsIn(file, qualified(fn))) {
    for (const callee of callees(file, call, fn, index)) {
      for (const { write } of reachedWrites(callee.file, callee.fn, index, depth - 1, seen)) {
        // The fields the caller hands over count when the callee writes a record it was given (`SentimentAnalysis(**data)`);
        // a record serialised as given (`json.dump(res, fp)`) is the dict the caller builds and passes by name (`dump_results(record)`).
        const given = write.keys.length === 0 && (call.names ?? []).length > 0 ? fn.dictKeys ?? [] : [];
        const keys = storesPrediction(write) ? write.keys : [...call.kwargs, ...(call.keys ?? []), ...given];
        out.push({ via: call, write: { ...write, keys } });
      }
    }
  }
  return out;
}

/** The hooks of a file's LLM callback handlers (every method but the constructor): each runs on a model or chain call. */
function callbackHooks(file: PyFile): Set<string> {
  const classes = new Set(file.facts.classes.filter((c) => c.bases.some((b) => LLM_CALLBACK_BASES.test(b))).map((c) => c.name));
  return new Set(file.facts.functions.filter((f) => f.className !== undefined && classes.has(f.className) && f.name !== '__init__').map(qualified));
}

/**
 * A chat bot's handlers, in a file that imports a bot framework: functions its decorators register
 * (`@bot.tree.command(...)`, `@client.event`, `@dp.message(...)`) or registered by name (`CommandHandler("ask", ask)`).
 */
function chatHandlers(file: PyFile): Set<string> {
  if (!importsAny(file, SERVING.CHAT_BOT_IMPORTS)) return new Set();
  const decorated = file.facts.functions.filter((f) => f.decorators.some((d) => SERVING.CHAT_BOT_DECORATORS.test(lastSegment(d.name))));
  const registered = new Set(file.facts.calls.filter((c) => SERVING.CHAT_BOT_REGISTRATIONS.test(lastSegment(c.name))).flatMap((c) => c.names ?? []));
  const byName = file.facts.functions.filter((f) => f.className === undefined && registered.has(f.name));
  return new Set([...decorated, ...byName].map(qualified));
}

/**
 * Where request handlers that run a model, or LLM callback hooks, store its predictions: the handler's (or hook's)
 * line, then the write in the function it calls.
 */
export function storedPredictions(ctx: DetectContext): Evidence[] {
  const index = moduleIndexOf(ctx.python);
  let reach: ModelReach | undefined;
  const out: Evidence[] = [];
  const push = (e: Evidence) => {
    if (!out.some((o) => o.location === e.location)) out.push(e);
  };
  for (const file of ctx.sourceFiles) {
    const handlers = new Set([...routeHandlers(file), ...chatHandlers(file)]);
    const hooks = callbackHooks(file);
    for (const fn of file.facts.functions.filter((f) => handlers.has(qualified(f)) || hooks.has(qualified(f)))) {
      const stored = reachedWrites(file, fn, index, CALL_DEPTH, new Set()).filter(({ write }) => storesPrediction(write));
      if (stored.length === 0) continue;
      reach ??= new ModelReach(ctx.python, index);
      // A callback hook is called with the model's run: it need not reach the model itself.
      const runs = hooks.has(qualified(fn)) || reach.handler(file, fn);
      // A prediction table is enough where the handler's module runs a model, or reaches one through its imports.
      const serves = runs || runsModel(file) || index.reachable(file, MODULE_HOPS).some(runsModel);
      for (const { via, write } of stored.filter(({ write }) => runs || (write.named && serves))) {
        if (via) push(codeEvidence(file.path, via, `${via.name}()`, 'call'));
        push(codeEvidence(write.file.path, write.call, `${write.call.name}()`, 'call'));
      }
    }
  }
  return out;
}
