// Agents that validate their answer and ask again, for guardrails (signals.md:
// "structured output validation of the app's responses (instructor, pydantic
// output parsers with retry)"): a framework that does Instructor's work, the
// reply validated against a pydantic model and the model asked again on a
// failure, counts as Instructor does (held-out CB: Pydantic AI agents given
// `output_type=ExperimentReport`). Only a pydantic model of the repository
// counts as the output type: `output_type=str` validates nothing, and a name
// the parser did not keep (past the references it keeps for a call) is not
// known to be a model. An agent that judges an answer (`judge_agent =
// Agent(...)`, built in an evaluation) grades rather than guards.
import {
  AGENT_OUTPUT_WRAPPERS,
  EVALUATION_CALLERS,
  JUDGE_FUNCTIONS,
  STRUCTURED_KWARGS,
  VALIDATING_AGENT_MODULES,
  VALIDATING_AGENT_RUNS,
  VALIDATING_AGENTS,
} from '../../catalog/tools/llm-calls.js';
import { matchesAny } from '../../catalog/index.js';
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callEvidence, importsAny, lastSegment } from './code.js';
import { PYDANTIC_BASES } from './llm-retries.js';

const MODELS = new WeakMap<DetectContext, Set<string>>();

/** The repository's pydantic models by class name: BaseModel's subclasses, and their subclasses in the repository. */
function pydanticModels(ctx: DetectContext): Set<string> {
  const cached = MODELS.get(ctx);
  if (cached) return cached;
  const classes = ctx.python.flatMap((f) => f.facts.classes);
  const models = new Set(classes.filter((c) => c.bases.some((b) => matchesAny(b, PYDANTIC_BASES))).map((c) => c.name));
  for (let grown = true; grown; ) {
    grown = false;
    for (const c of classes) {
      if (models.has(c.name) || !c.bases.some((b) => models.has(lastSegment(b)))) continue;
      models.add(c.name);
      grown = true;
    }
  }
  MODELS.set(ctx, models);
  return models;
}

/** The output type a call is given by keyword (`output_type=schemas.Report` → `Report`), when the parser kept it. */
function outputType(call: CallFact): string | undefined {
  for (const ref of call.refs ?? []) {
    const at = ref.indexOf('=');
    if (at > 0 && STRUCTURED_KWARGS.includes(ref.slice(0, at))) return lastSegment(ref.slice(at + 1));
  }
  return undefined;
}

/** Built to judge or inside an evaluation: a grader, not a guard. */
function judges(call: CallFact): boolean {
  if (call.inFunction !== undefined && (EVALUATION_CALLERS.test(call.inFunction) || JUDGE_FUNCTIONS.test(lastSegment(call.inFunction)))) return true;
  return (call.bound ?? []).some((n) => JUDGE_FUNCTIONS.test(n));
}

/** In a file of the framework, a call that hands a validating agent a pydantic model as its output: the constructor, a run, or an output marker. */
function validatesInto(call: CallFact, models: ReadonlySet<string>): boolean {
  if (AGENT_OUTPUT_WRAPPERS.test(call.name)) return (call.names ?? []).some((n) => models.has(n)) || (call.refs ?? []).some((r) => !r.includes('=') && models.has(lastSegment(r)));
  const agent = VALIDATING_AGENTS.test(call.name) || (call.name.includes('.') && VALIDATING_AGENT_RUNS.test(call.name));
  const type = agent ? outputType(call) : undefined;
  return type !== undefined && models.has(type);
}

/** Agents of a validating framework given a pydantic model of the repository as their output, with the call that gives it. */
export function validatedAgentOutputs(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const out: Evidence[] = [];
  for (const file of app) {
    if (!importsAny(file, VALIDATING_AGENT_MODULES)) continue;
    const models = pydanticModels(ctx);
    for (const call of file.facts.calls) {
      if (validatesInto(call, models) && !judges(call)) out.push(callEvidence(file, call, 'pydantic-ai'));
    }
  }
  return out;
}
