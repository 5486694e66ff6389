// Evidence: an evaluation library (catalogue tools of this signal, promptfoo
// config), an evaluation run on a platform (`client.aevaluate(...)` in a
// file importing LangSmith, Langfuse experiments), or a hand-written harness:
// a file that calls an LLM and computes label metrics, and fits no model of
// its own (the metric then scores the LLM's answers; borderline), the same
// split in two scripts, one writing each LLM output beside its expected answer
// and one reading that file and computing the metric (lib/llm-harness.ts), code
// running the LLM that hands its answers to a grading function of the
// repository's, given reference and generated answers and aggregating them
// (`eval_boxed_accuracy_results(gold_answers, model_answers)`, imported or
// not: lib/llm-harness.ts), or an
// evaluation module or test whose scoring functions (`score`, `judge`,
// `validate`..., or a metric of its own that it calls: `ndcg_at_k`,
// `token_f1`) run the LLM directly or through a repository module, with
// no mocking (through a module: the scoring function itself, code calling
// it, or its parameters' types reach the LLM, lib/llm-scopes.ts; a contract
// test of the app's data models grades nothing); when the LLM is further away (up to three imports: an
// evaluation module over the app's pipeline over its provider classes), the
// module must also read a labelled example's reference (`case["expected"]`,
// `ground_truth`), so a scoring name alone still counts for nothing.
import { getTool, matchesAny, toolsFor } from '../catalog/index.js';
import { EVAL_FUNCTIONS, EVAL_PATH, EVAL_PLATFORM_CALLS, EVAL_PLATFORMS, LABEL_METRICS, MOCKING, REFERENCE_KEYS } from '../catalog/tools/llm-calls.js';
import { OWN_METRIC } from '../catalog/tools/ml-evaluation-calls.js';
import type { FunctionFact } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence } from './lib/code.js';
import { gradedHarnesses, splitHarnesses } from './lib/llm-harness.js';
import { llmEvidence, llmPaths } from './lib/llm.js';
import { scopesReachingLlm, scoresLlmOutput } from './lib/llm-scopes.js';
import type { Evidence } from './types.js';

function platformRuns(ctx: DetectContext, file: PyFile): Evidence[] {
  if (ctx.imports(EVAL_PLATFORMS, [file]).length === 0) return [];
  return file.facts.calls.filter((c) => EVAL_PLATFORM_CALLS.test(c.name)).map((c) => callEvidence(file, c));
}

/** Calls that fit a classical model (classical_ml's tools): a file that fits one scores its own model, not an LLM. */
const FITS = toolsFor('classical_ml').flatMap((id) => getTool(id).calls ?? []);

function harness(file: PyFile, llm: Evidence[]): Evidence[] {
  const calls = llm.filter((e) => e.path === file.path);
  if (calls.length === 0) return [];
  const metrics = file.facts.calls.filter((c) => matchesAny(c.name, LABEL_METRICS) && !/pairwise/.test(c.name));
  if (metrics.length === 0 || file.facts.calls.some((c) => matchesAny(c.name, FITS))) return [];
  return [calls[0], callEvidence(file, metrics[0])];
}

/** The file reads a labelled example's reference answer by key (a call's string or dict key, a dict built in a function). */
function readsReference(file: PyFile): boolean {
  const keys = [...file.facts.calls.flatMap((c) => [...c.strings, ...(c.keys ?? [])]), ...file.facts.functions.flatMap((f) => f.dictKeys ?? [])];
  return keys.some((k) => REFERENCE_KEYS.test(k));
}

/**
 * Scoring functions of the module: named for scoring (`score`, `judge`), or
 * a metric of its own that the module calls (`ndcg_at_k`, `token_f1`).
 */
function scorersOf(file: PyFile): FunctionFact[] {
  const called = new Set(file.facts.calls.filter((c) => c.inFunction !== c.name).map((c) => c.name));
  return [...file.facts.functions.filter((f) => EVAL_FUNCTIONS.test(f.name)), ...file.facts.functions.filter((f) => !f.className && OWN_METRIC.test(f.name) && called.has(f.name))];
}

/**
 * An evaluation module or test (evals/, evaluate.py, tests) whose scoring functions run the LLM, unmocked: in a file that
 * calls it, any; otherwise one that runs it through the repository's modules or scores what code running it produced
 * (lib/llm-scopes.ts), so a contract test of the app's data models in a test importing the LLM service grades nothing.
 */
function evalModule(ctx: DetectContext, file: PyFile): Evidence[] {
  if (!(file.test || EVAL_PATH.test(file.path)) || ctx.imports(MOCKING, [file]).length > 0) return [];
  const scorers = scorersOf(file);
  if (scorers.length === 0) return [];
  let scorer: FunctionFact | undefined = scorers[0];
  if (!llmPaths(ctx).has(file.path)) {
    const reached = scopesReachingLlm(ctx, file, readsReference(file) ? 3 : 1);
    scorer = reached.size > 0 ? scorers.find((s) => scoresLlmOutput(file, s, reached)) : undefined;
  }
  return scorer ? [codeEvidence(file.path, scorer, `def ${scorer.name}()`, 'function')] : [];
}

function detectLlmEvals(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const llm = llmEvidence(ctx);
  const inFiles = ctx.python.flatMap((f) => [...platformRuns(ctx, f), ...harness(f, llm), ...evalModule(ctx, f)]);
  return [...found, ...inFiles, ...splitHarnesses(ctx, llm), ...gradedHarnesses(ctx, llm, FITS)];
}

export const llmEvals = defineDetector({
  id: 'llm_evals',
  area: 'llm',
  rule: 'LLM output is graded automatically: ragas, DeepEval, promptfoo, TruLens, OpenAI Evals, Inspect, LangSmith/Langfuse evaluations, or a hand-written harness that scores outputs against a labelled set.',
  // Evaluation libraries count by import, promptfoo by its config file.
  uses: 'import',
  toolFiles: true,
  detect: detectLlmEvals,
});
