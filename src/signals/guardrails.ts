// Evidence outside tests and evaluation code (evals/, evaluators, eval_*.py):
// a guardrail library, a structured-output call (`with_structured_output`,
// `PydanticOutputParser`, `completions.parse`), a chat call given a
// `response_format`-style model in a file defining a pydantic model, a
// moderation call, a safety classifier (Llama Guard) named in a call, or the
// author's own moderation, prompt-injection or PII function in code that
// calls an LLM or that such code imports; the LLM may sit behind the app's own
// provider classes (a pipeline that reaches it within two imports, and the
// checker module that pipeline imports).
import { matchesAny } from '../catalog/index.js';
import { CHAT_METHODS, GUARD_FUNCTIONS, SAFETY_MODELS, STRUCTURED_KWARGS } from '../catalog/tools/llm-calls.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { callEvidence } from './lib/code.js';
import { feedsLlm, isEvalOrTest } from './lib/llm.js';
import { importedBy, llmWithin } from './lib/llm-reach.js';
import type { Evidence } from './types.js';

function definesPydanticModel(file: PyFile): boolean {
  return file.facts.classes.some((c) => c.bases.some((b) => matchesAny(b, ['pydantic.BaseModel', 'pydantic.main.BaseModel'])));
}

function structuredCalls(file: PyFile): Evidence[] {
  const pydantic = definesPydanticModel(file);
  return file.facts.calls
    .filter(
      (c) =>
        c.strings.some((s) => SAFETY_MODELS.test(s)) ||
        (pydantic && CHAT_METHODS.test(c.name) && c.kwargs.some((k) => STRUCTURED_KWARGS.includes(k))),
    )
    .map((c) => callEvidence(file, c));
}

/** The author's own guard functions (`def moderate_text`, `def redact_pii`) in LLM code or a module it imports. */
function guardFunctions(ctx: DetectContext, app: PyFile[]): Evidence[] {
  const feeds = feedsLlm(ctx);
  let pipelines: Set<PyFile> | undefined;
  const inPipeline = (file: PyFile): boolean => {
    pipelines ??= importedBy(ctx, app.filter((f) => llmWithin(ctx, f, 2)));
    return llmWithin(ctx, file, 2) || pipelines.has(file);
  };
  return app.flatMap((file) => {
    const guards = file.facts.functions.filter((fn) => GUARD_FUNCTIONS.test(fn.name));
    if (guards.length === 0 || !(feeds(file) || inPipeline(file))) return [];
    return guards.map((fn) => codeEvidence(file.path, fn, `def ${fn.name}()`, 'function'));
  });
}

/** `found`: the guardrail tools in use, of which only the application's own code counts. */
function detectGuardrails(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const app = ctx.python.filter((f) => !isEvalOrTest(f.path, f.test));
  const appPaths = new Set(app.map((f) => f.path));
  return [...found.filter((e) => appPaths.has(e.path)), ...app.flatMap(structuredCalls), ...guardFunctions(ctx, app)];
}

export const guardrails = defineDetector({
  id: 'guardrails',
  area: 'llm',
  rule: 'the application\'s own LLM input or output is constrained or checked: Guardrails AI, NeMo Guardrails, LLM Guard, Llama Guard, structured output validation of the app\'s responses (instructor, pydantic output parsers with retry), moderation calls, PII scrubbing, prompt-injection filters. Catching the provider\'s content-filter error, or structured output used only inside an evaluation judge, does not count.',
  uses: 'import',
  detect: detectGuardrails,
});
