// The application's own checks on its LLM's input and output, for
// guardrails (signals.md: "structured output validation of the app's
// responses (instructor, pydantic output parsers with retry)"):
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
// - the model's reply rejected by hand: an exception raised after the call,
//   in the same function, whose message quotes the reply (held-out AB);
// - the author's own check functions named for what they screen (CHECK_FUNCTIONS,
//   beside GUARD_FUNCTIONS), where the LLM code runs them: input screening
//   (stripping characters, length and type limits), output checks, tool-call
//   checks. A check that is defined and never called, one in a module that
//   cannot load, or a pydantic field validator, is not one;
// - the app's own post-checks of its LLM's answers (held-out AI: a regex
//   hallucination guard a chat service runs on every answer; AF: cited chunk
//   ids looked up among the retrieved ones): check functions and classes
//   named for hallucination, grounding, faithfulness, citations or the
//   answer's safety (ANSWER_CHECKS, ANSWER_CHECKERS), run like the checks
//   above; an LLM judge whose verdict rewrites the reply it judged; the
//   answer's citation markers looked up among the retrieved chunks. A check
//   only evaluation code calls, a judge whose verdict is only recorded, and
//   logging the answer are evaluation or observation, not a guardrail.
import {
  ANSWER_CHECKERS,
  ANSWER_CHECKS,
  CHAT_METHODS,
  CHECK_FUNCTIONS,
  EVALUATION_CALLERS,
  GUARD_FUNCTIONS,
  JUDGE_FUNCTIONS,
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
import { callEvidence, lastSegment } from './code.js';
import { qualified } from './data-scope.js';
import { feedsLlm } from './llm.js';
import { importedBy, llmWithin } from './llm-reach.js';
import { moduleIndexOf } from './local-modules.js';

/** Calls followed from a retrying function to the validation it runs (retry loop → generate → handle tool call → validate). */
const CALL_DEPTH = 3;
/** Decorators that only change how a function is bound or cached: they register nothing. */
const PLAIN_DECORATORS = /(^|\.)(staticmethod|classmethod|property|cached_property|lru_cache|cache|wraps|abstractmethod|override|overload)$/;
/** Pydantic validators: they check a request or settings model, not the LLM's input or output. */
const PYDANTIC_VALIDATORS = /(^|\.)(validator|field_validator|model_validator|root_validator)$/;
const PYDANTIC_BASES = ['pydantic.BaseModel', 'pydantic.main.BaseModel', 'pydantic_settings.BaseSettings', 'pydantic.BaseSettings'];

const callsIn = (file: PyFile, owner: string | undefined): CallFact[] => file.facts.calls.filter((c) => c.inFunction === owner);
const isChat = (c: CallFact): boolean => c.name.includes('.') && (CHAT_METHODS.test(c.name) || TOOL_CHAT_METHODS.test(c.name));

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

/** Names the application imports or passes by name (a callback, a middleware), beside the calls callSites finds. */
function referencedNames(app: readonly PyFile[]): Set<string> {
  const used = new Set<string>();
  for (const file of app) {
    for (const c of file.facts.calls) for (const n of c.names ?? []) used.add(n);
    for (const imp of file.facts.imports) if (imp.name && !imp.unused) used.add(imp.name);
  }
  return used;
}

/** A pydantic validator (`@field_validator`, a method of a BaseModel): it checks a request or settings model. */
function pydanticValidator(file: PyFile, fn: FunctionFact): boolean {
  if (fn.decorators.some((d) => PYDANTIC_VALIDATORS.test(d.name))) return true;
  const cls = fn.className ? file.facts.classes.find((c) => c.name === fn.className) : undefined;
  return cls !== undefined && cls.bases.some((b) => matchesAny(b, PYDANTIC_BASES));
}

/** Exceptions and warnings: the builtin classes a module calls without importing them. */
const BUILTIN_CLASS = /(Error|Exception|Warning|Exit|Interrupt)$/;

/**
 * A module that cannot be imported: its top-level code calls a class it
 * neither imports, defines nor assigns (`guard = Guard().use(...)` after the
 * `from guardrails import Guard` line was commented out), so nothing in it
 * runs. A star import may bring any name: never judged.
 */
function cannotLoad(file: PyFile): boolean {
  if (file.notebook || file.facts.imports.some((imp) => imp.name === '*')) return false;
  const defined = new Set<string>([...file.facts.classes.map((c) => c.name), ...file.facts.functions.map((f) => f.name)]);
  for (const imp of file.facts.imports) defined.add(imp.alias ?? imp.name ?? imp.module.split('.')[0]);
  for (const c of file.facts.calls) for (const b of c.bound ?? []) defined.add(b);
  return file.facts.calls.some(
    (c) => c.inFunction === undefined && !c.inExcept && /^[A-Z]\w*$/.test(c.name) && !BUILTIN_CLASS.test(c.name) && !defined.has(c.name),
  );
}

/** A call made by evaluation code (`def evaluate_rag`, `RagEvaluator.run`, a test function): a check it runs scores an evaluation. */
const inEvaluation = (call: CallFact): boolean => call.inFunction !== undefined && EVALUATION_CALLERS.test(call.inFunction);

/** Where the application calls `name` (outside `owner` itself), leaving out evaluation code. */
function callSites(app: readonly PyFile[], name: string, owner?: string): { file: PyFile; call: CallFact }[] {
  return app.flatMap((file) => file.facts.calls.filter((c) => lastSegment(c.name) === name && c.inFunction !== owner && !inEvaluation(c)).map((call) => ({ file, call })));
}

/** Any call of `name` in the application outside `owner`, evaluation code included. */
const anyCall = (app: readonly PyFile[], name: string, owner?: string): boolean =>
  app.some((file) => file.facts.calls.some((c) => lastSegment(c.name) === name && c.inFunction !== owner));

/** The LLM code's reach, built once per detector run: LLM modules and pipelines, and the names the application references. */
interface LlmScope {
  llmModule: (file: PyFile) => boolean;
  referenced: () => Set<string>;
}

function llmScope(ctx: DetectContext, app: readonly PyFile[]): LlmScope {
  const feeds = feedsLlm(ctx);
  let pipelines: Set<PyFile> | undefined;
  let referenced: Set<string> | undefined;
  return {
    llmModule: (file) => {
      if (feeds(file) || llmWithin(ctx, file, 2)) return true;
      pipelines ??= importedBy(ctx, app.filter((f) => llmWithin(ctx, f, 2)));
      return pipelines.has(file);
    },
    referenced: () => (referenced ??= referencedNames(app)),
  };
}

/**
 * Where the LLM code runs the application's own check `name` (a function or
 * a class it builds), defined in `file`: the first call site, `null` when
 * the check counts with no call to cite (in LLM code, registered by a
 * decorator or imported by name), `undefined` when it does not run there.
 * A check whose only calls are in evaluation code does not run there.
 */
function runSite(
  ctx: DetectContext,
  app: readonly PyFile[],
  scope: LlmScope,
  file: PyFile,
  name: string,
  owner: string | undefined,
  registered: boolean,
): { file: PyFile; call: CallFact } | null | undefined {
  const sites = callSites(app, name, owner);
  if (sites.length === 0 && !registered && anyCall(app, name, owner)) return undefined;
  if (!registered && sites.length === 0 && !scope.referenced().has(name)) return undefined;
  if (scope.llmModule(file)) return sites[0] ?? null;
  return sites.find((s) => llmWithin(ctx, s.file, 3));
}

/**
 * The author's own guard and check functions (`def moderate_text`,
 * `def redact_pii`, `def validate_user_input`, `def _sanitize_arguments`,
 * `def check_hallucination`, `def validate_citations`) and checker classes
 * (`class HallucinationChecker`) where the LLM code runs them: in LLM code or
 * a module it imports, or called from a file within three imports of an LLM
 * call (the workflow or route that screens a document before the graph that
 * calls the model); only when the application calls them, imports them or
 * registers them with a decorator, never when only evaluation code calls
 * them, and never in a module that cannot load. The call site is cited
 * beside the definition.
 */
export function ownChecks(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const scope = llmScope(ctx, app);
  const out: Evidence[] = [];
  for (const file of app) {
    const guards = file.facts.functions.filter(
      (fn) => (GUARD_FUNCTIONS.test(fn.name) || CHECK_FUNCTIONS.test(fn.name) || ANSWER_CHECKS.test(fn.name)) && !pydanticValidator(file, fn),
    );
    const checkers = file.facts.classes.filter((c) => ANSWER_CHECKERS.test(c.name) && !c.bases.some((b) => matchesAny(b, PYDANTIC_BASES)));
    if ((guards.length === 0 && checkers.length === 0) || cannotLoad(file)) continue;
    for (const fn of guards) {
      const registered = fn.decorators.some((d) => !PLAIN_DECORATORS.test(d.name));
      const site = runSite(ctx, app, scope, file, fn.name, qualified(fn), registered);
      if (site === undefined) continue;
      out.push(codeEvidence(file.path, fn, `def ${fn.name}()`, 'function'));
      if (site) out.push(callEvidence(site.file, site.call));
    }
    for (const cls of checkers) {
      const site = runSite(ctx, app, scope, file, cls.name, undefined, false);
      if (site === undefined) continue;
      out.push(codeEvidence(file.path, cls, `class ${cls.name}`, 'class'));
      if (site) out.push(callEvidence(site.file, site.call));
    }
  }
  return out;
}

/**
 * An LLM judge of the app's own reply whose verdict changes what the user
 * gets: a function named for judging (JUDGE_FUNCTIONS) that asks the model,
 * called with the reply in the application's LLM code, after which the same
 * function rewrites that reply (`reply = apply_judge_warning(reply,
 * verdict)`, `answer = regenerate(answer, verdict)`): the threshold the
 * verdict is compared with decides the rewrite. A judge whose verdict is
 * only recorded or logged (an evaluation, a dashboard score) does not count,
 * nor one called only by evaluation code.
 */
export function judgedReplies(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const scope = llmScope(ctx, app);
  const out: Evidence[] = [];
  for (const file of app) {
    // The judge asks the model: a chat call in its body, or its module calls one (through the app's own client).
    const asks = llmWithin(ctx, file, 0);
    const judges = file.facts.functions.filter((fn) => JUDGE_FUNCTIONS.test(fn.name) && (asks || callsIn(file, qualified(fn)).some(isChat)));
    for (const fn of judges) {
      for (const site of callSites(app, fn.name, qualified(fn))) {
        if (site.call.inFunction === undefined || !(scope.llmModule(site.file) || llmWithin(ctx, site.file, 3))) continue;
        const judged = site.call.names ?? [];
        const verdict = site.call.bound ?? [];
        const rewrite = callsIn(site.file, site.call.inFunction).find(
          (c) =>
            c !== site.call &&
            c.line >= site.call.line &&
            lastSegment(c.name) !== fn.name &&
            (c.bound ?? []).some((b) => judged.includes(b)) &&
            (c.names ?? []).some((n) => judged.includes(n) || verdict.includes(n)),
        );
        if (!rewrite) continue;
        out.push(codeEvidence(file.path, fn, `def ${fn.name}()`, 'function'), callEvidence(site.file, site.call), callEvidence(site.file, rewrite));
        break;
      }
    }
  }
  return out;
}

/** Functions named for the answer's citations or sources (`extract_citations`, `resolve_sources`). */
const CITATION_FUNCTIONS = /(^|_)(citations?|cites|cited|sources|references)(_|$)/i;
/** A regular expression run over text. */
const REGEX_SEARCH = /(^|\.)(finditer|findall|search|match|fullmatch)$/;

/**
 * The answer's citations checked against the retrieved set: in a function
 * named for citations that the LLM code runs, the citation markers are found
 * by a regular expression and each cited id is looked up among the retrieved
 * chunks (`chunk = by_id.get(m.group("chunk_id"))`), so that ids the model
 * made up are dropped. A citation formatter that reads no cited id back
 * (`format_docs_with_citations`) does not count.
 */
export function lookedUpCitations(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const scope = llmScope(ctx, app);
  const out: Evidence[] = [];
  for (const file of app) {
    for (const fn of file.facts.functions.filter((f) => CITATION_FUNCTIONS.test(f.name))) {
      const calls = callsIn(file, qualified(fn));
      if (!calls.some((c) => REGEX_SEARCH.test(c.name))) continue;
      const groups = calls.filter((c) => /(^|\.)groups?$/.test(c.name));
      const cited = new Set(groups.flatMap((c) => c.bound ?? []));
      const lookup = calls.find(
        (c) => lastSegment(c.name) === 'get' && c.name.includes('.') && ((c.names ?? []).some((n) => cited.has(n)) || groups.some((g) => g.line === c.line)),
      );
      if (!lookup) continue;
      const site = runSite(ctx, app, scope, file, fn.name, qualified(fn), false);
      if (site === undefined) continue;
      out.push(codeEvidence(file.path, fn, `def ${fn.name}()`, 'function'), callEvidence(file, lookup));
      if (site) out.push(callEvidence(site.file, site.call));
    }
  }
  return out;
}

/** Program modules of DSPy: a `self.<predictor>(...)` call in their methods runs the model. */
const DSPY_MODULES = ['dspy.Module', 'dspy.Program', 'dspy.primitives.Module'];

/**
 * The model's reply rejected by hand: in the function that asks the model,
 * an exception raised after the call whose message quotes the reply
 * (`result = self.generate(...)`; `raise ValueError(f"risk level must be
 * low/medium/high, got: {result.risk_level}")`). An error raised in an
 * `except` body is the provider's failure, not a check of the reply.
 */
export function rejectedReplies(app: readonly PyFile[]): Evidence[] {
  const out: Evidence[] = [];
  for (const file of app) {
    const programs = file.facts.classes.filter((c) => c.bases.some((b) => matchesAny(b, DSPY_MODULES)));
    const predictor = (c: CallFact): boolean => {
      const cls = programs.find((p) => c.inFunction?.startsWith(`${p.name}.`));
      const attr = /^self\.(\w+)$/.exec(c.name)?.[1];
      return cls !== undefined && attr !== undefined && !cls.methods.includes(attr);
    };
    for (const ask of file.facts.calls) {
      if (!ask.bound || ask.inFunction === undefined || !(isChat(ask) || predictor(ask))) continue;
      const quotes = ask.bound.map((b) => new RegExp(`\\{${b}([.[}!:]|\\s*[!=<>])`));
      const raise = file.facts.calls.find(
        (e) => e.inFunction === ask.inFunction && e.line > ask.line && !e.inExcept && /(Error|Exception)$/.test(e.name) && e.strings.some((s) => quotes.some((q) => q.test(s))),
      );
      if (raise) out.push(callEvidence(file, ask), callEvidence(file, raise));
    }
  }
  return out;
}
