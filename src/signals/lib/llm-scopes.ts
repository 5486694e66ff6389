// Which code of an evaluation module or test runs the LLM that the
// repository reaches through its own modules (llm_evals): a scoring function
// counts only when it scores what the LLM produced, not when the module merely
// imports the app. A contract test of the app's pydantic models
// (`EnrichRequest(id="x").id == "x"` in a file that also imports the LLM
// service) grades no LLM output.
//
// A scope (a function by its qualified name, '' for module-level code) runs
// the LLM when one of its calls names an import of the file whose repository
// module is within `hops` imports of an LLM call (`chain.answer(q)`,
// `RAGPipeline().run(q)`) or types a parameter with a name so imported (a
// scorer given the pipeline's results, `results: list[PipelineRunResult]`),
// or when it calls, by name or on `self`, a function
// of the file that does; a method does when a setup method of its class does
// (`self.pipeline = RAGPipeline()` in `__init__`), and a test when it uses a
// pytest fixture (of its file or a conftest.py) that does.
import { SERVING } from '../../catalog/index.js';
import type { FunctionFact, ImportFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { moduleIndexOf } from './local-modules.js';
import { llmWithin } from './llm-reach.js';
import { modulesOf, qualified } from './model-reach-rules.js';

/** Methods that build a class's objects before its other methods run: the serving setups and the test frameworks' (`setUp`, `setup_method`). */
const SETUP_METHODS = [...SERVING.MODEL_SETUP_METHODS, 'setUp', 'setUpClass', 'setup_method', 'setup_class'];
const FIXTURE = /(^|\.)fixture$/;
const CONFTEST = /(^|\/)conftest\.py$/;

const isPackage = (file: PyFile): boolean => /(^|\/)__init__\.py$/.test(file.path);

/** The prefix a call resolved through the import starts with: `from a.b import c` → `a.b.c`, `import a.b as x` → `a.b`, `import a.b` → `a`. */
function importPrefix(imp: ImportFact): string | undefined {
  if (imp.name === '*') return undefined;
  if (imp.name) return imp.module.endsWith('.') ? `${imp.module}${imp.name}` : `${imp.module}.${imp.name}`;
  return imp.alias ? imp.module : imp.module.split('.')[0];
}

/**
 * The module a package's name comes from: `from .confidence_scorer import ConfidenceScorer` in `ai/__init__.py` sends
 * `ai.ConfidenceScorer` to confidence_scorer.py, so a helper re-exported beside the LLM classes is judged on its own.
 */
function reexported(index: ReturnType<typeof moduleIndexOf>, target: PyFile, name: string | undefined): readonly PyFile[] {
  if (!isPackage(target) || !name) return [target];
  const from = target.facts.imports.find((i) => i.name && i.name !== '*' && (i.alias ?? i.name) === name);
  const found = from ? index.resolveImport(from, target).filter((f) => f !== target) : [];
  return found.length > 0 ? found : [target];
}

/** Scopes whose own calls name a repository module within `hops` imports of an LLM call. */
function seeds(ctx: DetectContext, file: PyFile, hops: number): Set<string> {
  const index = moduleIndexOf(ctx.python);
  const prefixes = file.facts.imports.map(importPrefix).filter((p): p is string => p !== undefined);
  const reaches = new Map<PyFile, boolean>();
  const runsLlm = (target: PyFile): boolean => {
    let known = reaches.get(target);
    if (known === undefined) reaches.set(target, (known = llmWithin(ctx, target, hops - (isPackage(target) ? 0 : 1))));
    return known;
  };
  const out = new Set<string>();
  // A function given what the LLM code makes (`results: List[PipelineRunResult]`, `pipeline: RAGPipeline`) by its type.
  const bound = new Map(file.facts.imports.filter((i) => i.name !== '*').map((i) => [i.alias ?? i.name ?? i.module.split('.')[0], i]));
  for (const fn of file.facts.functions) {
    const types = (fn.paramTypes ?? []).map((t) => bound.get(t.split('.')[0])).filter((i): i is ImportFact => i !== undefined);
    if (types.some((i) => index.resolveImport(i, file).some(runsLlm))) out.add(qualified(fn));
  }
  for (const call of file.facts.calls) {
    const scope = call.inFunction ?? '';
    if (out.has(scope) || !prefixes.some((p) => call.name === p || call.name.startsWith(`${p}.`))) continue;
    const { targets, rest } = modulesOf(index, file, call.name);
    const name = call.name.split('.').slice(-rest)[0];
    if (targets.some((t) => reexported(index, t, name).some(runsLlm))) out.add(scope);
  }
  return out;
}

/** The function of the file a call in `fn` names: a module-level function by name, a method of its own class on `self`/`cls`. */
function callee(call: string, className: string | undefined, own: ReadonlySet<string>): string | undefined {
  const self = /^(self|cls)\.(\w+)$/.exec(call);
  if (self && className) return `${className}.${self[2]}`;
  return own.has(call) ? call : undefined;
}

/** Fixture functions of the file that reach the LLM (`@pytest.fixture def rag(): return RAGPipeline()`), by name. */
function fixtures(file: PyFile, reached: ReadonlySet<string>): Set<string> {
  return new Set(file.facts.functions.filter((f) => !f.className && reached.has(f.name) && f.decorators.some((d) => FIXTURE.test(d.name))).map((f) => f.name));
}

function closure(file: PyFile, start: Set<string>, given: ReadonlySet<string>): Set<string> {
  const reached = new Set(start);
  const fns = file.facts.functions;
  const own = new Set(fns.filter((f) => !f.className).map((f) => f.name));
  const runs = (fn: FunctionFact): boolean =>
    fn.calls.some((c) => {
      const target = callee(c, fn.className, own);
      return (target !== undefined && reached.has(target)) || given.has(c.split('.')[0]);
    }) ||
    (fn.className !== undefined && fn.calls.some((c) => c.startsWith('self.')) && SETUP_METHODS.some((m) => m !== fn.name && reached.has(`${fn.className}.${m}`)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const fn of fns) {
      const name = qualified(fn);
      if (reached.has(name) || !runs(fn)) continue;
      reached.add(name);
      changed = true;
    }
  }
  if (!reached.has('') && file.facts.calls.some((c) => c.inFunction === undefined && own.has(c.name) && reached.has(c.name))) reached.add('');
  return reached;
}

/** Scopes of the file that run the LLM through the repository's modules (see the header). */
export function scopesReachingLlm(ctx: DetectContext, file: PyFile, hops: number): Set<string> {
  const conftests = ctx.python.filter((f) => CONFTEST.test(f.path) && f !== file);
  const given = new Set(conftests.flatMap((f) => [...fixtures(f, closure(f, seeds(ctx, f, hops), new Set()))]));
  const local = closure(file, seeds(ctx, file, hops), given);
  for (const name of fixtures(file, local)) given.add(name);
  return closure(file, local, given);
}

/**
 * Whether the function scores what the LLM produced: it runs the LLM itself
 * (scopesReachingLlm), or code that does calls it (`total += ndcg_at_k(recs,
 * holdout)` beside `agent.invoke(...)` in `main`).
 */
export function scoresLlmOutput(file: PyFile, fn: FunctionFact, reached: ReadonlySet<string>): boolean {
  const name = qualified(fn);
  if (reached.has(name)) return true;
  const own = new Set(file.facts.functions.filter((f) => !f.className).map((f) => f.name));
  const classOf = (scope: string | undefined) => (scope?.includes('.') ? scope.slice(0, scope.lastIndexOf('.')) : undefined);
  return file.facts.calls.some((c) => reached.has(c.inFunction ?? '') && callee(c.name, classOf(c.inFunction), own) === name);
}
