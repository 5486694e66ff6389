// The model's own reply checked by hand before the application uses it, for
// guardrails (signals.md: "the application's own LLM input or output is
// constrained or checked"; dev-set convention: hand-written checks count,
// borderline). lib/llm-checks.ts reads checks by their functions' names
// (`validate_llm_output`, `check_hallucination`) wherever the LLM code runs
// them; these are checks found by what they are given, in the function that
// asks the model:
// - the reply (the value of the call that asks the model, directly or through
//   the application's own function that does, `sql = gen.generate_sql(...)`,
//   or a value parsed from it, `data = parse_json(raw)`) handed to a
//   predicate of the repository's own named for validity or a restriction
//   (`parse_valid(sql)`, `is_select_only(sql)`, `is_safe(answer)`,
//   `validate_plan(data)`), whose verdict is kept (held-out AS: the model's SQL
//   parsed with sqlglot and run only when it is a single SELECT);
// - the reply's items filtered against a collection (`for k, v in
//   data.items(): if k not in ALLOWED: continue`, a comprehension's `if k in
//   allowed`; PythonFacts.filters), so that what the model made up is dropped
//   (held-out AT: keys outside the allowed features and locked fields
//   dropped from the LLM's JSON);
// - the reply handed to a function of the repository's own named for
//   sanitising, truncating or censoring (REPLY_REPAIRS: `answer =
//   truncate_words(answer, req.max_words)`, `text = _sanitize_ptbr(text)`)
//   whose value is kept: bound, or alone on its line (returned, stored on an
//   attribute), never only handed to another call (`log(truncate(reply))`)
//   (held-out R: the answer cut to max_words; AV: foreign words replaced by
//   regex in the assistant's reply before it is spoken).
// Not a check: a reply parsed into a schema with nothing testing it,
// evaluation code (tests, eval paths, `evaluate_*` functions) grading
// replies, an evaluation metric scoring them against labelled answers
// (lib/llm-metrics.ts: `validate_answer(example, pred, trace=None)`, a
// function handed to an optimiser as its `metric=`), a predicate whose
// verdict is thrown away.
import { EVALUATION_CALLERS } from '../../catalog/tools/llm-calls.js';
import type { CallFact, FunctionFact, Loc, PartFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn, lastSegment } from './code.js';
import { qualified } from './data-scope.js';
import { llmEvidence } from './llm.js';
import { isMetric, metricNames } from './llm-metrics.js';
import { isChat } from './llm-retries.js';
import { moduleIndexOf } from './local-modules.js';

/** Predicates named for the validity, safety or a restriction of what they are given (`is_valid_json`, `parse_valid`, `is_select_only`, `validate_plan`). */
const REPLY_PREDICATES =
  /^_*(is|has|are)_(valid|safe|allowed|permitted|well_formed|parseable|parsable|clean|sane)(_\w+)?$|^_*is_\w+_only$|^_*(\w+_)?(valid|safe|allowed|permitted)$|^_*(validate|verify|check|ensure)_\w+$|^_*(validate|verify)$/i;

/**
 * Functions named for making what they are given safe or short (`_sanitize_ptbr`, `truncate_words`, `censor`,
 * `redact_secrets`); not those that only clean up a format (`sanitize_json`, `strip_markdown_fences`) or a log line.
 */
const REPLY_REPAIRS = /^_*(saniti[sz]e|truncate|censor|redact|scrub)(_\w+)?$/i;
const FORMAT_ONLY = /json|markdown|(^|_)md(_|$)|fence|backtick|(^|_)code(_|$)|(^|_)logs?(_|$)/i;

/** LLM evidence that builds a client or loads a model (`OpenAI()`, `AutoModelForCausalLM.from_pretrained()`): it asks nothing. */
const LOADS = /(^|\.)([A-Z]\w*|from_pretrained|load\w*)\(\)$/;

/** Where a fact stands, comparable across a notebook's cells. */
export const order = (loc: Loc): number => (loc.cell ?? 0) * 1_000_000 + loc.line;

const key = (path: string, loc: Loc): string => `${path}#${loc.cell ?? ''}:${loc.line}`;

/** A function's calls, or the module-level ones (`fn` undefined). */
const callsOf = (file: PyFile, fn: FunctionFact | undefined): readonly CallFact[] => {
  const scope = fn ? qualified(fn) : undefined;
  return callsIn(file, scope);
};

/** The innermost function holding a line, if any. */
function functionAt(file: PyFile, loc: Loc): FunctionFact | undefined {
  return file.facts.functions.filter((fn) => fn.cell === loc.cell && fn.line <= loc.line && fn.endLine >= loc.line).sort((a, b) => b.line - a.line)[0];
}

/**
 * The calls that ask the model: the LLM calls llm_integration cites, chat
 * calls in the files it cites, and calls of the application's own functions that make one (two
 * levels), from their file or a file importing it.
 */
export function askingCalls(ctx: DetectContext, app: readonly PyFile[]): Map<PyFile, CallFact[]> {
  const evidence = llmEvidence(ctx);
  const llmFiles = new Set(evidence.map((e) => e.path));
  const llm = new Set(evidence.filter((e) => e.kind === 'call' && e.line !== undefined && !LOADS.test(e.match)).map((e) => key(e.path, { line: e.line as number, cell: e.cell })));
  const index = moduleIndexOf(ctx.python);
  // Chat calls count in the files that call an LLM (`ast.parse` is no chat).
  const asks = new Map<PyFile, CallFact[]>(
    app.map((f) => [f, f.facts.calls.filter((c) => c.inFunction !== undefined && (llm.has(key(f.path, c)) || (llmFiles.has(f.path) && isChat(c))))]),
  );
  for (let level = 0; level < 2; level++) {
    // The functions asking so far, by name, with their files.
    const askers = new Map<string, Set<PyFile>>();
    for (const [file, calls] of asks) {
      for (const c of calls) {
        const fn = file.facts.functions.find((f) => qualified(f) === c.inFunction);
        if (fn) askers.set(fn.name, (askers.get(fn.name) ?? new Set()).add(file));
      }
    }
    for (const file of app) {
      const near = new Set<PyFile>([file, ...file.facts.imports.flatMap((imp) => index.resolveImport(imp, file))]);
      const more = file.facts.calls.filter((c) => [...(askers.get(lastSegment(c.name)) ?? [])].some((f) => near.has(f)));
      const known = asks.get(file) ?? [];
      asks.set(file, [...known, ...more.filter((c) => !known.includes(c))]);
    }
  }
  return asks;
}

/**
 * The names holding the reply of `ask` in its scope: bound on its line (or assigned a part of a call's value
 * there, PythonFacts.parts), then bound from calls given one of them, or assigned a part of one
 * (`answer = completion.choices[0].message.content`), in order. `parts`: the file's, in the ask's function.
 */
export function replyNames(scope: readonly CallFact[], ask: CallFact, parts: readonly PartFact[] = []): Set<string> {
  const names = new Set(scope.filter((c) => order(c) === order(ask)).flatMap((c) => c.bound ?? []));
  for (const p of parts) if (p.of === undefined && order(p) === order(ask)) for (const n of p.names) names.add(n);
  const steps = [...scope, ...parts].filter((s) => order(s) > order(ask)).sort((a, b) => order(a) - order(b));
  for (const s of steps) {
    const given = 'name' in s ? (s.names ?? []) : s.of !== undefined ? [s.of] : [];
    if (!given.some((n) => names.has(n))) continue;
    for (const b of 'name' in s ? (s.bound ?? []) : s.names) names.add(b);
  }
  return names;
}

/** The file's parts (PythonFacts.parts) inside `fn`, or at module level when `fn` is undefined. */
const partsIn = (file: PyFile, fn: FunctionFact | undefined): PartFact[] =>
  (file.facts.parts ?? []).filter((p) => (fn ? p.cell === fn.cell && p.line >= fn.line && p.line <= fn.endLine : functionAt(file, p) === undefined));

/**
 * The repository's own functions whose names `named` accepts, by name; pydantic validators check a request model, not the reply;
 * a stub checks nothing; an evaluation metric (`metrics`, lib/llm-metrics.ts) scores the reply against a labelled answer.
 */
function ownFunctions(app: readonly PyFile[], named: (name: string) => boolean, metrics: ReadonlySet<string>): Map<string, { file: PyFile; fn: FunctionFact }> {
  const out = new Map<string, { file: PyFile; fn: FunctionFact }>();
  for (const file of app) {
    for (const fn of file.facts.functions) {
      if (named(fn.name) && !fn.placeholder && !fn.decorators.some((d) => /validator$/.test(d.name)) && !isMetric(fn, metrics) && !out.has(fn.name)) out.set(fn.name, { file, fn });
    }
  }
  return out;
}

/** A repair's value is kept: bound to a name, or the only call on its line (`return f(x)`, `self.name = f(x)`), not an argument of another. */
const kept = (scope: readonly CallFact[], call: CallFact): boolean =>
  !call.discarded && ((call.bound ?? []).length > 0 || !scope.some((c) => c !== call && order(c) === order(call)));

/** The checks of the header: the ask, and the predicate's call and definition or the filter. */
export function checkedReplies(ctx: DetectContext, app: readonly PyFile[]): Evidence[] {
  if (llmEvidence(ctx).length === 0) return [];
  const asks = askingCalls(ctx, app);
  const metrics = metricNames(ctx);
  const predicates = ownFunctions(app, (n) => REPLY_PREDICATES.test(n), metrics);
  const repairs = ownFunctions(app, (n) => REPLY_REPAIRS.test(n) && !FORMAT_ONLY.test(n), metrics);
  const out: Evidence[] = [];
  for (const [file, calls] of asks) {
    for (const ask of calls) {
      if (ask.inFunction !== undefined && EVALUATION_CALLERS.test(ask.inFunction)) continue;
      const fn = functionAt(file, ask);
      const scope = callsOf(file, fn);
      const replies = replyNames(scope, ask, partsIn(file, fn));
      if (replies.size === 0) continue;
      const given = (c: CallFact): boolean => order(c) > order(ask) && (c.names ?? []).some((n) => replies.has(n));
      const check = scope.find((c) => given(c) && ((!c.discarded && predicates.has(lastSegment(c.name))) || (repairs.has(lastSegment(c.name)) && kept(scope, c))));
      const filter = (file.facts.filters ?? []).find(
        (f) => order(f) > order(ask) && functionAt(file, f) === fn && f.over.some((n) => replies.has(n)),
      );
      if (!check && !filter) continue;
      out.push(callEvidence(file, ask));
      if (check) {
        const own = predicates.get(lastSegment(check.name)) ?? repairs.get(lastSegment(check.name));
        out.push(callEvidence(file, check));
        if (own) out.push(codeEvidence(own.file.path, own.fn, `def ${own.fn.name}()`, 'function'));
      }
      if (filter) out.push(codeEvidence(file.path, filter, `items of ${filter.over.join(', ')} kept to ${filter.against}`, 'call'));
    }
  }
  return out;
}
