// Hyperparameter searches written by hand, for hyperparameter_tuning (dev-set
// convention: "a hand-written grid with best-run selection counts,
// borderline"): a loop over candidate settings (PythonFacts.loops) that
// trains or scores a model with each, and picks the best by a score.
// - The candidates are a grid: a literal list of numbers or of config dicts
//   (`for C in [0.01, 0.1, 1]`, `for cfg in experiments` with `experiments =
//   [{"lr": 1e-3, ...}, ...]`); the combinations of `itertools.product` or
//   scikit-learn's `ParameterGrid`/`ParameterSampler`, iterated or first
//   assigned to a name; what a grid-building function of the repository
//   returns (one that calls those, or loops over such literals); strings
//   (`for kernel in ("rbf", "linear")`) or a numeric range (`for k in
//   range(1, 30)`) only when handed by keyword to a model class or call, as
//   a setting (`SVC(kernel=kernel)`, `KNeighborsClassifier(n_neighbors=k)`),
//   never as an epoch, fold or seed counter, a model's name or a column.
// - Each candidate reaches a model: it is handed to a model library's class
//   or function, a fitting or scoring call (MODEL_USE, `set_params`), or the
//   repository's own function or class (`train_and_eval(cfg)`,
//   `_run_single_experiment(overrides=...)`).
// - The best is picked by a score in the same function (or notebook): a
//   running best compared in the loop (`if score > best_score:`), or after it,
//   over a collection the loop filled (`results.append(...)`) or a value made
//   from it, a `max`/`min`/`sorted` with a key, an `argmax`/`idxmin`/
//   `sort_values`, or the repository's own function doing one of those.
// Not a search: a loop over a dict or list of models (model selection), an
// epoch loop that keeps the best checkpoint, a threshold swept over
// predictions (the value never reaches a model), settings tried and printed
// with no selection in code.
import { TOOLS } from '../../catalog/index.js';
import { MODEL_USE } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact, FunctionFact, Loc, LoopFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn, lastSegment } from './code.js';
import { qualified } from './data-scope.js';

/** Calls that enumerate a grid of settings. */
const GRID_CALLS = /^(itertools\.product|sklearn\.(model_selection|grid_search)(\.\w+)*\.(ParameterGrid|ParameterSampler))$/;
/** Numeric ranges iterated (`range`, `np.logspace`). */
const RANGES = /^(range|numpy\.(linspace|logspace|geomspace|arange)|torch\.(linspace|logspace|arange))$/;
/** Keywords of a counter rather than a setting (an epoch, fold or seed loop). */
const COUNTERS = /^(epoch|current_epoch|step|global_step|iteration|iter|it|i|j|idx|index|fold|seed|random_state|round|trial|run|batch|batch_idx|start|stop|position|rank)$/i;
/** Keywords naming a model, a column or an item of data rather than a setting. */
const NOT_SETTINGS = /(^|_)(model|models|name|type|kind|algo|algorithm|estimator|classifier|regressor|arch|architecture|col|column|columns|feature|features|file|path|dataset|data|label|labels|target|key|split|text|prompt|query|url|title|color|x|y|hue)(_|$)/i;
/** Calls that pick the best of a collection by a score. */
const PICKS = /(^|\.)(argmax|argmin|nanargmax|nanargmin|idxmax|idxmin|nlargest|nsmallest|sort_values)$/;
const KEYED = /^(max|min|sorted|\w+\.sort)$/;

/** Imports of model libraries: their classes and functions build, train or score a model. */
const MODEL_LIBRARIES = TOOLS.filter((t) => t.signals.some((s) => s === 'classical_ml' || s === 'deep_learning' || s === 'hf_transformers')).flatMap((t) => t.imports);

const picks = (c: CallFact): boolean => PICKS.test(c.name) || (KEYED.test(c.name) && c.kwargs.includes('key'));

/** Where a fact stands, comparable across a notebook's cells. */
const order = (loc: Loc): number => (loc.cell ?? 0) * 1_000_000 + loc.line;

/** The repository's own code seen once per detector run: what its functions call, its classes' methods, grid builders, picking functions. */
interface Own {
  functions: Map<string, string[]>;
  classes: Map<string, string[]>;
  builders: Set<string>;
  pickers: Set<string>;
  local: ReadonlySet<string>;
}

/** Adds `items` to the list under `key` (in place: a name defined in many files, `__init__`, is not copied again for each). */
function appendTo(map: Map<string, string[]>, key: string, items: readonly string[]): void {
  const list = map.get(key);
  if (list) for (const item of items) list.push(item);
  else map.set(key, [...items]);
}

function ownCode(ctx: DetectContext, files: readonly PyFile[]): Own {
  const own: Own = { functions: new Map(), classes: new Map(), builders: new Set(), pickers: new Set(), local: ctx.localModules };
  for (const file of files) {
    for (const c of file.facts.classes) appendTo(own.classes, c.name, c.methods);
    for (const fn of file.facts.functions) {
      appendTo(own.functions, fn.name, fn.calls);
      const calls = callsIn(file, qualified(fn));
      if (calls.some(picks)) own.pickers.add(fn.name);
      const loops = (file.facts.loops ?? []).filter((l) => l.line >= fn.line && l.line <= fn.endLine && l.cell === fn.cell);
      if (calls.some((c) => GRID_CALLS.test(c.name)) || loops.some((l) => l.over === 'numbers' || l.over === 'configs')) own.builders.add(fn.name);
    }
  }
  return own;
}

/** The callee of a `given` entry (`sklearn.svm.SVC:C` → `sklearn.svm.SVC`, `C`). */
function entry(given: string): { callee: string; keyword?: string } {
  const colon = given.lastIndexOf(':');
  return colon < 0 ? { callee: given } : { callee: given.slice(0, colon), keyword: given.slice(colon + 1) };
}

/** Names of code that trains, fits or scores a model (`train_item_cf.run`, `_run_experiment`, `cross_validate_model`). */
const MODEL_WORDS = /(^|_)(train|training|trainer|fit|fitting|model|experiment|evaluate|evaluation|cv|cross_val\w*)(_|$)/i;

/**
 * A call that builds, trains or scores a model: a fitting or scoring call
 * (MODEL_USE, `set_params`), a model library's class or function, or a name
 * (of the function or its module) saying so.
 */
function modelCall(callee: string): boolean {
  const parts = callee.split('.').map((p) => p.replace(/^_+/, ''));
  const last = parts[parts.length - 1];
  if (MODEL_USE.test(last) || last === 'set_params') return true;
  if (MODEL_LIBRARIES.some((m) => callee === m || callee.startsWith(`${m}.`))) return true;
  return parts.some((p) => MODEL_WORDS.test(p));
}

/** A model call, or the repository's own function calling one or class fitting one (`def train_and_eval`, `class SVDCF` with `fit`). */
function reachesModel(callee: string, own: Own): boolean {
  if (modelCall(callee)) return true;
  const last = lastSegment(callee);
  const methods = own.classes.get(last);
  if (methods) return methods.some((m) => MODEL_USE.test(m.replace(/^_+/, '')) || m === 'forward');
  const head = callee.split('.')[0];
  const calls = own.functions.get(last);
  return calls !== undefined && (!callee.includes('.') || head === 'self' || head === 'cls' || own.local.has(head)) && calls.some(modelCall);
}

/** The innermost function holding a loop, if any. */
function functionOf(file: PyFile, loop: LoopFact): FunctionFact | undefined {
  return file.facts.functions
    .filter((fn) => fn.cell === loop.cell && fn.line <= loop.line && fn.endLine >= loop.endLine)
    .sort((a, b) => b.line - a.line)[0];
}

/** What the loop iterates names a grid (see the header), given the calls of its scope. */
function isGrid(loop: LoopFact, scope: readonly CallFact[], own: Own): boolean {
  const over = loop.over ?? '';
  const settings = loop.given.map(entry).filter((g) => g.keyword !== undefined && reachesModel(g.callee, own));
  if (over === 'numbers' || over === 'configs') return true;
  if (over === 'strings') return settings.some((g) => !NOT_SETTINGS.test(g.keyword as string));
  if (RANGES.test(over)) return settings.some((g) => !COUNTERS.test(g.keyword as string) && !NOT_SETTINGS.test(g.keyword as string));
  const builds = (name: string): boolean => GRID_CALLS.test(name) || own.builders.has(lastSegment(name));
  if (!over.startsWith('=')) return builds(over);
  // A name assigned a grid before the loop: the call bound to it, and the calls on its line (`list(itertools.product(...))`).
  const name = over.slice(1);
  const lines = new Set(scope.filter((c) => order(c) < order(loop) && (c.bound ?? []).includes(name)).map(order));
  return scope.some((c) => lines.has(order(c)) && builds(c.name));
}

/** Collections the loop fills (`results.append(...)` in its body). */
const FILLS = /^(\w+)\.(append|extend|add|update|insert|appendleft)$/;

/**
 * The best picked in the loop's scope: a running best compared in the loop
 * (true), or after the loop a picking call (or the repository's own function
 * making one) over a collection the loop filled, or a value built from it
 * (`pd.DataFrame(results).sort_values(...)`, `_sort_records(records)`).
 */
function selection(loop: LoopFact, scope: readonly CallFact[], own: Own): CallFact | true | undefined {
  if (loop.keepsBest) return true;
  const end = order({ cell: loop.cell, line: loop.endLine });
  const filled = new Set(scope.filter((c) => order(c) >= order(loop) && order(c) <= end).flatMap((c) => FILLS.exec(c.name)?.[1] ?? []));
  if (filled.size === 0) return undefined;
  const after = scope.filter((c) => order(c) > end);
  const reads = (c: CallFact): boolean => (c.names ?? []).some((n) => filled.has(n)) || filled.has(c.name.split('.')[0]) || filled.has((c.receiver ?? '').split('.')[0]);
  for (const c of after) if (reads(c)) for (const b of c.bound ?? []) filled.add(b);
  const readLines = new Set(after.filter(reads).map(order));
  return after.find((c) => (picks(c) || own.pickers.has(lastSegment(c.name))) && readLines.has(order(c)));
}

/** What a loop iterates, for evidence. */
function described(over: string | undefined): string {
  if (over === 'numbers' || over === 'strings') return 'a list of settings';
  if (over === 'configs') return 'a list of configs';
  if (over?.startsWith('=')) return over.slice(1);
  return over ? `${over}(...)` : '...';
}

/** Hand-written searches (see the header): the loop, and the call that picks the best when there is one. */
export function handSearches(ctx: DetectContext, files: readonly PyFile[]): Evidence[] {
  if (!files.some((f) => (f.facts.loops ?? []).length > 0)) return [];
  const own = ownCode(ctx, files);
  const out: Evidence[] = [];
  for (const file of files) {
    for (const loop of file.facts.loops ?? []) {
      if (!loop.given.some((g) => reachesModel(entry(g).callee, own))) continue;
      const fn = functionOf(file, loop);
      const inScope = fn ? qualified(fn) : undefined;
      const scope = callsIn(file, inScope);
      if (!isGrid(loop, scope, own)) continue;
      const picked = selection(loop, scope, own);
      if (!picked) continue;
      out.push(codeEvidence(file.path, loop, `for ${loop.targets.join(', ')} in ${described(loop.over)}: a search by hand, best run picked by score`, 'call'));
      if (picked !== true) out.push(callEvidence(file, picked));
    }
  }
  return out;
}
