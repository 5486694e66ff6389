// Whether an orchestrator's schedule, found by SCHEDULE_PATTERNS, really
// schedules anything (automated_retraining). A deployment or serve call
// counts by its schedule keyword, unless every such keyword is `None`
// (`Deployment.build_from_flow(flow=f, schedule=None)` is a manual
// deployment). A schedule object (`CronSchedule(cron="0 0 * * *")`, a
// class the pattern names) counts where it is handed to something: built
// inside another call's arguments (not assigned), or assigned to a name that
// the file passes on (`schedule=nightly`, `serve(nightly)`), calls a method
// of (`nightly.create()`), or that another module may use (it imports the
// name, or the module: `Definitions(schedules=[schedules.nightly])`); or where the file
// gives some call a schedule keyword (`schedules=[nightly]`, a list the
// facts do not spell out). A schedule object built and left unused, or only
// imported, schedules nothing.
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { formatLocation } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { moduleIndexOf } from './local-modules.js';

/** Keywords that give a deployment, a serve call or a launch plan its schedule. */
const SCHEDULE_KWARGS = ['cron', 'interval', 'rrule', 'schedule', 'schedules'];

/** Keywords of the call given something other than `None`. */
function givenKwargs(call: CallFact): string[] {
  const none = new Set((call.consts ?? []).filter((c) => /=None$/.test(c)).map((c) => c.slice(0, c.indexOf('='))));
  return call.kwargs.filter((k) => SCHEDULE_KWARGS.includes(k) && !none.has(k));
}

/** The file uses `name` (passed to a call, a method called on it), or another module imports it or the file (`schedules=[schedules.nightly]` there). */
function handedOn(ctx: DetectContext, file: PyFile, name: string): boolean {
  const passed = file.facts.calls.some(
    (c) => (c.names ?? []).includes(name) || (c.refs ?? []).some((r) => r.slice(r.indexOf('=') + 1).split('.')[0] === name) || c.name.startsWith(`${name}.`),
  );
  if (passed) return true;
  const index = moduleIndexOf(ctx.python);
  return ctx.python.some((f) => f !== file && !f.test && f.facts.imports.some((i) => !i.unused && (i.name === name || index.resolveImport(i, f).includes(file))));
}

/** Does the schedule that evidence `e` cites (a call of `file`) schedule something? Decorators and anything not found as a call do. */
export function scheduleAttached(ctx: DetectContext, file: PyFile, e: Evidence): boolean {
  if (e.kind !== 'call') return true;
  const call = file.facts.calls.find((c) => `${c.name}()` === e.match && formatLocation(file.path, c) === e.location);
  if (!call) return true;
  if (call.kwargs.some((k) => SCHEDULE_KWARGS.includes(k)) && givenKwargs(call).length === 0) return false;
  if (!/^[A-Z]/.test(lastSegment(call.name))) return true;
  // A schedule object (or a deployment object): built inline in another call, or bound to a name handed on.
  const bound = call.bound ?? [];
  if (bound.length === 0) return true;
  return bound.some((b) => handedOn(ctx, file, b)) || file.facts.calls.some((c) => c !== call && givenKwargs(c).some((k) => k.startsWith('schedule')));
}
