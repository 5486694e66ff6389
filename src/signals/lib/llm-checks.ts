// The application's own checks on its LLM's input and output, for
// guardrails (signals.md: "structured output validation of the app's
// responses (instructor, pydantic output parsers with retry)"); structured
// output and schema validation that the app retries are in lib/llm-retries.ts:
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
//   logging the answer are evaluation or observation, not a guardrail;
// - nor is an evaluation metric, however it is named (lib/llm-metrics.ts: a
//   function handed to an optimiser or evaluator as its `metric=`, or one
//   that takes the labelled answer, `validate_answer(example, pred,
//   trace=None)`), even where a script calls it to tally correct answers.
import {
  ANSWER_CHECKERS,
  ANSWER_CHECKS,
  CHECK_FUNCTIONS,
  EVALUATION_CALLERS,
  GUARD_FUNCTIONS,
  JUDGE_FUNCTIONS,
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
import { isMetric, metricNames } from './llm-metrics.js';
import { callsIn, isChat, PYDANTIC_BASES } from './llm-retries.js';

/** Decorators that only change how a function is bound or cached: they register nothing. */
const PLAIN_DECORATORS = /(^|\.)(staticmethod|classmethod|property|cached_property|lru_cache|cache|wraps|abstractmethod|override|overload)$/;
/** Pydantic validators: they check a request or settings model, not the LLM's input or output. */
const PYDANTIC_VALIDATORS = /(^|\.)(validator|field_validator|model_validator|root_validator)$/;

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
 * them, never an evaluation metric (lib/llm-metrics.ts), and never in a
 * module that cannot load. The call site is cited
 * beside the definition.
 */
export function ownChecks(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  const scope = llmScope(ctx, app);
  const metrics = metricNames(ctx);
  const out: Evidence[] = [];
  for (const file of app) {
    const guards = file.facts.functions.filter(
      (fn) =>
        (GUARD_FUNCTIONS.test(fn.name) || CHECK_FUNCTIONS.test(fn.name) || ANSWER_CHECKS.test(fn.name)) && !pydanticValidator(file, fn) && !isMetric(fn, metrics),
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
