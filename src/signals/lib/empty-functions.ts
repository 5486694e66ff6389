// Functions that do nothing, for the rules that credit a step by its function
// (automated_retraining, pipeline_orchestration) or a call by its name
// (model_evaluation: an `evaluate_model(...)` step): a body of placeholders
// (`pass`, `...`, a docstring, `return None`: parse/python-placeholder.ts),
// or one whose calls are all output (print, logging, sleep) or other
// functions of the same file that do nothing. A body that calls nothing but
// computes (`return df[df.x > 0]`, `return 1`) is not empty. A task whose
// callable does nothing (`def retrain_model(): pass` handed to a daily DAG)
// trains nothing and orchestrates no step, whatever its name, its task id or
// its DAG's description say; a call of one, in its own file or imported from
// a repository module, scores nothing.
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import type { ModuleIndex } from './local-modules.js';

/** Calls that only report: print, logging, a logger fetched or used, sleep, `raise NotImplementedError(...)`. */
const OUTPUT = /^(print|pprint(\.\w+)?|time\.sleep|NotImplementedError|logging\.\w+|(\w+\.)*(getLogger|get_logger|get_run_logger|get_dagster_logger|debug|info|warning|warn|error|exception|critical))$/;

/** True for a call that only reports (print, logging): its strings are messages, not commands or task names. */
export function isOutput(call: string): boolean {
  return OUTPUT.test(call);
}

/** A file's functions that do nothing, the names that mean only such functions, and those functions by qualified name. */
interface Empty {
  functions: ReadonlySet<FunctionFact>;
  names: ReadonlySet<string>;
  byScope: ReadonlyMap<string, FunctionFact[]>;
}

const MEMO = new WeakMap<PyFile, Empty>();

/** The name a call means in its own file: `retrain()` and `self.retrain()` → `retrain`; other dotted names none. */
function localName(call: string): string | undefined {
  const parts = call.split('.');
  if (parts.length === 1) return call;
  return parts.length === 2 && (parts[0] === 'self' || parts[0] === 'cls') ? parts[1] : undefined;
}

/** Names every function of which (in the file) is in `empty`: a name also defined with a body is not empty. */
function emptyNames(functions: readonly FunctionFact[], empty: ReadonlySet<FunctionFact>): Set<string> {
  const full = new Set(functions.filter((f) => !empty.has(f)).map((f) => f.name));
  return new Set(functions.filter((f) => empty.has(f) && !full.has(f.name)).map((f) => f.name));
}

function qualified(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

function emptyOf(file: PyFile): Empty {
  const memo = MEMO.get(file);
  if (memo) return memo;
  const all = file.facts.functions;
  const functions = new Set<FunctionFact>();
  let names = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const fn of all) {
      if (functions.has(fn)) continue;
      if (fn.placeholder || (fn.calls.length > 0 && fn.calls.every((c) => OUTPUT.test(c) || names.has(localName(c) ?? '')))) {
        functions.add(fn);
        changed = true;
      }
    }
    if (changed) names = emptyNames(all, functions);
  }
  const byScope = new Map<string, FunctionFact[]>();
  for (const fn of functions) byScope.set(qualified(fn), [...(byScope.get(qualified(fn)) ?? []), fn]);
  const empty = { functions, names, byScope };
  MEMO.set(file, empty);
  return empty;
}

/** The file's functions that do nothing (see the head of this file). */
export function emptyFunctions(file: PyFile): ReadonlySet<FunctionFact> {
  return emptyOf(file).functions;
}

/** True when a call stands in a function of the file that does nothing (`def retrain(): print("Retraining...")`). */
export function inEmptyFunction(file: PyFile, call: CallFact): boolean {
  if (call.inFunction === undefined) return false;
  const fns = emptyOf(file).byScope.get(call.inFunction) ?? [];
  return fns.some((fn) => fn.cell === call.cell && call.line >= fn.line && call.line <= fn.endLine);
}

/** True when `name` (as called or handed over in the file: `retrain`, `self.retrain`) means only functions of the file that do nothing. */
export function meansEmpty(file: PyFile, name: string): boolean {
  const local = localName(name);
  return local !== undefined && emptyOf(file).names.has(local);
}

/**
 * The callables a call hands over (`PythonOperator(python_callable=retrain)`,
 * `node(train, ...)`, `add_job(self.retrain)`), as written.
 */
export function handedOver(call: CallFact): string[] {
  return [...(call.names ?? []), ...(call.refs ?? []).map((r) => r.slice(r.indexOf('=') + 1))];
}

/** True when a call hands over callables, and every one of them is a function of the file that does nothing. */
export function handsOverOnlyEmpty(file: PyFile, call: CallFact): boolean {
  const defined = new Set(file.facts.functions.map((f) => f.name));
  const callables = handedOver(call).filter((n) => defined.has(localName(n) ?? ''));
  return callables.length > 0 && callables.every((n) => meansEmpty(file, n));
}

/**
 * True when a call means a function of the repository that does nothing:
 * one of its own file (`evaluate(model)` beside `def evaluate(model): pass`),
 * or one it imports from a repository module by name (`evaluate_model(df)`
 * after `from steps.evaluation import evaluate_model`, whose body is a
 * docstring and `pass`). Such a call trains, predicts or scores nothing,
 * whatever its name says. A function the module index cannot find is not
 * known to do nothing.
 */
export function callsEmptyFunction(index: ModuleIndex, file: PyFile, call: CallFact): boolean {
  if (meansEmpty(file, call.name)) return true;
  for (const imp of file.facts.imports) {
    const name = imp.name && imp.name !== '*' && `${imp.module}.${imp.name}` === call.name ? imp.name : undefined;
    const member = !imp.name && call.name.startsWith(`${imp.module}.`) ? call.name.slice(imp.module.length + 1) : undefined;
    const fn = name ?? member;
    if (fn === undefined || fn.includes('.')) continue;
    const targets = index.resolveImport(imp, file);
    if (targets.length > 0 && targets.every((t) => meansEmpty(t, fn))) return true;
  }
  return false;
}

/** True for evidence citing a call of a repository function that does nothing (`evaluate_model(model, X_test, y_test)` of a step whose body is `pass`). */
export function citesEmptyCall(index: ModuleIndex, file: PyFile, e: Evidence): boolean {
  if (e.kind !== 'call') return false;
  const call = file.facts.calls.find((c) => c.line === e.line && (c.cell ?? -1) === (e.cell ?? -1) && `${c.name}()` === e.match);
  return call !== undefined && callsEmptyFunction(index, file, call);
}
