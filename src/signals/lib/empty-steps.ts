// Pipeline steps that do nothing, for pipeline_orchestration: a task, op,
// asset or step whose function does nothing (lib/empty-functions.ts: only
// `pass`, `...`, a docstring, `return None`, prints and logging), whether the
// orchestrator's decorator is on it (`@task def train(): pass`) or a call
// hands it over (`PythonOperator(python_callable=retrain_model)`). A file
// whose every step is such a function orchestrates nothing: its DAG or flow
// object is set aside with the steps. A step the file does not define (a
// `BashOperator` command, an imported callable, a container image) is a
// real step, and keeps the file.
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { emptyFunctions, handedOver, handsOverOnlyEmpty } from './empty-functions.js';

/** Calls that are a step of their own although they hand over no function of the file: operators, sensors, ops, tasks. */
const STEP_CALL = /(Operator|Sensor|Op|Task|Step|Component|Node|Job)$/;

type Step = 'empty' | 'real' | 'none';

/** What one piece of orchestrator evidence in a Python file is: a step that does nothing, a real step, or no step (the DAG object, an import). */
function stepOf(file: PyFile, e: Evidence): Step {
  const at = (x: { line: number; cell?: number }) => x.line === e.line && (x.cell ?? -1) === (e.cell ?? -1);
  if (e.kind === 'decorator') {
    const fn = file.facts.functions.find((f) => f.decorators.some(at));
    return fn === undefined ? 'real' : emptyFunctions(file).has(fn) ? 'empty' : 'real';
  }
  if (e.kind !== 'call') return e.kind === 'import' || e.kind === 'declared-only' ? 'none' : 'real';
  const calls = file.facts.calls.filter(at);
  const own = new Set(file.facts.functions.map((f) => f.name));
  const handing = calls.filter((c: CallFact) => handedOver(c).some((n) => own.has(lastSegment(n))));
  if (handing.length > 0) return handing.every((c) => handsOverOnlyEmpty(file, c)) ? 'empty' : 'real';
  return calls.some((c) => STEP_CALL.test(lastSegment(c.name))) ? 'real' : 'none';
}

/** The evidence without the Python files whose every step does nothing, and those files. */
export function withoutEmptySteps(ctx: DetectContext, evidence: Evidence[]): { kept: Evidence[]; emptied: string[] } {
  const byPath = new Map(ctx.python.map((f) => [f.path, f]));
  const emptied = new Set<string>();
  for (const path of new Set(evidence.map((e) => e.path))) {
    const file = byPath.get(path);
    if (!file) continue;
    const steps = evidence.filter((e) => e.path === path).map((e) => stepOf(file, e));
    if (steps.includes('empty') && !steps.includes('real')) emptied.add(path);
  }
  return { kept: evidence.filter((e) => !emptied.has(e.path) || e.kind === 'declared-only'), emptied: [...emptied].sort() };
}
