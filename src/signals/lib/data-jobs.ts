// data_engineering's jobs without data frames (signals/data_engineering.ts):
// transformation SQL held in Python strings and run from the module; a
// plain-Python ETL module that reads a file, an API or a table, transforms
// it in a function of its own and writes rows into a database; and a job run
// by an in-process scheduler (APScheduler, `schedule`) whose module reads,
// transforms and writes data (a scheduled copy is not a step); a scraper or
// API client that builds a data frame from the rows it fetched, cleans or
// reshapes it and writes it (a file, a table, a stream). A web app's
// request handlers are neither (lib/data-scope.ts): their inserts are
// per-request CRUD. And what a model's script writes: its model and its
// predictions, not data.
import { matchesAny } from '../../catalog/index.js';
import { METRIC_CALLS, NOT_METRIC, OWN_METRIC } from '../../catalog/tools/ml-evaluation-calls.js';
import { CLEANING_OPS, DB_WRITES, FRAME_BUILDS, MODEL_CALLS, NOT_SQL_PIPELINE, PREPROCESSOR_BUILDS, ROW_READS, SCHEDULER_CALLS, SERIALISE_WRITES, SQL_RUNNER, STRUCTURAL_OPS, TRAINING_CALLS, TRANSFORM_NAME, VECTOR_STORE_WRITES } from '../../catalog/tools/data-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, lastSegment } from './code.js';
import { dataStep, distinctOps, isDataCall } from './data.js';
import { writesInMemoryStore } from './memory-stores.js';
import { inSchemaSetup } from './schema-setup.js';
import { inHandler, isHandler, isViewsModule, predictionWrites, predicts, qualified } from './data-scope.js';

/** The module trains a model: it fits or trains (`model.fit`, `xgboost.train`), and builds an estimator or predicts; fitting a vectoriser alone is feature work. */
function trainsModel(file: PyFile): boolean {
  const calls = file.facts.calls;
  return calls.some((c) => TRAINING_CALLS.test(c.name)) && calls.some((c) => MODEL_CALLS.test(c.name));
}

/**
 * The module fits a model's feature preprocessor (a scikit-learn scaler, encoder, imputer or column transformer,
 * PREPROCESSOR_BUILDS, then `fit`/`fit_transform`): an object it pickles is the fitted preprocessor or what
 * describes it (`joblib.dump(preprocessor, p)`, its feature names), not data; the arrays or frames it writes are.
 */
export function fitsPreprocessor(file: PyFile): boolean {
  const calls = file.facts.calls;
  return calls.some((c) => PREPROCESSOR_BUILDS.test(c.name)) && calls.some((c) => /(^|\.)(fit|fit_transform)$/.test(c.name));
}

/** A split of a data set into training and test sets (scikit-learn's, Spark's). */
const TRAIN_TEST_SPLIT = /(^|\.)(train_test_split|randomSplit)$/;

/**
 * The module prepares a model's input: one of its functions (or its top level) fits a preprocessor (an encoder, a
 * scaler, an imputer) and splits the data into training and test sets. Its frame work, handed on in memory, is the
 * model's preprocessing; a library of feature functions with a split helper beside them is not one.
 */
export function preparesModelInput(file: PyFile): boolean {
  const scopes = new Map<string, CallFact[]>();
  for (const c of file.facts.calls) scopes.set(c.inFunction ?? '', [...(scopes.get(c.inFunction ?? '') ?? []), c]);
  return [...scopes.values()].some(
    (calls) => calls.some((c) => PREPROCESSOR_BUILDS.test(c.name)) && calls.some((c) => /(^|\.)(fit|fit_transform)$/.test(c.name)) && calls.some((c) => TRAIN_TEST_SPLIT.test(c.name)),
  );
}

/** The module trains a model or makes predictions with one: whatever it does to frames in memory serves the model. */
export function usesModel(file: PyFile): boolean {
  return trainsModel(file) || predicts(file);
}

/**
 * What a serialised object or its file is named for when it is a model or what
 * a model makes, not data: the model itself (`model`, `clf`, `best_estimator`),
 * a fitted preprocessor (`scaler`, `encoder`, `preprocessor`, `vectorizer`), its parameters,
 * metrics, scores, results or predictions (`pickle.dump(model, f)`,
 * `joblib.dump(x, "scaler.pkl")`).
 */
export const MODEL_OBJECT =
  /(^|[^a-z])(models?|clf|classifiers?|regressors?|estimators?|pipeline|pipe|scalers?|encoders?|imputers?|preprocessors?|vectori[sz]ers?|tokeni[sz]ers?|params|hyperparams|weights|checkpoints?|ckpt|metrics?|scores?|results?|history|evaluation|preds?|predictions?)([^a-z]|$)/i;

/** A serialising write of a model or of what it made, by the object's name (`pickle.dump(obj, f)`, `np.save(path, arr)`) or the file's: never transformed data. */
function dumpsModel(c: CallFact): boolean {
  if (!SERIALISE_WRITES.test(c.name)) return false;
  const names = c.names ?? [];
  const object = c.name.endsWith('.dump') ? names[0] : names.at(-1);
  return [object ?? '', ...c.strings].some((s) => MODEL_OBJECT.test(s));
}

/** The module saves a model or what it made (`joblib.dump(model, path)`): it is the model's script, whatever trained it. */
export function savesModel(file: PyFile): boolean {
  return dataStep(file).writes.some(dumpsModel);
}

/**
 * The module scores models: a metric library's function (`sklearn.metrics`,
 * torchmetrics, darts' metrics; not a distance) or one of the author's own
 * named for a metric (`mape`, `compute_rmse`). A comparison of models' errors
 * is the models' report, whatever it keeps in frames.
 */
function scoresModel(file: PyFile): boolean {
  return file.facts.calls.some((c) => (matchesAny(c.name, METRIC_CALLS) && !NOT_METRIC.test(c.name)) || OWN_METRIC.test(lastSegment(c.name)));
}

/** The module trains, predicts with, saves or scores a model: its frame work serves the model. */
export function servesModel(file: PyFile): boolean {
  return usesModel(file) || savesModel(file) || scoresModel(file);
}

/**
 * The data writes of a module; in one that trains a model, serialising
 * objects (`joblib.dump(model)`, `np.save`) is saving the model, and a frame
 * or file named for its results (`comparison_df.write.csv`, `"metrics.csv"`)
 * is its report, as it is in one that scores models (`results.to_csv(
 * "results.csv")` of each model's error); in one that predicts, writing the
 * predictions (`submission.to_csv`) is the model's output: none of them is
 * writing transformed data; nor is a write in a function named for results
 * (`save_results_to_csv`), or of the train/test split (`x_test.to_csv`), in a
 * module that trains. In one that fits a model's preprocessor (a scaler, an
 * encoder, a column transformer), or in a job one of whose modules does
 * (`preprocessorJob`), pickling an object is saving the fitted preprocessor.
 * A dump named for a model, its metrics or predictions is none in any module.
 */
export function dataWrites(file: PyFile, keepInMemory = false, preprocessorJob = false): CallFact[] {
  // A vector store kept only in the process keeps no data (lib/memory-stores.ts), unless the job saves it elsewhere (keepInMemory).
  const inMemory = (c: CallFact) => !keepInMemory && isDataCall(c, VECTOR_STORE_WRITES) && writesInMemoryStore(file, c);
  const writes = dataStep(file).writes.filter((c) => !c.strings.some(writesVectors) && !dumpsModel(c) && !inMemory(c));
  const kept = trainsModel(file)
    ? writes.filter((c) => !SERIALISE_WRITES.test(c.name) && !namedForModelOutput(c))
    : scoresModel(file)
      ? writes.filter((c) => !namedForModelOutput(c))
      : preprocessorJob || fitsPreprocessor(file)
        ? writes.filter((c) => !OBJECT_DUMPS.test(c.name))
        : writes;
  const predictions = predictionWrites(file, kept);
  return kept.filter((c) => !predictions.has(c));
}

/**
 * The data writes of one module of a job some of whose modules train or
 * predict with a model: only a table or file of data counts, never a
 * serialised object (the model, a scaler, results kept as a pickle) nor a
 * frame named for metrics, results or predictions.
 */
export function modelJobWrites(file: PyFile, keepInMemory = false): CallFact[] {
  return dataWrites(file, keepInMemory).filter((c) => !SERIALISE_WRITES.test(c.name) && !namedForModelOutput(c));
}

/** Pickling an object (not saving an array or a frame). */
const OBJECT_DUMPS = /^(pickle|joblib|cloudpickle|dill)\.dump$/;

/**
 * A write whose frame, file or function is named for what a model made (predictions, a submission, metrics, scores,
 * results: `save_results_to_csv`), or whose frame is the model's train/test split (`x_test_sample.to_csv`).
 */
function namedForModelOutput(c: CallFact): boolean {
  const receiver = c.name.slice(0, c.name.lastIndexOf('.') + 1);
  const fn = c.inFunction ? lastSegment(c.inFunction) : '';
  return [receiver, fn, ...c.strings].some((s) => MODEL_OUTPUT.test(s)) || SPLIT_FRAME.test(receiver);
}

/** A frame named for the split a model is trained and tested on: `X_train`, `y_test`, `x_val_sample`. */
const SPLIT_FRAME = /(^|[^a-z])[xy]_?(train|test|val|valid|validation)([^a-z]|$)/i;

export const MODEL_OUTPUT = /(^|[^a-z])(preds?|predictions?|predicted|submissions?|submit|y_?hat|forecasts?|metrics?|scores?|results?|evaluation|report|comparisons?)([^a-z]|$)/i;

/**
 * Feature preprocessing for a model: a fitted scaler's or encoder's
 * `fit_transform`/`transform` (scikit-learn's transformer API). In a job
 * that trains or predicts, it prepares the model's input, not data.
 */
export const MODEL_PREPROCESSING = /(^|\.)(fit_transform|transform)$/;

/**
 * SQL that writes embeddings: into a table named for them (`embeddings`,
 * `chunk_vectors`), into columns so named, or as a pgvector literal
 * (`'[0.1, ...]'::vector`). A vector cache for search is retrieval plumbing
 * (rag), not data engineering.
 */
const VECTOR_NAME = String.raw`[\w."\x60]*?\b\w*?(?:embeddings?|vectors?)\w*`;
const VECTOR_WRITE = new RegExp(
  String.raw`\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPSERT\s+INTO|MERGE\s+INTO|COPY|UPDATE)\s+${VECTOR_NAME}\b|\bINSERT(?:\s+OR\s+\w+)?\s+INTO\s+[\w."\x60]+\s*\([^)]*\b\w*(?:embeddings?|vectors?)\b[^)]*\)|::\s*vector\b|\bSET\s+\w*(?:embedding|vector)s?\w*\s*=`,
  'i',
);

export function writesVectors(sql: string): boolean {
  return VECTOR_WRITE.test(sql);
}

/** SQL that reads a table's schema, not its data (`PRAGMA table_info`, `information_schema`, `DESCRIBE`). */
const SCHEMA_READ = /\bPRAGMA\b|\binformation_schema\b|^\s*(?:DESCRIBE|SHOW\s+(?:COLUMNS|TABLES|CREATE))\b|\bsqlite_master\b/i;

/**
 * Transformation SQL in a string of the module (INSERT ... SELECT with joins, CTAS, MERGE, UPDATE ... FROM) and the
 * call that runs it, cited at both: the runner nearest the statement, never one that reads a schema (a migration's
 * `PRAGMA table_info` check above its backfill is not the job), never SQL run while setting up a schema.
 */
export function sqlJobEvidence(file: PyFile): Evidence[] {
  const sql = file.facts.sql?.find((s) => !writesVectors(s.text) && !inSchemaSetup(file, s.line));
  if (!sql || NOT_SQL_PIPELINE.test(file.path)) return [];
  const runners = file.facts.calls.filter((c) => SQL_RUNNER.test(c.name) && !c.strings.some((x) => SCHEMA_READ.test(x)));
  const runner = [...runners].sort((a, b) => Math.abs(a.line - sql.line) - Math.abs(b.line - sql.line))[0];
  return runner ? [codeEvidence(file.path, sql, sql.text), callEvidence(file, runner)] : [];
}

function reads(file: PyFile): CallFact[] {
  const all = [...dataStep(file).reads, ...file.facts.calls.filter((c) => ROW_READS.test(c.name))];
  return all.filter((c) => !c.strings.some((x) => SCHEMA_READ.test(x))).sort((a, b) => a.line - b.line);
}

/**
 * Reads of a job without data frames (an API, a JSON or CSV file, a cursor's
 * rows): outside request handlers, none in a Django views module, never a
 * schema read. A job across modules takes them as a module's data reads.
 */
export function rowReads(file: PyFile): CallFact[] {
  if (isViewsModule(file)) return [];
  return file.facts.calls.filter((c) => ROW_READS.test(c.name) && !inHandler(file, c) && !c.strings.some((x) => SCHEMA_READ.test(x)));
}

/** The reads and writes of a job: outside request handlers, none in a Django views module (a web app's per-request CRUD). */
function jobIo(file: PyFile): { reads: CallFact[]; writes: CallFact[] } {
  if (isViewsModule(file)) return { reads: [], writes: [] };
  const job = (c: CallFact) => !inHandler(file, c);
  const writes = dataWrites(file).filter(job);
  return { reads: reads(file).filter((c) => job(c) && !writes.includes(c)), writes };
}

/**
 * A function of the module's own named for transforming data (`transform`,
 * `clean_row`, `create_chunks`): not a request handler, and not the job itself, so it neither
 * reads nor writes, nor calls a local function that does.
 */
export function transformFunction(file: PyFile, io: readonly CallFact[]): FunctionFact | undefined {
  const ioScopes = new Set(io.map((c) => c.inFunction).filter((s) => s !== undefined));
  const ioNames = new Set(file.facts.functions.filter((fn) => ioScopes.has(qualified(fn))).map((fn) => fn.name));
  return file.facts.functions.find(
    (fn) =>
      TRANSFORM_NAME.test(fn.name) &&
      !fn.placeholder &&
      fn.line !== undefined &&
      !isHandler(file, fn) &&
      !ioScopes.has(qualified(fn)) &&
      !fn.calls.some((n) => ioNames.has(lastSegment(n))),
  );
}

/** A plain-Python ETL module: it reads, transforms in a function named for it (`transform`, `clean_rows`), and writes rows into a database. */
export function rowEtlEvidence(file: PyFile): Evidence[] {
  const io = jobIo(file);
  const write = io.writes.find((c) => DB_WRITES.test(c.name));
  const read = io.reads[0];
  if (!write || !read) return [];
  const transform = transformFunction(file, [...io.reads, ...io.writes]);
  if (!transform) return [];
  return [callEvidence(file, read), codeEvidence(file.path, transform, `def ${transform.name}`, 'function'), callEvidence(file, write)];
}

/** A write that names where it goes (`to_csv("clean.csv")`, `to_sql("t", con)`) or a stream's producer; `df.to_csv()` only returns text. */
function writesSomewhere(c: CallFact): boolean {
  return c.strings.length > 0 || (c.names ?? []).length > 0 || c.kwargs.some((k) => /^(path|path_or_buf|name|con|file|target)$/.test(k)) || /Producer$|Client$/.test(c.name);
}

/**
 * A scraper's or an API client's job: rows fetched or parsed by the module
 * (an HTTP request, a JSON or CSV file, a cursor) built into a data frame
 * (FRAME_BUILDS), changed in two or more distinct ways of which one cleans,
 * joins or aggregates (renames and drops never count), and written
 * somewhere, outside request handlers. Building a frame and saving it
 * unchanged is a download, not a step; a model's script is never one.
 */
export function fetchedFrameEvidence(file: PyFile): Evidence[] {
  if (servesModel(file)) return [];
  const build = file.facts.calls.find((c) => FRAME_BUILDS.test(c.name) && !inHandler(file, c));
  if (!build) return [];
  const io = jobIo(file);
  const read = io.reads.find((c) => ROW_READS.test(c.name));
  const write = io.writes.find(writesSomewhere);
  if (!read || !write) return [];
  const ops = distinctOps(dataStep(file).transforms.filter((c) => !inHandler(file, c)));
  const decisive = ops.find((c) => CLEANING_OPS.test(c.name) || STRUCTURAL_OPS.test(c.name));
  if (ops.length < 2 || !decisive) return [];
  return [read, decisive, write].map((c) => callEvidence(file, c));
}

/**
 * A job given to an in-process scheduler: the module schedules a function,
 * reads data, transforms it (a join, an aggregation, cleaning, a function
 * named for it) and writes it. A scheduled copy, a scheduled retraining that
 * saves its model, and a scheduled reminder are not steps.
 */
export function scheduledJobEvidence(file: PyFile): Evidence[] {
  const schedule = file.facts.calls.find((c) => SCHEDULER_CALLS.test(c.name)) ?? file.facts.functions.flatMap((fn) => fn.decorators).find((d) => SCHEDULER_CALLS.test(d.name));
  if (!schedule) return [];
  const io = jobIo(file);
  const [read, write] = [io.reads[0], io.writes[0]];
  if (!read || !write) return [];
  const step = dataStep(file).transforms.find((c) => !inHandler(file, c));
  const fn = step ? undefined : transformFunction(file, [...io.reads, ...io.writes]);
  const transform = step ? callEvidence(file, step) : fn && codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
  return transform ? [configOrCall(file, schedule), callEvidence(file, read), transform, callEvidence(file, write)] : [];
}

function configOrCall(file: PyFile, at: { name: string; line: number; cell?: number }): Evidence {
  return codeEvidence(file.path, at, `${at.name}()`, 'call');
}
