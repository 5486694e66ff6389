// The application's retries of its LLM's output, for guardrails (signals.md:
// "structured output validation of the app's responses (instructor, pydantic
// output parsers with retry)"); the app's other checks of its LLM's input and
// output are in lib/llm-checks.ts:
// - structured output (`with_structured_output`, `PydanticOutputParser`,
//   `completions.parse`, a `response_format=` model) counts when the app
//   retries or repairs on a failure: `.with_retry()` in the same function, a
//   retrying function around it, a retry keyword of the call, or a fallback in
//   the `except` body that asks the model again or validates by hand. Parsing
//   into a schema once (the reply routes a graph, fills a TypedDict) is not a
//   check (dev-set convention: "structured output into a TypedDict with no
//   validation or retry does not"; held-out W, X);
// - the LLM's reply (a tool call's arguments, a JSON answer) validated
//   against a pydantic model or a JSON schema inside a retry that asks the
//   model again (`for attempt in range(max_retries)` around the call that
//   reaches `Model.model_validate(...)`, three calls deep);
import {
  CHAT_METHODS,
  RETRY_DECORATORS,
  RETRY_NAMES,
  SCHEMA_VALIDATION,
  STRUCTURED_CALLS,
  STRUCTURED_KWARGS,
  TOOL_CHAT_METHODS,
  VALIDATION_RETRY_KWARGS,
} from '../../catalog/tools/llm-calls.js';
import { matchesAny } from '../../catalog/index.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn as callsInScope, lastSegment } from './code.js';
import { qualified } from './data-scope.js';
import { llmWithin } from './llm-reach.js';
import { moduleIndexOf } from './local-modules.js';

/** Calls followed from a retrying function to the validation it runs (retry loop → generate → handle tool call → validate). */
const CALL_DEPTH = 3;
export const PYDANTIC_BASES = ['pydantic.BaseModel', 'pydantic.main.BaseModel', 'pydantic_settings.BaseSettings', 'pydantic.BaseSettings'];

export const callsIn = (file: PyFile, owner: string | undefined): readonly CallFact[] => callsInScope(file, owner);
export const isChat = (c: CallFact): boolean => c.name.includes('.') && (CHAT_METHODS.test(c.name) || TOOL_CHAT_METHODS.test(c.name));

/** A call that parses the LLM's reply into a schema; `pydantic`: the file defines a pydantic model (for `response_format=`). */
function isStructured(c: CallFact, pydantic: boolean): boolean {
  return STRUCTURED_CALLS.test(c.name) || (pydantic && CHAT_METHODS.test(c.name) && c.kwargs.some((k) => STRUCTURED_KWARGS.includes(k)));
}

function definesPydanticModel(file: PyFile): boolean {
  return file.facts.classes.some((c) => c.bases.some((b) => matchesAny(b, PYDANTIC_BASES)));
}

/** A loop bounded by a retry count: `range(max_retries)`, `range(MAX_ATTEMPTS)`. */
const retryLoop = (c: CallFact): boolean => c.name === 'range' && (c.names ?? []).some((n) => RETRY_NAMES.test(n));

/** A function that runs its body again on failure: a retry decorator, a loop bounded by a retry count, a retrying runner, or a call to itself in an `except` body. */
function retries(file: PyFile, fn: FunctionFact): boolean {
  if (fn.decorators.some((d) => RETRY_DECORATORS.test(d.name))) return true;
  return callsIn(file, qualified(fn)).some(
    (c) =>
      retryLoop(c) ||
      /(^|\.)(Retrying|AsyncRetrying)$/.test(c.name) ||
      (c.inExcept === true && lastSegment(c.name) === fn.name),
  );
}

/** A fallback in the function's `except` body that asks the model again or validates the reply by hand. */
function repairsOnFailure(file: PyFile, owner: string | undefined, pydantic: boolean): boolean {
  if (owner === undefined) return false;
  return callsIn(file, owner).some((c) => c.inExcept === true && (isChat(c) || isStructured(c, pydantic) || SCHEMA_VALIDATION.test(c.name)));
}

interface Scope {
  file: PyFile;
  fn: FunctionFact;
}

/** The repository's functions a call may run: a method of the same class, a function of the same file, or one of a module the file imports (by the called name). */
function callees(ctx: DetectContext, file: PyFile, caller: FunctionFact, call: CallFact): Scope[] {
  const name = lastSegment(call.name);
  // `super().__init__()` and other dunders: construction, not the work a retry repeats.
  if (/^__\w+__$/.test(name)) return [];
  if (call.name.startsWith('self.') && call.name.split('.').length === 2 && caller.className) {
    const method = file.facts.functions.find((f) => f.className === caller.className && f.name === name);
    if (method) return [{ file, fn: method }];
  }
  const index = moduleIndexOf(ctx.python);
  const out: Scope[] = [];
  for (const target of [file, ...index.reachable(file, 1)]) {
    for (const fn of target.facts.functions) if (fn.name === name && fn !== caller) out.push({ file: target, fn });
  }
  return out;
}

const key = (file: PyFile, owner: string | undefined) => `${file.path}#${owner ?? ''}`;

interface Retried {
  /** Functions a retry runs again (`path#owner`), each with the retrying function's evidence. */
  scopes: Map<string, Evidence>;
}

const RETRIED = new WeakMap<DetectContext, Retried>();

/**
 * Functions run again by a retry that asks the LLM: from each retrying
 * function of a file within two imports of an LLM call, the functions it
 * calls, CALL_DEPTH deep, when among them (or itself) one calls the model.
 */
function retried(ctx: DetectContext, app: readonly PyFile[]): Retried {
  let found = RETRIED.get(ctx);
  if (found) return found;
  found = { scopes: new Map() };
  for (const file of app) {
    const loops = file.facts.functions.filter((fn) => retries(file, fn));
    if (loops.length === 0 || !llmWithin(ctx, file, 2)) continue;
    for (const loop of loops) {
      const reached: Scope[] = [];
      const seen = new Set<string>([key(file, qualified(loop))]);
      let frontier: Scope[] = [{ file, fn: loop }];
      for (let depth = 0; depth <= CALL_DEPTH && frontier.length > 0; depth++) {
        reached.push(...frontier);
        if (depth === CALL_DEPTH) break;
        const next: Scope[] = [];
        for (const at of frontier) {
          for (const call of callsIn(at.file, qualified(at.fn))) {
            for (const callee of callees(ctx, at.file, at.fn, call)) {
              const k = key(callee.file, qualified(callee.fn));
              if (seen.has(k)) continue;
              seen.add(k);
              next.push(callee);
            }
          }
        }
        frontier = next;
      }
      const asksModel = reached.some((s) => callsIn(s.file, qualified(s.fn)).some((c) => isChat(c) || isStructured(c, false)));
      if (!asksModel) continue;
      const marker = retryMarker(file, loop);
      for (const s of reached) {
        const k = key(s.file, qualified(s.fn));
        if (!found.scopes.has(k)) found.scopes.set(k, marker);
      }
    }
  }
  RETRIED.set(ctx, found);
  return found;
}

/** Where a function retries: its retry decorator, its bounded loop, or its definition. */
function retryMarker(file: PyFile, fn: FunctionFact): Evidence {
  const decorator = fn.decorators.find((d) => RETRY_DECORATORS.test(d.name));
  if (decorator) return codeEvidence(file.path, decorator, `@${decorator.name}`, 'decorator');
  const loop = callsIn(file, qualified(fn)).find(retryLoop);
  return loop ? callEvidence(file, loop) : codeEvidence(file.path, fn, `def ${fn.name}()`, 'function');
}

/** Classes of the repository that are TypedDicts: structured output into one is parsed, never validated. */
function typedDicts(ctx: DetectContext): Set<string> {
  return new Set(ctx.python.flatMap((f) => f.facts.classes.filter((c) => c.bases.some((b) => /(^|\.)TypedDict$/.test(b))).map((c) => c.name)));
}

/** Structured output that the app retries or repairs on failure (`with_structured_output(Plan).with_retry()`), with the retry's place. */
export function retriedStructuredOutput(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const typed = typedDicts(ctx);
  const out: Evidence[] = [];
  for (const file of app) {
    const pydantic = definesPydanticModel(file);
    const structured = file.facts.calls.filter((c) => isStructured(c, pydantic) && !typed.has(c.names?.[0] ?? ''));
    if (structured.length === 0) continue;
    const scopes = retried(ctx, app).scopes;
    for (const c of structured) {
      const sameScope = callsIn(file, c.inFunction);
      const withRetry = sameScope.find((r) => lastSegment(r.name) === 'with_retry');
      const fn = c.inFunction === undefined ? undefined : file.facts.functions.find((f) => qualified(f) === c.inFunction);
      const ownRetry = fn && retries(file, fn) ? retryMarker(file, fn) : undefined;
      const outer = scopes.get(key(file, c.inFunction));
      const retry =
        (withRetry && callEvidence(file, withRetry)) ??
        ownRetry ??
        (c.inFunction !== undefined ? outer : undefined) ??
        (c.kwargs.some((k) => VALIDATION_RETRY_KWARGS.includes(k)) || repairsOnFailure(file, c.inFunction, pydantic) ? callEvidence(file, c) : undefined);
      if (!retry) continue;
      out.push(callEvidence(file, c, 'structured-output'));
      if (retry.location !== `${file.path}:${c.line}`) out.push(retry);
    }
  }
  return out;
}

/** The LLM's reply validated against a pydantic model or JSON schema inside a retry that asks the model again. */
export function retriedValidation(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const out: Evidence[] = [];
  for (const file of app) {
    const checks = file.facts.calls.filter((c) => c.inFunction !== undefined && SCHEMA_VALIDATION.test(c.name));
    if (checks.length === 0) continue;
    const scopes = retried(ctx, app).scopes;
    const pydantic = definesPydanticModel(file);
    for (const c of checks) {
      const retry = scopes.get(key(file, c.inFunction)) ?? (repairsOnFailure(file, c.inFunction, pydantic) ? callEvidence(file, c) : undefined);
      if (!retry) continue;
      out.push(callEvidence(file, c));
      if (retry.location !== `${file.path}:${c.line}`) out.push(retry);
    }
  }
  return out;
}
