// Matching of data_engineering's vocabulary (catalog/tools/data-calls.ts):
// which calls of a file read, transform or write data.
import { CHART_CALLS, CHART_SETUP, DATA_READS, DATA_TRANSFORMS, DATA_WRITES, FRAME_OPS, WEAK_OPS, type DataCall } from '../../catalog/tools/data-calls.js';
import type { CallFact, ClassFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { runsSchemaSetupSql } from './schema-setup.js';

/** The call's arguments satisfy a spec its name already matched. */
function argumentsMatch(call: CallFact, spec: DataCall): boolean {
  if (spec.kwargs && !call.kwargs.some((k) => spec.kwargs?.includes(k))) return false;
  if (spec.strings && !call.strings.some((s) => spec.strings?.test(s))) return false;
  if (spec.given && call.strings.length === 0 && call.kwargs.length === 0 && (call.names ?? []).length === 0) return false;
  return true;
}

/** Answers remembered per spec list; a repository repeats its call names many times over. */
const MEMO_LIMIT = 50_000;
const BY_NAME = new WeakMap<readonly DataCall[], Map<string, readonly DataCall[]>>();

/** The specs of a list whose name patterns a call name matches (`name` and not `not`), remembered per name. */
function specsNamed(name: string, specs: readonly DataCall[]): readonly DataCall[] {
  let memo = BY_NAME.get(specs);
  if (!memo) {
    memo = new Map();
    BY_NAME.set(specs, memo);
  }
  let hit = memo.get(name);
  if (!hit) {
    hit = specs.filter((spec) => spec.name.test(name) && !spec.not?.test(name));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, hit);
  }
  return hit;
}

/** The call is one of the specs (name and arguments). */
export function isDataCall(call: CallFact, specs: readonly DataCall[]): boolean {
  return specsNamed(call.name, specs).some((s) => argumentsMatch(call, s));
}

function matching(calls: readonly CallFact[], specs: readonly DataCall[]): CallFact[] {
  return calls.filter((c) => isDataCall(c, specs));
}

/**
 * Spark's reader and writer objects (`spark.read`, `df.write`, `readStream`,
 * `writeStream`) and the builder methods that configure them before the call
 * that reads or writes: `df.coalesce(1).write.mode("overwrite").csv(p)` is
 * parsed as `?.csv` on the receiver `df.coalesce().write.mode()`, and is read
 * here as `df.coalesce().write.csv`; `spark.readStream.format("kafka")
 * .option(...).load()` as `spark.readStream.load`. A call after anything else
 * (`spark.read.csv(p).groupBy("a").count()`) is not the reader's.
 */
const IO_RECEIVER = /^(.*\.(?:read|readStream|write|writeStream))((?:\.(?:format|option|options|schema|mode|partitionBy|bucketBy|sortBy|clusterBy|outputMode|trigger|queryName|foreachBatch|foreach)\(\))*)$/;
/** A call named on a Spark reader or writer object: the object (`df.writeStream`) and the method. */
const IO_NAME = /^(.*\.(?:read|readStream|write|writeStream))\.(\w+)$/;

/** The call as named on the Spark reader or writer it configures or runs (IO_RECEIVER), or as parsed. */
function asIoCall(call: CallFact): CallFact {
  if (!call.receiver || !call.name.startsWith('?.')) return call;
  const m = IO_RECEIVER.exec(call.receiver);
  return m ? { ...call, name: `${m[1]}${call.name.slice(1)}` } : call;
}

/**
 * Sinks that write no data: Spark's `console`, `memory` and `noop` formats,
 * and a `foreachBatch`/`foreach` function of the module that only shows or
 * prints its batch. Every call of such a writer statement (one object, one
 * line: a chain starts where its statement does) is dropped from the writes.
 */
const NO_DATA_FORMAT = /^(console|memory|noop)$/i;
const DISPLAY_CALL = /^(print|display|len|str|repr|format)$|(^|\.)(show|printSchema|pprint|display|count|collect|head|take|first|toPandas|isEmpty|info|debug|warning|warn|error|log|exception|print)$/;

function noDataSinks(file: PyFile, calls: readonly CallFact[]): Set<CallFact> {
  const byStatement = new Map<string, CallFact[]>();
  for (const c of calls) {
    const m = IO_NAME.exec(c.name);
    if (!m || !/\.write(Stream)?$/.test(m[1])) continue;
    const key = `${c.line}\0${c.cell ?? ''}\0${m[1]}`;
    byStatement.set(key, [...(byStatement.get(key) ?? []), c]);
  }
  const out = new Set<CallFact>();
  for (const statement of byStatement.values()) {
    const method = (c: CallFact) => c.name.slice(c.name.lastIndexOf('.') + 1);
    const shown = statement.some((c) => method(c) === 'format' && c.strings.some((x) => NO_DATA_FORMAT.test(x)));
    const each = statement.find((c) => (method(c) === 'foreachBatch' || method(c) === 'foreach') && (c.names ?? []).length > 0);
    if (shown || (each && onlyDisplays(file, (each.names ?? [])[0]))) for (const c of statement) out.add(c);
  }
  for (const c of calls) if (sendsOnlyLiterals(file, c)) out.add(c);
  return out;
}

/** A message producer's sending methods (kafka-python, confluent-kafka, aiokafka, Pub/Sub). */
const PRODUCER = /^(kafka\.KafkaProducer|aiokafka\.AIOKafkaProducer|confluent_kafka\.(Producer|SerializingProducer|avro\.AvroProducer)|google\.cloud\.pubsub_v1\.PublisherClient)$/;
const SEND = /^(send|send_and_wait|produce|publish)$/;

/**
 * A producer whose every send carries only literals (`producer.send("clicks",
 * b"user123 clicked")`): a demonstration message, not data the module read or
 * made. A send passing a name, a keyword given a name, a dict, an f-string or
 * a call's value (another call on its line: `json.dumps(row).encode()`)
 * carries data; a producer never sent through by the name it is bound to
 * (handed to other code) is kept.
 */
function sendsOnlyLiterals(file: PyFile, producer: CallFact): boolean {
  if (!PRODUCER.test(producer.name) || !producer.bound?.length) return false;
  const names = new Set(producer.bound);
  const sends = file.facts.calls.filter((c) => {
    const dot = c.name.lastIndexOf('.');
    return dot > 0 && names.has(c.name.slice(0, dot)) && SEND.test(c.name.slice(dot + 1)) && c.inFunction === producer.inFunction;
  });
  const literal = (c: CallFact) =>
    !c.names?.length &&
    !c.refs?.length &&
    !c.keys?.length &&
    !c.resolved?.length &&
    c.kwargs.every((k) => c.passedAs?.includes(k)) &&
    !c.strings.some((x) => x.includes('{')) &&
    !file.facts.calls.some((o) => o !== c && o.line === c.line && o.cell === c.cell);
  return sends.length > 0 && sends.every(literal);
}

/** The module's function of that name only shows, prints, counts or logs (a foreachBatch that writes nothing). */
function onlyDisplays(file: PyFile, name: string): boolean {
  const fns = file.facts.functions.filter((fn) => fn.name === name && !fn.className);
  return fns.length > 0 && fns.every((fn) => fn.calls.every((n) => DISPLAY_CALL.test(n)));
}

/**
 * The functions of a module (qualified names) whose frame work is
 * reporting: the function draws a chart (CHART_CALLS:
 * `data_avg.plot(...)`, `plt.savefig(p)`), writes no data (nor calls a function
 * of the module that does), and hands no value
 * on (every call of the function in the module is a statement of its own).
 * A function that aggregates its training logs into a smoothed reward curve
 * and plots it transforms nothing for other code; one that also writes its
 * table, or returns its frame to a caller (`stats = summarise(df)`), is no
 * report.
 */
function reportingScopes(file: PyFile, writes: readonly CallFact[]): Set<string> {
  const scope = (c: CallFact) => c.inFunction ?? '';
  // Functions only: a script's module-level code (an exported notebook that merges its tables, plots a loss curve and loads a database) does many things at once.
  const charts = new Set(file.facts.calls.filter((c) => c.inFunction !== undefined && CHART_CALLS.test(c.name) && !CHART_SETUP.test(c.name)).map(scope));
  if (charts.size === 0) return charts;
  // Writing data in the scope, or calling a function of the module that does (`save(summary)`), is no report.
  const writers = new Set(writes.map(scope).filter((s) => s !== '').map((s) => s.slice(s.lastIndexOf('.') + 1)));
  for (const w of writes) charts.delete(scope(w));
  for (const c of file.facts.calls) if (writers.has(c.name.slice(c.name.lastIndexOf('.') + 1))) charts.delete(scope(c));
  // A function whose value a caller of the module keeps (bound, returned, passed on) hands its frames on.
  const kept = new Set(file.facts.calls.filter((c) => !c.discarded).map((c) => c.name.slice(c.name.lastIndexOf('.') + 1)));
  for (const s of [...charts]) if (s !== '' && kept.has(s.slice(s.lastIndexOf('.') + 1))) charts.delete(s);
  return charts;
}

const STREAM_READS = DATA_READS.filter((s) => s.stream);
const STREAM_WRITES = DATA_WRITES.filter((s) => s.stream);

/** The data calls of one file. */
export interface DataStep {
  reads: CallFact[];
  /** Transformations that change the data (WEAK_OPS excluded), outside reporting scopes. */
  transforms: CallFact[];
  /** Renames, drops, sorts, samples and splits: never a step on their own. */
  weak: CallFact[];
  writes: CallFact[];
  /** A streaming source read and a streaming sink written (Kafka, Flink, Beam, Kinesis...). */
  stream: { reads: CallFact[]; writes: CallFact[] };
}

const STEPS = new WeakMap<PyFile, DataStep>();

export function dataStep(file: PyFile): DataStep {
  let step = STEPS.get(file);
  if (!step) {
    // SQL run while setting up the app's schema (a backfill beside ALTER TABLE) is no data step: lib/schema-setup.ts.
    const calls = file.facts.calls.filter((c) => !runsSchemaSetupSql(file, c)).map(asIoCall);
    const all = matching(calls, DATA_TRANSFORMS);
    const noData = noDataSinks(file, calls);
    const sinks = (c: CallFact) => !noData.has(c);
    const writes = matching(calls, DATA_WRITES).filter(sinks);
    const reporting = reportingScopes(file, writes);
    step = {
      reads: matching(calls, DATA_READS),
      // Transformations in a scope that only charts its frames (reportingScopes) are reporting, never a step.
      transforms: all.filter((c) => !WEAK_OPS.test(c.name) && !reporting.has(c.inFunction ?? '')),
      weak: all.filter((c) => WEAK_OPS.test(c.name)),
      writes,
      stream: { reads: matching(calls, STREAM_READS), writes: matching(calls, STREAM_WRITES).filter(sinks) },
    };
    STEPS.set(file, step);
  }
  return step;
}

/** How many different operations (last name segment) the calls are: `groupby`, `merge`, `to_datetime`. */
export function distinctOps(calls: readonly CallFact[]): CallFact[] {
  const seen = new Map<string, CallFact>();
  for (const c of calls) {
    const op = c.name.slice(c.name.lastIndexOf('.') + 1);
    if (!seen.has(op)) seen.set(op, c);
  }
  return [...seen.values()];
}

// Public `fit`/`transform`: the scikit-learn transformer API. Private
// `_fit`/`_transform` hooks alone are just as often a plotting library's
// statistics (seaborn's `KDE`) as a feature transformer.
const FIT = /^fit$/;
const TRANSFORM = /^transform$/;

/** A reusable feature transformer: a class with fit and transform methods, or a `*TransformerMixin` subclass. */
export function isTransformerClass(cls: ClassFact): boolean {
  if (cls.bases.some((b) => /TransformerMixin$/.test(b))) return true;
  return cls.methods.some((m) => FIT.test(m)) && cls.methods.some((m) => TRANSFORM.test(m));
}

/** Data-frame operations in the methods of a class. */
export function frameOpsIn(file: PyFile, cls: ClassFact): CallFact[] {
  return file.facts.calls.filter((c) => c.inFunction?.startsWith(`${cls.name}.`) && FRAME_OPS.test(c.name));
}
