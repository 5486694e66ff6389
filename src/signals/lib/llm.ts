// Shared rules of the "LLM and generative AI" detectors: where an LLM is
// called, and which files evaluate rather than run the application.
import { matchesAny } from '../../catalog/index.js';
import {
  EVAL_PATH,
  HF_GENERATIVE_MODEL,
  HF_SEQ2SEQ_MODEL,
  HF_TEXT_GENERATION,
  HOSTED_MODEL_RUNS,
  INFERENCE_MODE,
  LLM_SERVICE_CLIENTS,
  LLM_SERVICE_NAMES,
  LM_MODEL_ID,
  SEQ2SEQ_INSTRUCT,
} from '../../catalog/tools/llm-calls.js';
import type { CallFact, ImportFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { toolEvidence } from '../tool-rule.js';
import type { Evidence } from '../types.js';
import { callStrings } from './call-strings.js';
import { callEvidence } from './code.js';
import { isLlmHttpCall } from './llm-http.js';
import { langchainModels } from './llm-langchain.js';
import { perFile } from '../per-file.js';

/**
 * Hugging Face text generation: a text-generation pipeline, `.generate()` in a
 * file that loads a generative LM, or a generative LM put in inference mode
 * (`.eval()`, Unsloth's `for_inference`) in the function that loads it. An
 * encoder-decoder task model (BART, mBART, T5, Marian, Pegasus: translation,
 * summarisation) is a generative LM only when the file names an
 * instruction-tuned checkpoint (FLAN-T5, T0, mT0: SEQ2SEQ_INSTRUCT); so is a
 * text2text-generation pipeline, unless it is given no checkpoint of its own
 * and the file loads no such task model (a model object from elsewhere).
 */
function hfGeneration(file: PyFile): Evidence[] {
  const calls = file.facts.calls;
  const instruct = calls.some((c) => callStrings(c).some((s) => SEQ2SEQ_INSTRUCT.test(s)));
  const seq2seq = (c: CallFact) => HF_SEQ2SEQ_MODEL.test(c.name);
  const taskModels = !instruct && calls.some(seq2seq);
  const pipelines = calls.filter(
    (c) =>
      c.name === 'transformers.pipeline' &&
      c.strings.some((s) => HF_TEXT_GENERATION.test(s)) &&
      (!c.strings.includes('text2text-generation') || instruct || (!taskModels && !namesCheckpoint(c))),
  );
  const models = calls.filter((c) => HF_GENERATIVE_MODEL.test(c.name) && !INFERENCE_MODE.test(c.name) && (instruct || !seq2seq(c)));
  const out = pipelines.map((c) => callEvidence(file, c, 'transformers'));
  if (models.length === 0) return out;
  // `model.generate(...)`; a bare `generate(...)` is the author's own function.
  const generate = calls.find((c) => /\.generate$/.test(c.name));
  if (generate) return [...out, callEvidence(file, models[0], 'transformers'), callEvidence(file, generate, 'transformers')];
  for (const model of models) {
    const run = calls.find((c) => c.inFunction === model.inFunction && INFERENCE_MODE.test(c.name) && inferenceCall(c));
    if (run) return [...out, callEvidence(file, model, 'transformers'), callEvidence(file, run, 'transformers')];
  }
  return out;
}

/** A pipeline given a checkpoint by string besides its task: `model="t5-small"`, a second positional string, or a constant passed by name. */
function namesCheckpoint(c: CallFact): boolean {
  const given = c.strings.filter((s, i) => !HF_TEXT_GENERATION.test(s) && ['', 'model'].includes(c.passedAs?.[i] ?? ''));
  return given.length > 0 || (c.resolved ?? []).some((s) => !HF_TEXT_GENERATION.test(s));
}

/** `model.eval()` takes nothing (an `eval(...)` given something is another function); `for_inference(model)` is Unsloth's. */
function inferenceCall(c: CallFact): boolean {
  return !c.name.endsWith('.eval') || (c.strings.length === 0 && c.kwargs.length === 0 && (c.names ?? []).length === 0 && (c.refs ?? []).length === 0);
}

/**
 * A cloud LLM service named by string (`boto3.client("bedrock-runtime")`),
 * or an LLM HTTP API requested directly (lib/llm-http.ts).
 */
function serviceClients(file: PyFile): Evidence[] {
  return file.facts.calls
    .filter(
      (c) =>
        (matchesAny(c.name, LLM_SERVICE_CLIENTS) && callStrings(c).some((s) => LLM_SERVICE_NAMES.test(s))) || isLlmHttpCall(file, c),
    )
    .map((c) => callEvidence(file, c));
}

/** A hosted model run by reference that is a language model (`replicate.run("meta/meta-llama-3-8b-instruct", ...)`); an image model is not. */
function hostedModelRuns(file: PyFile): Evidence[] {
  return file.facts.calls.filter((c) => HOSTED_MODEL_RUNS.test(c.name) && callStrings(c).some((s) => LM_MODEL_ID.test(s))).map((c) => callEvidence(file, c, 'replicate'));
}

/**
 * LLM calls beyond the catalogue's LLM tools: Hugging Face text generation, cloud LLM services named by string, LLM HTTP APIs,
 * hosted LLM runs, LangChain chat models of providers the catalogue does not list (lib/llm-langchain.ts).
 */
export function llmCalls(ctx: DetectContext): Evidence[] {
  return [...ctx.python.flatMap(fileLlmCalls), ...langchainModels(ctx)];
}

const fileLlmCalls = perFile((file: PyFile): Evidence[] => [...hfGeneration(file), ...serviceClients(file), ...hostedModelRuns(file)]);

const CACHE = new WeakMap<DetectContext, Evidence[]>();

/** Every place an LLM is called or its client or class is brought in: llm_integration's evidence (its tools count by import). */
export function llmEvidence(ctx: DetectContext): Evidence[] {
  let found = CACHE.get(ctx);
  if (!found) {
    found = [...toolEvidence(ctx, 'llm_integration', 'import'), ...llmCalls(ctx)];
    CACHE.set(ctx, found);
  }
  return found;
}

/** Paths of the files that call an LLM. */
export function llmPaths(ctx: DetectContext): Set<string> {
  return new Set(llmEvidence(ctx).map((e) => e.path));
}

/** Tests and evaluation code: outside the application's own LLM input and output. */
export function isEvalOrTest(path: string, test = false): boolean {
  return test || EVAL_PATH.test(path) || /(^|\/)tests?\//.test(path);
}

/** Repository files an import can name: `a.b` → `a/b.py`, `a/b/__init__.py`; `.b` beside the importing file. */
function importPaths(from: string, module: string): string[] {
  let base = module;
  if (module.startsWith('.')) {
    const dots = /^\.+/.exec(module)?.[0].length ?? 1;
    const dir = from.split('/').slice(0, -dots);
    base = [...dir, ...module.slice(dots).split('.').filter(Boolean)].join('/');
  } else base = module.split('.').join('/');
  return [`${base}.py`, `${base}/__init__.py`];
}

/** Modules an import can bring in: `from a import b` is `a` or the submodule `a.b`; `from . import b` is `.b`. */
function importedModules(imp: ImportFact): string[] {
  if (!imp.name || imp.name === '*') return [imp.module];
  return [imp.module, imp.module.endsWith('.') ? `${imp.module}${imp.name}` : `${imp.module}.${imp.name}`];
}

/** Repository-relative paths (`a/b.py`, `a/b/__init__.py`) the file's imports can name. */
function importedPaths(file: PyFile): string[] {
  return file.facts.imports.flatMap((imp) => importedModules(imp).flatMap((m) => importPaths(file.path, m)));
}

/** True when `path` is one of the imported paths, or ends with one (`src/a/b.py` for `a/b.py`). */
function named(path: string, imported: ReadonlySet<string>): boolean {
  if (imported.has(path)) return true;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) if (imported.has(path.slice(i + 1))) return true;
  return false;
}

const FEEDS = new WeakMap<DetectContext, (file: PyFile) => boolean>();

/** A test: the file calls an LLM itself, or a file that calls one imports it (a helper module of the LLM code). */
export function feedsLlm(ctx: DetectContext): (file: PyFile) => boolean {
  let test = FEEDS.get(ctx);
  if (!test) {
    const llm = llmPaths(ctx);
    // Everything the LLM code imports, gathered once: one lookup per path segment afterwards.
    const imported = new Set(ctx.python.filter((f) => llm.has(f.path)).flatMap(importedPaths));
    test = (file) => llm.has(file.path) || named(file.path, imported);
    FEEDS.set(ctx, test);
  }
  return test;
}

/** True when the file calls an LLM itself, or imports one of the repository's modules that does (one level). */
export function reachesLlm(ctx: DetectContext, file: PyFile): boolean {
  const llm = llmPaths(ctx);
  if (llm.has(file.path)) return true;
  const imported = new Set(importedPaths(file));
  for (const path of llm) if (named(path, imported)) return true;
  return false;
}
