// A hand-written LLM evaluation split across two scripts (llm_evals): one
// generates, the other scores.
//   - the generating file calls an LLM and writes, in one record, each
//     output beside its expected answer (a dict with an output field such as
//     `output`/`prediction`/`response` and a label field such as
//     `ground_truth`/`expected`/`label`), with a write call in that function;
//   - the scoring file, in the same project, names the same file path (a
//     pathlib chain or a literal, `results/predictions/*/*.jsonl`; or a
//     folder holding it, or a glob matching it), reads it, and computes a
//     label metric (scikit-learn metrics, `evaluate`, ROUGE/BLEU, or a metric
//     function of its own: `token_f1`, `exact_match`, `accuracy`).
// An application that logs its outputs writes no expected answer beside them,
// and nothing scores the log: it never counts.
//
// Or in one script whose grading function lives in a module of its own: code
// that runs the LLM (a call of its own, or the repository's generator classes
// within two imports, lib/llm-scopes.ts) hands the answers to a function of
// the repository, defined in the same file or imported, that grades them
// against the reference answers: named for grading (`eval_boxed_accuracy_
// results`, `score_answers`, or a metric: `exact_match`), with a parameter of
// reference answers and one of generated answers (`math_gold_answers`,
// `model_answers`), and aggregating them (`sum`, `mean`). A test (a parser's
// unit test), a file mocking the LLM or fitting a model of its own, and a
// `validate`/`check` of the reply (a guardrail, with no reference answers)
// never count.
import picomatch from 'picomatch';
import { matchesAny } from '../../catalog/index.js';
import { AGGREGATES, ANSWER_PARAM, GRADING_FUNCTIONS, LABEL_METRICS, MOCKING, REFERENCE_PARAM } from '../../catalog/tools/llm-calls.js';
import { OWN_METRIC } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { codeEvidence } from '../evidence.js';
import { callEvidence, lastSegment } from './code.js';
import { scopesReachingLlm } from './llm-scopes.js';
import { moduleIndexOf } from './local-modules.js';
import { modulesOf } from './model-reach-rules.js';

/** The request itself, cited rather than the client's construction when the file makes one. */
const REQUEST = /(completions|messages|chat|responses)\.create$|\.(generate_content|chat_completion|text_generation)$|(^|\.)(completion|acompletion)$/;
/** Fields holding what the LLM answered. */
const OUTPUT_KEY = /^(outputs?|predictions?|predicted(_\w+)?|preds?|y_pred|responses?|completions?|generations?|generated(_\w+)?|model_(output|answer|response)|llm_(output|answer|response)|raw_output|answer)$/i;
/** Fields holding the expected answer of a labelled example. */
const LABEL_KEY = /^(ground_truth|gt|gold(_\w+)?|expected(_\w+)?|references?|targets?|true_label|y_true|labels?|correct(_answer)?|answer_key|reference_answer|target_text)$/i;
/** Calls that write a record out. */
const WRITES = /(^|_)(write|writerow|writerows|dump|dumps|append|save|to_csv|to_json|to_parquet|to_jsonl)(_\w+)?$/;
/** Calls that read a file in. */
const READS = /^(read|load|open|glob|rglob|iterdir|listdir|scandir)(_\w+)?$|^(read|load)_|_(read|load)$/;

/** The record keys of a function: one output field and a different label field. */
function labelledRecord(keys: readonly string[] | undefined): boolean {
  if (!keys) return false;
  const outputs = keys.filter((k) => OUTPUT_KEY.test(k));
  return outputs.length > 0 && keys.some((k) => LABEL_KEY.test(k) && !outputs.includes(k));
}

/** The file writes outputs with their labels: a function building such a record and writing, or a write call given one. */
function writesLabelledOutputs(file: PyFile): boolean {
  const writing = new Set(file.facts.calls.filter((c) => c.inFunction && WRITES.test(lastSegment(c.name))).map((c) => c.inFunction));
  const byName = (fn: { name: string; className?: string }) => (fn.className ? `${fn.className}.${fn.name}` : fn.name);
  if (file.facts.functions.some((fn) => writing.has(byName(fn)) && labelledRecord(fn.dictKeys))) return true;
  return file.facts.calls.some((c) => WRITES.test(lastSegment(c.name)) && labelledRecord(c.keys));
}

/** Whether path `read` (a file, a glob, or a folder of files) names the file at `written`. */
export function samePath(written: string, read: string): boolean {
  if (written === read) return true;
  // Only paths with two literal parts or a literal file name: `data/*` or `*.jsonl` alone name too much.
  const specific = (p: string) => p.split('/').filter((s) => /^[^*]+$/.test(s)).length >= 2 || /^[^*]+\.\w+$/.test(p.split('/').pop() ?? '');
  if (!specific(written) || !specific(read)) return false;
  if (picomatch(read, { dot: true })(written) || picomatch(written, { dot: true })(read)) return true;
  return written.startsWith(`${read}/`) && read.split('/').filter((s) => s !== '*').length >= 2;
}

/** The metric calls of a scoring file: a label-metric library, then metric functions of the repository's own. */
function metricCalls(file: PyFile): CallFact[] {
  const library = file.facts.calls.filter((c) => matchesAny(c.name, LABEL_METRICS) && !/pairwise/.test(c.name));
  const own = new Set(file.facts.functions.filter((f) => OWN_METRIC.test(f.name)).map((f) => f.name));
  const local = file.facts.calls.filter((c) => (own.has(c.name) || (!c.name.includes('.') && OWN_METRIC.test(c.name))) && c.inFunction !== c.name);
  return [...library, ...local];
}

/**
 * Generate-then-score harnesses across files: the LLM call of the generating
 * file and the metric line of the scoring file.
 */
export function splitHarnesses(ctx: DetectContext, llm: readonly Evidence[]): Evidence[] {
  const writers = ctx.python.filter((f) => !f.test && llm.some((e) => e.path === f.path) && (f.facts.paths?.length ?? 0) > 0 && writesLabelledOutputs(f));
  if (writers.length === 0) return [];
  const out: Evidence[] = [];
  for (const writer of writers) {
    const project = ctx.projectOf(writer.path);
    const written = (writer.facts.paths ?? []).map((p) => p.text);
    for (const reader of ctx.python) {
      if (reader === writer || reader.test || ctx.projectOf(reader.path) !== project) continue;
      const paths = reader.facts.paths ?? [];
      if (!paths.some((p) => written.some((w) => samePath(w, p.text)))) continue;
      if (!reader.facts.calls.some((c) => READS.test(lastSegment(c.name)))) continue;
      const metric = metricCalls(reader)[0];
      if (!metric) continue;
      const mine = llm.filter((e) => e.path === writer.path);
      const request = writer.facts.calls.find((c) => REQUEST.test(c.name));
      out.push(request ? callEvidence(writer, request) : (mine.find((e) => e.kind === 'call') ?? mine[0]), callEvidence(reader, metric));
      break;
    }
  }
  return out;
}

/** A grading function: named for grading or a metric, given reference and generated answers, aggregating them into one score. */
export function gradesAnswers(fn: FunctionFact): boolean {
  if (!(GRADING_FUNCTIONS.test(fn.name) || OWN_METRIC.test(fn.name))) return false;
  const params = fn.params ?? [];
  const references = params.filter((p) => REFERENCE_PARAM.test(p));
  if (references.length === 0 || !params.some((p) => ANSWER_PARAM.test(p) && !references.includes(p))) return false;
  return fn.calls.some((c) => AGGREGATES.test(c));
}

/** The repository function a call names: a module-level function of the file, or one of a repository module it imports. */
function calledFunction(ctx: DetectContext, file: PyFile, call: string): { file: PyFile; fn: FunctionFact } | undefined {
  const name = lastSegment(call);
  const own = (f: PyFile) => f.facts.functions.find((fn) => !fn.className && fn.name === name);
  if (!call.includes('.')) {
    const fn = own(file);
    if (fn) return { file, fn };
  }
  const { targets, rest } = modulesOf(moduleIndexOf(ctx.python), file, call);
  if (rest !== 1) return undefined;
  for (const target of targets) {
    const fn = own(target);
    if (fn) return { file: target, fn };
  }
  return undefined;
}

/**
 * Harnesses whose grading function the LLM-running code calls (see the
 * header): the LLM call of the running file and the grading function.
 * `fits`: calls that fit a model of the repository's own.
 */
export function gradedHarnesses(ctx: DetectContext, llm: readonly Evidence[], fits: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    if (file.test || ctx.imports(MOCKING, [file]).length > 0 || file.facts.calls.some((c) => matchesAny(c.name, fits))) continue;
    const direct = llm.filter((e) => e.path === file.path && e.kind === 'call');
    const lines = new Set(direct.map((e) => e.line));
    const running = scopesReachingLlm(ctx, file, 2);
    for (const c of file.facts.calls) if (lines.has(c.line)) running.add(c.inFunction ?? '');
    if (running.size === 0) continue;
    for (const c of file.facts.calls) {
      if (!running.has(c.inFunction ?? '') || c.inFunction === c.name) continue;
      const graded = calledFunction(ctx, file, c.name);
      if (!graded || graded.file.test || !gradesAnswers(graded.fn)) continue;
      // The LLM call of the grading call's own scope, else one of the file's, else the scope's call into the repository's LLM code.
      const inScope = new Set(file.facts.calls.filter((x) => x.inFunction === c.inFunction).map((x) => x.line));
      const own = direct.find((e) => inScope.has(e.line ?? -1) && !e.generic) ?? direct.find((e) => inScope.has(e.line ?? -1)) ?? direct.find((e) => !e.generic);
      const request = file.facts.calls.find((x) => x.inFunction === c.inFunction && x.name !== c.name && modulesOf(moduleIndexOf(ctx.python), file, x.name).targets.length > 0);
      out.push(own ?? (request ? callEvidence(file, request) : callEvidence(file, c)), codeEvidence(graded.file.path, graded.fn, `def ${graded.fn.name}()`, 'function'));
      break;
    }
  }
  return out;
}
