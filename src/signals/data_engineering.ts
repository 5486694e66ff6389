// A `.py` module outside tests is a transformation step when it reads data,
// transforms it and writes it (catalog/tools/data-calls.ts: `read_csv`,
// `groupby`, `to_parquet`; loaders, PDF/Office text parsers, splitters and
// vector-store writes for a document-ingestion job), or applies three or
// more distinct transformations to data frames, one of them a join, an
// aggregation or cleaning, and hands
// its result on in memory (with or without reading it itself). A job that
// calls such steps in the repository's own modules (`load_documents`,
// `chunk_documents`, `build_vectorstore`, or methods of a class it imports
// from them: `self.store.save_chunks(docs)`) is a step across them, read as
// what it runs of those modules (the functions and methods it calls and
// theirs in turn, not a utilities module's other helpers); its read
// may be a plain-Python ETL's (an API, a JSON or CSV file, a cursor's rows,
// outside request handlers) when its rows are written into a database. A module
// that reads a stream and writes one (Kafka, Flink, Beam, Kinesis, Pub/Sub)
// is a streaming job; Spark's readers and writers count through their
// chains (`df.coalesce(1).write.mode(m).csv(p)`, `spark.readStream \` then
// `.format("kafka")...load()`: lib/data.ts), and a sink that keeps no data
// (Spark's console or memory sink, a foreachBatch that only shows its batch)
// is no write, nor is a producer that only ever sends literal messages (a
// demo beside a consumer that prints: lib/data.ts). Frame work in a function
// that draws a chart of it, writes no data and hands
// no value on (a smoothed reward curve from the run's own log CSVs) is
// reporting, never a transformation. Renames, drops, sorts, samples and splits never make a
// step on their own: a loader that writes its input unchanged, a report that
// renames columns and a dataset split into files are not transformation.
// A feature-transformer class whose methods aggregate or merge data frames
// counts (borderline), and so do a dbt project and SQL transformation files
// (`.sql` statements that write joined or aggregated data: parse/sql.ts),
// outside migrations and test fixtures; a dbt model that joins or aggregates
// (`{{ ref('x') }}`) is one even when the project's `dbt_project.yml` is not
// committed, but not an analysis or a macro, which dbt never writes. ORM sessions are not in the vocabulary.
// Without data frames (lib/data-jobs.ts): transformation SQL held in a Python
// string and run from the module (`client.query(sql)`, `spark.sql`); a module
// that reads a file, an API or a table, transforms in a function named for it
// and writes rows through a DB-API cursor (`executemany`, `execute_values`,
// `INSERT INTO ... VALUES`), parsing or converting records (`convert_line`) included; a module run by an in-process scheduler
// (APScheduler, `schedule`) that reads, transforms and writes data (a
// scheduled copy is not a step); a scraper or an API client that builds a
// data frame from what it fetched (`pd.DataFrame(rows)` after
// `requests.get`), cleans it in two or more ways and writes it to a file,
// a table or a stream (`KafkaProducer`). Request handlers (route decorators,
// class-based views, a Django views module) inserting rows are web CRUD, not
// ETL. A module that trains a model, predicts with one, saves or scores one
// is a step only when it writes data: its pickled or joblib-dumped model, its
// written predictions (`submission.to_csv`) and its models' scores
// (`results.to_csv("results.csv")`) are not data, and its in-memory frame
// work is not a step. So with a job across modules: when any of them
// trains, predicts or saves a model, only a table or file of data is its
// write (never a pickled model, scaler, metrics or results, nor
// predictions), and a scaler's `fit_transform` is the model's
// preprocessing, not its transformation. A dump named for a model or what
// it made (`pickle.dump(model, f)`, `"scaler.pkl"`) is never a data write.
// A module that fits a model's preprocessor (scikit-learn encoders, scalers, imputers, a column transformer)
// pickles that preprocessor, not data (`joblib.dump(preprocessor, p)`, its feature names), as does a job one of
// whose modules fits one; its arrays and frames written are data. One that also splits the data into training and
// test sets and hands them on is the model's preprocessing, never an in-memory step. In a module that trains, a
// write in a function named for results (`save_results_to_csv`) or of the split itself (`x_test.to_csv`) is the
// model's, and so is a Kaggle `submit` frame written.
// An image-dataset preparation job (read images, resize or convert them, write the result) counts: lib/image-jobs.ts.
// So does a record-file job in plain Python or NumPy (lib/record-jobs.ts): it reads records from files (JSON, JSON Lines,
// CSV rows, XML annotations, arrays, a Hugging Face dataset), turns them into other records in a function of its own named
// for it (`format_examples`, `convert_record`, `clean_text`, `to_yolo`) or computes features from them (`scipy.signal`),
// and writes records to files (`json.dump`, JSON Lines, CSV rows, YOLO label lines, `np.save`, `save_to_disk`); not a copy,
// a split into files, a config or a model's output read or written, nor a module that runs a model or calls an LLM.
// A document-ingestion job that chunks or cleans its text in a function of its
// own (`create_chunks`, `clean_text`) before writing a vector store counts: lib/document-jobs.ts.
// A Hugging Face dataset pushed to the Hub (`dataset_dict.push_to_hub`) is written, as with `save_to_disk`.
// A Kedro pipeline's node that joins, aggregates or cleans frames writes
// through the project's data catalog (lib/data-kedro.ts).
import { CLEANING_OPS, DB_WRITES, FRAME_LIBRARIES, NOT_SQL_PIPELINE, STRUCTURAL_OPS, TRANSFORM_NAME } from '../catalog/tools/data-calls.js';
import type { CallFact, FunctionFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { callEvidence, importsAny, lastSegment } from './lib/code.js';
import { dataStep, distinctOps, frameOpsIn, isTransformerClass } from './lib/data.js';
import { dataWrites, fetchedFrameEvidence, fitsPreprocessor, MODEL_PREPROCESSING, modelJobWrites, preparesModelInput, rowEtlEvidence, rowReads, scheduledJobEvidence, servesModel, sqlJobEvidence } from './lib/data-jobs.js';
import { kedroNodeEvidence } from './lib/data-kedro.js';
import { documentJobEvidence, documentTransform, functionEvidence, isVectorStoreWrite } from './lib/document-jobs.js';
import { imageJobEvidence } from './lib/image-jobs.js';
import { recordJobEvidence } from './lib/record-jobs.js';
import { moduleIndexOf } from './lib/local-modules.js';
import { savesIndex } from './lib/memory-stores.js';
import type { Evidence } from './types.js';
import { perFile } from './per-file.js';

const MIN_OPS_WITHOUT_WRITE = 3;

/** The files data_engineering reads as modules: not notebooks, not tests, not a schema migration. */
function isModule(file: PyFile): boolean {
  return !file.notebook && !file.test && !NOT_SQL_PIPELINE.test(file.path);
}

const stepEvidence = perFile(findStep, { warm: isModule });

function findStep(file: PyFile): Evidence[] {
  const { reads, transforms, stream } = dataStep(file);
  const writes = dataWrites(file);
  if (stream.reads.length > 0 && stream.writes.length > 0) return [stream.reads[0], ...transforms.slice(0, 1), stream.writes[0]].map((c) => callEvidence(file, c));
  const sql = sqlJobEvidence(file);
  if (sql.length > 0) return sql;
  if (transforms.length > 0 && reads.length > 0 && writes.length > 0) return [reads[0], transforms[0], writes[0]].map((c) => callEvidence(file, c));
  const documents = documentJobEvidence(file);
  if (documents.length > 0) return documents;
  const rows = rowEtlEvidence(file);
  if (rows.length > 0) return rows;
  const scheduled = scheduledJobEvidence(file);
  if (scheduled.length > 0) return scheduled;
  const fetched = fetchedFrameEvidence(file);
  if (fetched.length > 0) return fetched;
  // A script that loads data and trains a model, predicts with one or saves one writes no transformed data: whatever it does to frames in memory is not a step;
  // nor is a module that fits the model's encoders or scalers and splits the data into training and test sets, handing them on.
  if (transforms.length === 0 || servesModel(file) || preparesModelInput(file)) return [];
  // In memory: a read joined or aggregated in three or more ways; or a function named for it cleaning, joining or aggregating frames.
  const ops = distinctOps(transforms);
  const structural = ops.filter((c) => STRUCTURAL_OPS.test(c.name));
  if (reads.length > 0 && ops.length >= MIN_OPS_WITHOUT_WRITE && structural.length > 0) return [reads[0], ...structural.slice(0, 2)].map((c) => callEvidence(file, c));
  return importsAny(file, FRAME_LIBRARIES) ? transformFunction(file, transforms) : [];
}

/** The first function named for transforming data (or in a module so named) that cleans, joins or aggregates frames in three distinct ways. */
function transformFunction(file: PyFile, transforms: readonly CallFact[]): Evidence[] {
  const byFunction = new Map<string, CallFact[]>();
  for (const c of transforms) if (c.inFunction) byFunction.set(c.inFunction, [...(byFunction.get(c.inFunction) ?? []), c]);
  const named = TRANSFORM_NAME.test(file.path.slice(file.path.lastIndexOf('/') + 1));
  for (const [fn, calls] of byFunction) {
    if (!named && !TRANSFORM_NAME.test(fn)) continue;
    const ops = distinctOps(calls);
    const decisive = ops.filter((c) => STRUCTURAL_OPS.test(c.name) || CLEANING_OPS.test(c.name));
    if (ops.length >= MIN_OPS_WITHOUT_WRITE && decisive.length > 0) return decisive.slice(0, 2).map((c) => callEvidence(file, c));
  }
  return [];
}

const CALLED_PARTS = new WeakMap<PyFile, Map<string, PyFile>>();

/** What runs when a class of the module is constructed. */
const CONSTRUCTOR = /^__(init|post_init|new)__$/;

/**
 * What a job runs of a module it calls into: the module's functions and
 * methods the job calls by name (a class it constructs runs its
 * `__init__`), and those the module's reached code calls in turn. A
 * utilities module's other helpers (an `evaluate_models` beside the
 * `save_array` the job calls, a `read_csv` in a function the job never
 * uses) are not part of the job, and neither is its module-level code.
 */
function calledPart(module: PyFile, called: ReadonlySet<string>): PyFile {
  const fns = module.facts.functions;
  const qualified = (fn: FunctionFact) => (fn.className ? `${fn.className}.${fn.name}` : fn.name);
  // By the name a call uses: a function's or method's own name, a class's name for its constructor.
  const byName = new Map<string, FunctionFact[]>();
  const add = (name: string, fn: FunctionFact) => byName.set(name, [...(byName.get(name) ?? []), fn]);
  for (const fn of fns) {
    add(fn.name, fn);
    if (fn.className && CONSTRUCTOR.test(fn.name)) add(fn.className, fn);
  }
  const reached = new Set<string>();
  const seen = new Set<string>();
  for (const queue = [...called]; queue.length > 0; ) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const fn of byName.get(name) ?? []) {
      const q = qualified(fn);
      if (reached.has(q)) continue;
      reached.add(q);
      for (const callee of fn.calls) queue.push(lastSegment(callee));
    }
  }
  const key = [...reached].sort().join(',');
  let views = CALLED_PARTS.get(module);
  if (!views) CALLED_PARTS.set(module, (views = new Map()));
  let view = views.get(key);
  if (!view) {
    const facts = {
      ...module.facts,
      calls: module.facts.calls.filter((c) => c.inFunction !== undefined && reached.has(c.inFunction)),
      functions: fns.filter((fn) => reached.has(qualified(fn))),
    };
    views.set(key, (view = { ...module, facts }));
  }
  return view;
}

/**
 * A job that calls steps of its own modules: the job module and what it
 * runs of the local modules whose functions it calls (calledPart) read,
 * transform and write between them. Each line is cited where it runs.
 */
function jobEvidence(ctx: DetectContext, modules: readonly PyFile[]): Evidence[] {
  const index = moduleIndexOf(ctx.python);
  const out: Evidence[] = [];
  for (const job of modules) {
    if (stepEvidence(job).length > 0) continue;
    const called = new Set(job.facts.calls.map((c) => lastSegment(c.name)));
    // Classes the job imports by name: their methods it calls run in the job too (`self.db.save_chunks(docs)`).
    const imported = new Set(job.facts.imports.flatMap((i) => (i.name ? [i.name] : [])));
    const runs = (fn: FunctionFact) =>
      fn.className === undefined ? called.has(fn.name) : (called.has(fn.name) && imported.has(fn.className)) || (CONSTRUCTOR.test(fn.name) && called.has(fn.className));
    // The called modules first: their lines do the work; the job's own come last.
    const helpers = index.reachable(job, 1).filter((m) => !m.test && m.facts.functions.some(runs));
    const parts = [...helpers.map((m) => calledPart(m, called)), job];
    if (parts.length < 2) continue;
    const find = <T>(pick: (f: PyFile) => readonly T[]) => {
      const file = parts.find((f) => pick(f).length > 0);
      return file && { file, call: pick(file)[0] };
    };
    // A data-frame read, or as in a plain-Python ETL module an API, a file or a cursor read (outside request
    // handlers) whose rows the job writes into a database: a search or LLM request feeding an in-memory store is none.
    // A job some of whose modules train or predict with a model writes data only as a table or file of data (not the
    // model, a scaler, metrics or predictions), and a scaler's fit_transform there prepares the model's input.
    const frameRead = find((f) => dataStep(f).reads);
    const read = frameRead ?? find(rowReads);
    // Nothing read: no job, whatever the rest (asked first, as the cheapest question).
    if (!read) continue;
    const modelJob = parts.some(servesModel);
    const transform = find((f) => (modelJob ? dataStep(f).transforms.filter((c) => !MODEL_PREPROCESSING.test(c.name)) : dataStep(f).transforms));
    // A store built in memory in one module counts when another of the job's saves it (`vs.save_local(path)`).
    const saved = parts.some(savesIndex);
    // A job one of whose modules fits a model's preprocessor pickles that preprocessor, wherever the pickling runs.
    const preprocessorJob = parts.some(fitsPreprocessor);
    const writes = (f: PyFile) => (modelJob ? modelJobWrites(f, saved) : dataWrites(f, saved, preprocessorJob));
    const write = find((f) => (frameRead ? writes(f) : writes(f).filter((c) => DB_WRITES.test(c.name))));
    if (!read || !write) continue;
    if (transform) out.push(...[read, transform, write].map(({ file, call }) => callEvidence(file, call)));
    else if (frameRead && isVectorStoreWrite(write.call)) {
      // A document-ingestion job that chunks or cleans its text in a function of its own (lib/document-jobs.ts).
      const own = find((f) => [documentTransform(f)].filter((fn) => fn !== undefined));
      if (own) out.push(callEvidence(read.file, read.call), functionEvidence(own.file, own.call), callEvidence(write.file, write.call));
    }
  }
  return out;
}

function transformerEvidence(file: PyFile): Evidence[] {
  const out: Evidence[] = [];
  for (const cls of file.facts.classes) {
    if (!isTransformerClass(cls)) continue;
    const ops = frameOpsIn(file, cls);
    if (ops.length === 0) continue;
    out.push(codeEvidence(file.path, cls, `class ${cls.name}`, 'class'), callEvidence(file, ops[0]));
  }
  return out;
}

/** dbt's folders of SQL that dbt compiles but never writes: analyses (ad-hoc queries) and macros. */
const DBT_UNWRITTEN = /(^|\/)(analys[ei]s|macros)\//i;

/** The first transforming statement of each SQL script; a dbt model's query counts where dbt writes it (parse/sql.ts). */
function sqlEvidence(ctx: DetectContext): Evidence[] {
  return ctx
    .ofFormat('sql')
    .flatMap((f) => {
      const first = (f.sql ?? []).find((s) => !s.kind.startsWith('vector-') && s.kind !== 'time-travel' && !(s.kind === 'dbt-model' && DBT_UNWRITTEN.test(f.path)));
      return first && !NOT_SQL_PIPELINE.test(f.path) ? [configEvidence(f.path, first, first.text)] : [];
    });
}

function detectDataEngineering(ctx: DetectContext): Evidence[] {
  const modules = ctx.python.filter(isModule);
  return [...modules.flatMap(stepEvidence), ...jobEvidence(ctx, modules), ...modules.flatMap(transformerEvidence), ...modules.flatMap(imageJobEvidence), ...recordJobEvidence(ctx, modules.filter((m) => stepEvidence(m).length === 0)), ...sqlEvidence(ctx), ...kedroNodeEvidence(ctx, modules)];
}

export const dataEngineering = defineDetector({
  id: 'data_engineering',
  area: 'ml',
  rule: 'the repository has its own data-transformation step outside notebooks: modules or jobs that load, transform (join, aggregate, compute features, clean) and write data with pandas, polars, Dask, PySpark, DuckDB, SQL transformation files or dbt; ETL/ELT and streaming jobs. Cleaning done only in notebook cells, and ORM create/read/update/delete in a web app, do not count.',
  // A dbt project (`dbt_project.yml`, dbt's config file) counts as a file.
  uses: 'declared',
  toolFiles: true,
  detect: detectDataEngineering,
});
