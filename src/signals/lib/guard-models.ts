// Safety classifier models (Llama Guard, ShieldGemma, Prompt Guard, Granite
// Guardian) for guardrails: a guard model counts only where it screens the
// application's input or output, that is where its verdict decides
// something (signals.md, guardrails). Named in a call (a model id, or a
// constant holding one), it screens when the call, or a use of the model
// object the call builds (`guard.invoke(...)`, `model.generate(...)`), runs
// in a function or class named for screening (`moderate`, `is_safe`,
// `check_input`, `llama_guard_check`, `class SafetyGuard`), or when its
// verdict is read as one after it (`result.startswith("unsafe")`). A guard
// model used as an ordinary LLM (handed to an extractor or a query engine
// as its `llm=`, asked for titles or questions) screens nothing.
import { ANSWER_CHECKS, CHECK_FUNCTIONS, GUARD_FUNCTIONS, SAFETY_MODELS, SCREENING_SCOPES, SAFETY_VERDICTS } from '../../catalog/tools/llm-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { callStrings } from './call-strings.js';
import { callEvidence } from './code.js';
import { order } from './llm-reply-checks.js';

/** A function or class named for screening: any part of `Class.method`. */
const screening = (scope: string | undefined): boolean =>
  scope !== undefined && scope.split('.').some((part) => GUARD_FUNCTIONS.test(part) || CHECK_FUNCTIONS.test(part) || ANSWER_CHECKS.test(part) || SCREENING_SCOPES.test(part));

/** The calls that use the model object a call builds: a method of the name it is bound to, or the name handed over. */
function usesOf(file: PyFile, build: CallFact): CallFact[] {
  const bound = new Set(build.bound ?? []);
  if (bound.size === 0) return [];
  return file.facts.calls.filter(
    (c) => c !== build && ([...bound].some((b) => c.name.startsWith(`${b}.`)) || (c.names ?? []).some((n) => bound.has(n))),
  );
}

/** A verdict word read after `at` in its scope (`verdict.startswith("unsafe")`, `re.search("unsafe", text)`). */
const verdictRead = (file: PyFile, at: CallFact): CallFact | undefined =>
  file.facts.calls.find((c) => c.inFunction === at.inFunction && order(c) >= order(at) && callStrings(c).some((s) => SAFETY_VERDICTS.test(s)));

/**
 * Where a call naming a guard model screens: the call, or a use of the model it builds, in a screening scope (cited
 * with that use) or followed by a verdict read (cited with the read).
 */
export function screeningGuardModels(file: PyFile): Evidence[] {
  const out: Evidence[] = [];
  for (const call of file.facts.calls) {
    if (!callStrings(call).some((s) => SAFETY_MODELS.test(s))) continue;
    for (const run of [call, ...usesOf(file, call)]) {
      const screens = screening(run.inFunction) ? run : verdictRead(file, run);
      if (!screens) continue;
      out.push(callEvidence(file, call), ...(screens !== call ? [callEvidence(file, screens)] : []));
      break;
    }
  }
  return out;
}
