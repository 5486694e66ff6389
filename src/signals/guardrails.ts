// Evidence outside tests and evaluation code (evals/, evaluators, eval_*.py):
// a guardrail library, a moderation call, a safety classifier (Llama Guard)
// named in a call where it screens (lib/guard-models.ts: in a function named
// for screening, or its verdict read; not a guard model used as an ordinary
// LLM), a repairing output parser (OutputFixingParser,
// RetryOutputParser), and the app's own checks read in lib/llm-retries.ts and
// lib/llm-checks.ts:
// structured output (`with_structured_output`, `PydanticOutputParser`,
// `completions.parse`, a `response_format=` model in a file defining a
// pydantic model) with a retry or repair on failure, an agent framework that
// validates and asks again by itself given a pydantic model as its output
// (lib/agent-outputs.ts: Pydantic AI's `output_type=`), the LLM's reply
// validated against a schema inside a retry that asks the model again, the
// reply rejected by an exception that quotes it, and the author's own moderation, prompt-injection, PII, input-screening or
// output-checking functions where the LLM code runs them (called, imported
// or registered; the LLM may sit behind the app's own provider classes: a
// pipeline that reaches it within two imports, and the checker module that
// pipeline imports), among them post-checks of the answer (hallucination,
// grounding, citation and safety checks, a judge whose verdict rewrites the
// reply, cited ids looked up among the retrieved chunks), and the reply checked
// where it is asked for (lib/llm-reply-checks.ts): handed to the repository's
// own validity predicate (`is_select_only(sql)`), or its items filtered to an
// allow-list, and SQL the model wrote kept to reading by a guard clause
// before it runs (lib/llm-sql-gates.ts: its reply, a function's parameter
// handed the reply, a tool's parameter). Structured output
// parsed once with no retry (a routing decision, a judge's verdict), a
// checker defined but never called or called only by evaluation code, an
// evaluation metric (lib/llm-metrics.ts: handed to an optimiser or evaluator
// as its `metric=`, or scoring against the labelled answer, `def
// validate_answer(example, pred, trace=None)`) however it is named and
// wherever a script tallies it, and a judge whose verdict is only recorded do
// not count.
import { RETRYING_PARSERS } from '../catalog/tools/llm-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { validatedAgentOutputs } from './lib/agent-outputs.js';
import { screeningGuardModels } from './lib/guard-models.js';
import { isEvalOrTest } from './lib/llm.js';
import { judgedReplies, lookedUpCitations, ownChecks, rejectedReplies } from './lib/llm-checks.js';
import { checkedReplies } from './lib/llm-reply-checks.js';
import { gatedSql } from './lib/llm-sql-gates.js';
import { retriedStructuredOutput, retriedValidation } from './lib/llm-retries.js';
import type { Evidence } from './types.js';

/**
 * `found`: the guardrail tools in use, of which only the application's own
 * code counts; the catalogue's structured-output calls count here only as
 * repairing parsers, the rest through retriedStructuredOutput.
 */
function detectGuardrails(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const app = ctx.python.filter((f) => !isEvalOrTest(f.path, f.test));
  const appPaths = new Set(app.map((f) => f.path));
  const tools = found.filter((e) => appPaths.has(e.path) && (e.tool !== 'structured-output' || RETRYING_PARSERS.test(e.match)));
  return [...tools, ...app.flatMap(screeningGuardModels), ...retriedStructuredOutput(ctx, app), ...validatedAgentOutputs(ctx, app), ...retriedValidation(ctx, app), ...rejectedReplies(app), ...ownChecks(ctx, app), ...judgedReplies(ctx, app), ...lookedUpCitations(ctx, app), ...checkedReplies(ctx, app), ...gatedSql(ctx, app)];
}

export const guardrails = defineDetector({
  id: 'guardrails',
  area: 'llm',
  rule: 'the application\'s own LLM input or output is constrained or checked: Guardrails AI, NeMo Guardrails, LLM Guard, Llama Guard, structured output validation of the app\'s responses (instructor, pydantic output parsers with retry), moderation calls, PII scrubbing, prompt-injection filters. Catching the provider\'s content-filter error, or structured output used only inside an evaluation judge, does not count.',
  uses: 'import',
  detect: detectGuardrails,
});
