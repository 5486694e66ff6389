// Matching of data_engineering's vocabulary (catalog/tools/data-calls.ts):
// which calls of a file read, transform or write data.
import { DATA_READS, DATA_TRANSFORMS, DATA_WRITES, FRAME_OPS, WEAK_OPS, type DataCall } from '../../catalog/tools/data-calls.js';
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
  return out;
}

/** The module's function of that name only shows, prints, counts or logs (a foreachBatch that writes nothing). */
function onlyDisplays(file: PyFile, name: string): boolean {
  const fns = file.facts.functions.filter((fn) => fn.name === name && !fn.className);
  return fns.length > 0 && fns.every((fn) => fn.calls.every((n) => DISPLAY_CALL.test(n)));
}

const STREAM_READS = DATA_READS.filter((s) => s.stream);
const STREAM_WRITES = DATA_WRITES.filter((s) => s.stream);

/** The data calls of one file. */
export interface DataStep {
  reads: CallFact[];
  /** Transformations that change the data (WEAK_OPS excluded). */
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
    step = {
      reads: matching(calls, DATA_READS),
      transforms: all.filter((c) => !WEAK_OPS.test(c.name)),
      weak: all.filter((c) => WEAK_OPS.test(c.name)),
      writes: matching(calls, DATA_WRITES).filter(sinks),
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
