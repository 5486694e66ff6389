// data_engineering's record-file jobs (dev-set convention: dataset
// preparation in plain Python counts, borderline): a module outside notebooks
// and tests that reads data records from a file without a data frame (JSON,
// JSON Lines, CSV rows, XML annotations, NumPy arrays, a Hugging Face
// dataset, images for their annotations), turns them into other records in
// code of its own, and writes records to files. The read, the transformation
// and the write are run by one job: a function of the module, or its top
// level, with the functions of the module it calls. The transformation is
//   - a function named for transforming records (`clean_text`,
//     `format_examples`, `convert_record`, `to_yolo`, `build_prompt`:
//     TRANSFORM_NAME, RECORD_TRANSFORM_NAME) that the job calls and that reads
//     and writes nothing itself nor returns its input as it came, in the module or imported from a module of
//     the repository's own; never one named for or calling a split, shuffle or
//     sample (a dataset split into files is none);
//   - or the job's own function so named, building new records (dict
//     literals: `reformat_jsonl` writing `{"tool_calls": ...}`);
//   - or signal and feature computations over the arrays read
//     (`scipy.signal.filtfilt`, `librosa.feature.mfcc`: FEATURE_OPS).
// The writes are files of records: `json.dump`, a line written with
// `json.dumps` (JSON Lines), CSV rows, a formatted record line written in a
// loop to a file the function opened for writing (`f.write(f"{cls} {x}
// {y}\n")`, a YOLO label), and the file writes of DATA_WRITES (`np.save`,
// `save_to_disk`, `to_json`).
// Not a record job: a loader that writes its input unchanged, or only
// renames its fields (no transformation of its own); a split into files; a
// config read or written, or a file named for a model, its metrics, results,
// predictions, a log, a summary or a report (read or written); a module that
// trains, predicts with, scores or saves a model, runs one
// (`model.generate`, `torch.no_grad`, a pipeline) or calls an LLM: what it
// writes is the model's output; request handlers and Django views modules.
import { FEATURE_OPS, RECORD_READS, RECORD_TRANSFORM_NAME, RECORD_WRITES, SPLIT_CALLS, SPLIT_NAME, TRAINING_CALLS, TRANSFORM_NAME } from '../../catalog/tools/data-calls.js';
import { EVAL_PATH } from '../../catalog/tools/llm-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn, lastSegment } from './code.js';
import { dataStep } from './data.js';
import { dataWrites, MODEL_OBJECT, MODEL_OUTPUT, servesModel } from './data-jobs.js';
import { inHandler, isHandler, isViewsModule, qualified } from './data-scope.js';
import { IMAGE_READS, INFERS, TRAINS } from './image-jobs.js';
import { llmPaths } from './llm.js';
import { moduleIndexOf, type ModuleIndex } from './local-modules.js';

/** A file opened (`open`, `path.open`, `gzip.open`); its mode among its strings. */
const FILE_OPEN = /^(open|io\.open|codecs\.open|gzip\.open|bz2\.open|lzma\.open)$|^\?\.open$|^[\w.]*(path|file|dir)\w*\.open$/i;
const WRITE_MODE = /^[wax][bt]?\+?$/;
/** Reading a whole text file (`path.read_text()`, `f.readlines()`): `json.loads` of it is a JSON read. */
const TEXT_READ = /(^|\.)(read_text|readlines|read)$/;
const JSON_PARSE = /^json\.loads$/;
const JSON_TEXT = /^json\.dumps$/;
/** A line written to a file (`f.write(...)`, `f.writelines(...)`). */
const LINE_WRITE = /(^|\.)(write|writelines)$/;
/** Writes that hold an image's annotations: label lines, a JSON document. */
const ANNOTATION_WRITES = /(^|\.)(write|writelines)$|^json\.dump$/;
const CSV_WRITER = /^csv\.(writer|DictWriter)$/;
/** The file writes of DATA_WRITES a record job may make (not a stream, a table or a vector store). */
const FILE_WRITES = /(^|\.)(to_parquet|to_csv|to_json|to_feather|to_excel|to_pickle|to_hdf|write_parquet|write_csv|write_json|write_ndjson|write_ipc|save_to_disk|push_to_hub|tofile)$|^(pickle|joblib)\.dump$|^numpy\.(save|savez|savez_compressed|savetxt)$|^scipy\.sparse\.save_npz$/;
/** A formatted line of two or more fields (`f"{cls} {x} {y}\n"`). */
const RECORD_LINE = /\{[^{}]*\}[^{}]+\{[^{}]*\}/;
/** Files that hold no data records: configuration, logs, read-mes, summaries, statistics, markup. */
const NOT_DATA =
  /(^|[^a-z])(config|configs|cfg|conf|settings|params|hparams|hyperparams|logs?|readme|summary|stats|statistics|secrets?|credentials|manifests?|metadata|meta|cache|vectors?|embeddings?)([^a-z]|$)|\.(md|html?|log|ya?ml|toml|ini|cfg|tex)$/i;
/** Functions named for something else than turning records into records: a hash, a path or URL helper, a predicate or a check. */
const NOT_TRANSFORM = /fingerprint|hash|checksum|uri|url|path|(^|_)(is|has|can|should|check|validate|valid)(_|$)/i;
/** Running a model: a generation, a pipeline, a sentence encoder, a detector; a pretrained model (not a tokenizer or processor) loaded. */
const MODEL_RUNS = /(^|\.)(generate|embed_documents|embed_query)$|^(transformers\.pipeline|sentence_transformers\.SentenceTransformer|ultralytics\.YOLO)$/;
const PRETRAINED = /(^|\.)from_pretrained$/;
const NOT_MODEL = /Tokeni[sz]er|Processor|Config|FeatureExtractor|Dataset/;

/**
 * What a call is about: its receiver (`self.log_path.open` → `self.log_path`), its strings, the names given it and the
 * name it is bound to, the last part of attributes handed it (`args.config` → `config`).
 */
function subjects(c: CallFact): string[] {
  const refs = (c.refs ?? []).map((r) => lastSegment(r.slice(r.indexOf('=') + 1)));
  return [c.name.slice(0, Math.max(0, c.name.lastIndexOf('.'))), ...c.strings, ...(c.names ?? []), ...(c.bound ?? []), ...refs];
}

function notData(c: CallFact | undefined): boolean {
  return c !== undefined && subjects(c).some((s) => NOT_DATA.test(s) || MODEL_OUTPUT.test(s) || MODEL_OBJECT.test(s));
}

function isOpen(c: CallFact): boolean {
  return FILE_OPEN.test(c.name);
}

function writeMode(c: CallFact): boolean {
  return c.strings.some((s) => WRITE_MODE.test(s));
}

/** The file opened last before the call in its scope, for reading or for writing. */
function openedBefore(file: PyFile, c: CallFact, forWriting: boolean): CallFact | undefined {
  return callsIn(file, c.inFunction)
    .filter((o) => isOpen(o) && o.line <= c.line && writeMode(o) === forWriting)
    .at(-1);
}

/** The JSON text a line write writes: `json.dumps` in its scope, on its line or between it and the file's opening. */
function jsonTextOf(file: PyFile, c: CallFact, opened: CallFact): CallFact | undefined {
  return callsIn(file, c.inFunction).find((o) => JSON_TEXT.test(o.name) && o.line >= opened.line && o.line <= c.line);
}

/** The module runs a model, trains one or calls an LLM in ways data-jobs' servesModel leaves out. */
function runsModel(file: PyFile): boolean {
  return file.facts.calls.some(
    (c) =>
      MODEL_RUNS.test(c.name) ||
      INFERS.test(c.name) ||
      TRAINS.test(c.name) ||
      TRAINING_CALLS.test(c.name) ||
      (PRETRAINED.test(c.name) && !NOT_MODEL.test(c.name)),
  );
}

/** Record reads of the module outside request handlers, none of a config or of a model's output. */
function recordReads(file: PyFile, calls: readonly CallFact[]): CallFact[] {
  const frames = new Set(dataStep(file).reads);
  const read = (c: CallFact) => {
    if (frames.has(c) || RECORD_READS.test(c.name) || IMAGE_READS.test(c.name)) return true;
    // `json.loads(line)` reads a record when its scope opens a file for reading or reads one whole.
    return JSON_PARSE.test(c.name) && callsIn(file, c.inFunction).some((o) => (isOpen(o) && !writeMode(o)) || TEXT_READ.test(o.name));
  };
  return calls.filter((c) => read(c) && !notData(c) && !notData(openedBefore(file, c, false)));
}

/** Record writes of the module outside request handlers, none of a config, a log, a report or a model's output. */
function recordWrites(file: PyFile, calls: readonly CallFact[]): CallFact[] {
  const files = new Set(dataWrites(file).filter((c) => FILE_WRITES.test(c.name)));
  const loops = file.facts.loops ?? [];
  const write = (c: CallFact): boolean => {
    if (files.has(c) || /^(json\.dump|srsly\.write_(json|jsonl))$/.test(c.name)) return true;
    const scope = callsIn(file, c.inFunction);
    if (/(^|\.)writerows?$/.test(c.name)) return scope.some((o) => CSV_WRITER.test(o.name));
    if (/(^|\.)write_all$/.test(c.name)) return scope.some((o) => /^jsonlines\.(open|Writer)$/.test(o.name));
    const opened = LINE_WRITE.test(c.name) ? openedBefore(file, c, true) : undefined;
    if (!opened) return false;
    // A JSON Lines record: `f.write(json.dumps(rec) + "\n")`, or its JSON text made on a line of its own after the file was opened.
    if (jsonTextOf(file, c, opened)) return true;
    // A formatted record line written in a loop (a YOLO label line, a TSV row).
    return c.strings.some((s) => RECORD_LINE.test(s)) && loops.some((l) => l.line < c.line && c.line <= l.endLine);
  };
  return calls.filter((c) => {
    if (!write(c)) return false;
    const opened = openedBefore(file, c, true);
    return !notData(c) && !notData(opened && jsonTextOf(file, c, opened)) && !notData(opened);
  });
}

/** A function named for transforming records, that does work of its own: not a stub, not an identity (`return df`), not a split, shuffle or sample. */
function namedTransform(fn: FunctionFact): boolean {
  return (
    (TRANSFORM_NAME.test(fn.name) || RECORD_TRANSFORM_NAME.test(fn.name)) &&
    !SPLIT_NAME.test(fn.name) &&
    !NOT_TRANSFORM.test(fn.name) &&
    !fn.placeholder &&
    !fn.identity &&
    fn.line !== undefined &&
    !fn.calls.some((n) => SPLIT_CALLS.test(n))
  );
}

interface Job {
  read: CallFact;
  transform: Evidence;
  write: CallFact;
}

/**
 * The functions a scope runs: the scope, and the module's functions it calls
 * by name (`clean(x)`) or its methods called on `self`, and theirs in turn
 * (qualified names; '' is the module's top level). A method of another
 * receiver is not followed (`rows.append(r)` is no `Store.append`).
 */
function reachOf(file: PyFile, scope: string, byName: ReadonlyMap<string, readonly FunctionFact[]>): Set<string> {
  const reached = new Set<string>([scope]);
  for (const queue = [scope]; queue.length > 0; ) {
    const at = queue.pop() as string;
    for (const c of callsIn(file, at || undefined)) {
      const method = /^(self|cls)\.\w+$/.test(c.name);
      if (!method && c.name.includes('.')) continue;
      for (const fn of (byName.get(lastSegment(c.name)) ?? []).filter((f) => (f.className !== undefined) === method)) {
        const q = qualified(fn);
        if (reached.has(q)) continue;
        reached.add(q);
        queue.push(q);
      }
    }
  }
  return reached;
}

/** A function of another module of the repository's own, imported by name and named for transforming records. */
function importedTransforms(file: PyFile, index: ModuleIndex): Map<string, { module: PyFile; fn: FunctionFact }> {
  const out = new Map<string, { module: PyFile; fn: FunctionFact }>();
  for (const imp of file.facts.imports) {
    if (!imp.name || imp.name === '*') continue;
    const local = imp.alias ?? imp.name;
    for (const module of index.resolveImport(imp, file)) {
      if (module.test || module.notebook) continue;
      const fn = module.facts.functions.find((f) => f.name === imp.name && !f.className);
      // It reads and writes nothing itself: a transformation, not another job.
      const io = fn && module.facts.calls.some((c) => c.inFunction === fn.name && (RECORD_READS.test(c.name) || RECORD_WRITES.test(c.name) || LINE_WRITE.test(c.name) || isOpen(c)));
      if (fn && namedTransform(fn) && !io) out.set(local, { module, fn });
    }
  }
  return out;
}

function recordJob(file: PyFile, index: ModuleIndex): Job | undefined {
  // Evaluation code writes a model's scores (the catalogue's evaluation paths: `eval/`, `evaluate_*.py`, `benchmarks/`).
  if (isViewsModule(file) || EVAL_PATH.test(file.path)) return undefined;
  const calls = file.facts.calls.filter((c) => !inHandler(file, c));
  const reads = recordReads(file, calls);
  if (reads.length === 0) return undefined;
  const writes = recordWrites(file, calls);
  if (writes.length === 0) return undefined;
  // The model's script: what it writes is the model's output (lib/data-jobs.ts, lib/image-jobs.ts).
  if (servesModel(file) || runsModel(file)) return undefined;
  const fns = file.facts.functions.filter((fn) => !isHandler(file, fn));
  const byName = new Map<string, FunctionFact[]>();
  for (const fn of fns) byName.set(fn.name, [...(byName.get(fn.name) ?? []), fn]);
  const scopeOf = (c: CallFact) => c.inFunction ?? '';
  const ioScopes = new Set([...reads, ...writes].map(scopeOf));
  const imported = importedTransforms(file, index);
  const reaches = new Map<string, Set<string>>();
  const reachFrom = (scope: string) => {
    let found = reaches.get(scope);
    if (!found) reaches.set(scope, (found = reachOf(file, scope, byName)));
    return found;
  };
  // A function that reads or writes, or calls one that does, is part of the job, not its transformation.
  const doesIo = (fn: FunctionFact) => [...reachFrom(qualified(fn))].some((q) => ioScopes.has(q));
  for (const scope of ['', ...fns.map(qualified)]) {
    const reach = reachFrom(scope);
    // Images are read as records only for their annotations: with label lines or a JSON document written (YOLO, COCO), not a table or an array.
    const read = reads.find((c) => reach.has(scopeOf(c)) && !IMAGE_READS.test(c.name)) ?? reads.find((c) => reach.has(scopeOf(c)));
    const write = writes.find((c) => reach.has(scopeOf(c)) && (!IMAGE_READS.test(read?.name ?? '') || ANNOTATION_WRITES.test(c.name)));
    if (!read || !write) continue;
    const reachedFns = fns.filter((fn) => reach.has(qualified(fn)));
    // A function of its own named for the transformation, reading and writing nothing (nor calling what does).
    const own = reachedFns.find((fn) => namedTransform(fn) && !doesIo(fn));
    if (own) return { read, transform: codeEvidence(file.path, own, `def ${own.name}`, 'function'), write };
    const call = calls.find((c) => reach.has(scopeOf(c)) && imported.has(lastSegment(c.name)));
    if (call) {
      const { module, fn } = imported.get(lastSegment(call.name)) as { module: PyFile; fn: FunctionFact };
      return { read, transform: codeEvidence(module.path, fn, `def ${fn.name}`, 'function'), write };
    }
    // The job's own function named for the transformation, building new records.
    const builder = reachedFns.find((fn) => namedTransform(fn) && ioScopes.has(qualified(fn)) && (fn.dictKeys ?? []).length > 0);
    if (builder) return { read, transform: codeEvidence(file.path, builder, `def ${builder.name}`, 'function'), write };
    // Features computed from the arrays read.
    const feature = calls.find((c) => reach.has(scopeOf(c)) && FEATURE_OPS.test(c.name));
    if (feature) return { read, transform: callEvidence(file, feature), write };
  }
  return undefined;
}

/** Record-file jobs of the modules (not notebooks or tests: the caller's choice), outside files that call an LLM. */
export function recordJobEvidence(ctx: DetectContext, modules: readonly PyFile[]): Evidence[] {
  const llm = llmPaths(ctx);
  const index = moduleIndexOf(ctx.python);
  return modules.flatMap((file) => {
    if (llm.has(file.path)) return [];
    const job = recordJob(file, index);
    return job ? [callEvidence(file, job.read), job.transform, callEvidence(file, job.write)] : [];
  });
}
