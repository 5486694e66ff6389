// Jobs registered on a timetable with an in-process scheduling library, for
// automated_retraining (lib/job-schedulers.ts judges whether the job trains):
// the registration, and the job it hands the scheduler. The libraries:
// - APScheduler: `scheduler.add_job(job, "cron" | "interval" | CronTrigger(...))`,
//   `@scheduler.scheduled_job("cron", ...)`, Flask-APScheduler's
//   `@scheduler.task("interval", ...)` and its `JOBS` entries
//   (`{"func": "jobs:retrain", "trigger": "interval"}`); counted only where
//   the scheduler is started (`scheduler.start()`): an unstarted scheduler
//   runs nothing. A `date` trigger (or none) runs once.
// - `schedule`: `schedule.every().day.at("02:00").do(job)`, where the loop
//   that runs it (`schedule.run_pending()`) is in the repository.
// - Celery beat: a `beat_schedule` entry (`{"task": "app.tasks.retrain",
//   "schedule": crontab(hour=2)}`), `sender.add_periodic_task(crontab(...),
//   retrain.s())`, and `@periodic_task(run_every=...)` (also Huey's).
// - rq-scheduler: `scheduler.schedule(..., func=job, interval=3600)` and
//   `scheduler.cron("0 2 * * *", func=job)`.
// - fastapi-utils / fastapi-utilities: `@repeat_every(seconds=...)`,
//   `@repeat_at(cron=...)` on a function run at start-up.
// - arq: `cron(job, hour=2)` in a worker's `cron_jobs`.
// https://apscheduler.readthedocs.io/en/3.x/userguide.html
// https://schedule.readthedocs.io/
// https://docs.celeryq.dev/en/stable/userguide/periodic-tasks.html
// https://github.com/rq/rq-scheduler
import type { CallFact, DecoratorFact, FunctionFact, ImportFact, Loc } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { lastSegment } from './code.js';
import { moduleIndexOf } from './local-modules.js';

/**
 * What a registration hands the scheduler: callables as written (the names
 * passed, any of which may be the job; `sole` when only one is), a task path,
 * or the decorated function.
 */
export type Job = { kind: 'ref'; refs: string[]; sole: boolean } | { kind: 'task'; path: string } | { kind: 'def'; fn: FunctionFact };

export interface Registration {
  file: PyFile;
  at: Loc & { inFunction?: string };
  kind: 'call' | 'decorator';
  /** The registration as evidence text (`scheduler.add_job(retrain, 'cron')`). */
  text: string;
  job: Job;
}

const APSCHEDULER = ['apscheduler', 'flask_apscheduler'];
const APSCHEDULER_TRIGGER = /^apscheduler\.triggers\.(cron|interval|calendarinterval|combining)\b/;
/** Trigger names that repeat (a `date` trigger runs once). */
const REPEATING = new Set(['cron', 'interval', 'calendarinterval']);
/** A beat or job-table schedule value that repeats: crontab, solar, timedelta, schedule(...), a number of seconds, a cron or interval trigger. */
const TABLE_SCHEDULE = /^(crontab|solar|schedule|timedelta|(\w+\.)*(crontab|solar|schedule|timedelta|CronTrigger|IntervalTrigger))\s*\(|^\d+(\.\d*)?$|^['"](cron|interval)['"]$|^[A-Z_]+$/;
const CRON_STRING = /^\s*(@(hourly|daily|weekly|monthly|yearly|annually|midnight)|([\d*?/,LW#-]+)(\s+[\d*?/,LW#-]+){4,5})\s*$/;

function importsFrom(file: PyFile, roots: readonly string[]): boolean {
  return file.facts.imports.some((i) => !i.unused && roots.some((r) => i.module === r || i.module.startsWith(`${r}.`)));
}

/** The import that binds the head of `ref` (`jobs` in `jobs.retrain`, `retrain` after `from jobs import retrain`). */
export function importOf(file: PyFile, ref: string): ImportFact | undefined {
  const head = ref.split('.')[0];
  return file.facts.imports.find((i) => (i.alias ?? (i.name && i.name !== '*' ? i.name : i.module.split('.')[0])) === head);
}

/**
 * True when the receiver of a scheduler call is a scheduler of one of the
 * libraries: the file imports the library, or the receiver is imported from
 * a module of the repository that does (`from app.scheduler import scheduler`).
 */
function schedulerOf(ctx: DetectContext, file: PyFile, receiver: string, roots: readonly string[]): boolean {
  if (importsFrom(file, roots)) return true;
  const imp = importOf(file, receiver);
  return imp !== undefined && moduleIndexOf(ctx.python).resolveImport(imp, file).some((m) => importsFrom(m, roots));
}

function receiverOf(name: string): string {
  return name.slice(0, name.lastIndexOf('.'));
}

/** Keywords that pass a scheduler its job (`add_job(func=...)`, `scheduler.schedule(func=...)`). */
const JOB_KEYWORDS = new Set(['func', 'job_func', 'callable', 'function', 'fn', 'f', 'coroutine']);
/** A task path in a string (`"jobs:retrain"`, `"app.tasks.retrain"`). */
const TASK_PATH = /^[A-Za-z_][\w.]*[.:][A-Za-z_]\w*$/;

/** The callables a registration passes: the job keyword's value, else the names passed positionally; else a task path in a string. */
function passedJob(call: CallFact): Job | undefined {
  const keyword = (call.refs ?? []).map((r) => /^(\w+)=(.+)$/.exec(r)).find((m) => m !== null && JOB_KEYWORDS.has(m[1]))?.[2];
  if (keyword !== undefined) return { kind: 'ref', refs: [keyword], sole: true };
  const refs = [...(call.names ?? []), ...(call.refs ?? []).filter((r) => !r.includes('='))];
  if (refs.length > 0) return { kind: 'ref', refs, sole: refs.length === 1 };
  const path = call.strings.find((s) => TASK_PATH.test(s) && !/\.(py|csv|json|ya?ml|txt|pkl)$/.test(s));
  return path === undefined ? undefined : { kind: 'task', path };
}

function jobText(job: Job): string {
  return job.kind === 'ref' ? job.refs[0] : job.kind === 'task' ? job.path : job.fn.name;
}

/** Calls of the same statement or decorator: from its line to a few lines on (in the same function, for a statement). */
function nearby(file: PyFile, at: Loc & { inFunction?: string }, span: number, sameFunction = true): CallFact[] {
  return file.facts.calls.filter((c) => c.cell === at.cell && (!sameFunction || c.inFunction === at.inFunction) && c.line >= at.line && c.line <= at.line + span);
}

/** A started APScheduler: `<receiver>.start()` somewhere in the repository's code (matched on the receiver's last name). */
function started(ctx: DetectContext, receiver: string): boolean {
  const name = lastSegment(receiver);
  return ctx.sourceFiles.some((f) => f.facts.calls.some((c) => lastSegment(c.name) === 'start' && c.name !== 'start' && lastSegment(receiverOf(c.name)) === name));
}

/** Some APScheduler scheduler of the repository is made and started (`scheduler = APScheduler()` ... `scheduler.start()`). */
function anyApschedulerStarted(ctx: DetectContext): boolean {
  const made = ctx.sourceFiles.flatMap((f) => f.facts.calls.filter((c) => /^(flask_)?apscheduler\./.test(c.name)).flatMap((c) => c.bound ?? []));
  return made.some((name) => started(ctx, name));
}

/** The trigger of an `add_job`: a `cron`/`interval` string, a trigger built in the statement, or a name the file binds to one. */
function triggerOf(file: PyFile, call: CallFact): string | undefined {
  if (call.strings.includes('date')) return undefined;
  // The statement's own trigger: up to the next add_job, at most eight lines on.
  const next = file.facts.calls.find((c) => c.cell === call.cell && c.line > call.line && lastSegment(c.name) === 'add_job')?.line;
  const span = Math.min(8, next === undefined ? 8 : next - call.line - 1);
  const named = call.strings.find((s) => REPEATING.has(s)) ?? nearby(file, call, span).find((c) => APSCHEDULER_TRIGGER.test(c.name))?.name;
  if (named) return named;
  const passed = [...(call.names ?? []), ...(call.refs ?? []).map((r) => r.slice(r.indexOf('=') + 1))];
  return file.facts.calls.find((c) => APSCHEDULER_TRIGGER.test(c.name) && (c.bound ?? []).some((b) => passed.includes(b)))?.name;
}

export function apscheduler(ctx: DetectContext, file: PyFile): Registration[] {
  const out: Registration[] = [];
  for (const call of file.facts.calls.filter((c) => lastSegment(c.name) === 'add_job')) {
    const receiver = receiverOf(call.name);
    if (!receiver || !schedulerOf(ctx, file, receiver, APSCHEDULER) || !started(ctx, receiver)) continue;
    const trigger = triggerOf(file, call);
    const job = passedJob(call);
    if (trigger && job) out.push({ file, at: call, kind: 'call', text: `${call.name}(${jobText(job)}, ${lastSegment(trigger)})`, job });
  }
  for (const fn of file.facts.functions) {
    for (const d of fn.decorators) {
      const segment = lastSegment(d.name);
      if (segment !== 'scheduled_job' && segment !== 'task') continue;
      const receiver = receiverOf(d.name);
      if (!receiver || !schedulerOf(ctx, file, receiver, APSCHEDULER) || !started(ctx, receiver)) continue;
      const trigger = d.strings.find((s) => REPEATING.has(s)) ?? nearby(file, d, 2, false).find((c) => APSCHEDULER_TRIGGER.test(c.name))?.name;
      if (trigger) out.push({ file, at: d, kind: 'decorator', text: `@${d.name}(${lastSegment(trigger)}) def ${fn.name}`, job: { kind: 'def', fn } });
    }
  }
  return out;
}

/** `schedule.every(...)...do(job)`, also on a `schedule.Scheduler()` of the file, where some code runs the pending jobs. */
export function scheduleLibrary(ctx: DetectContext, file: PyFile): Registration[] {
  const instances = file.facts.calls.filter((c) => c.name === 'schedule.Scheduler').flatMap((c) => c.bound ?? []);
  const heads = ['schedule', ...instances];
  const out: Registration[] = [];
  for (const call of file.facts.calls.filter((c) => lastSegment(c.name) === 'do' && c.receiver !== undefined)) {
    const head = heads.find((h) => call.receiver?.startsWith(`${h}.every(`));
    if (head === undefined) continue;
    const runs = ctx.sourceFiles.some((f) => f.facts.calls.some((c) => runsPending(c, f === file ? instances : [])));
    const job = passedJob(call);
    if (runs && job) out.push({ file, at: call, kind: 'call', text: `${call.receiver}.do(${jobText(job)})`, job });
  }
  return out;
}

/** Runs the pending jobs of `schedule` (or of an instance of the file): called, or handed to a thread (`Thread(target=schedule.run_pending)`). */
function runsPending(call: CallFact, instances: string[]): boolean {
  const heads = ['schedule', ...instances];
  const runner = (name: string): boolean => heads.some((h) => name === `${h}.run_pending` || name === `${h}.run_all`);
  return runner(call.name) || (call.refs ?? []).some((r) => runner(r.slice(r.indexOf('=') + 1)));
}

/** A Celery signature's task: `retrain.s()`, `tasks.retrain.si(x)`, `signature("app.tasks.retrain")`. */
function signatureJob(call: CallFact): Job | undefined {
  const segment = lastSegment(call.name);
  if (/^(s|si|signature|subtask)$/.test(segment) && call.name.includes('.')) {
    if (segment === 'signature' && call.strings[0]) return { kind: 'task', path: call.strings[0] };
    return { kind: 'ref', refs: [receiverOf(call.name)], sole: true };
  }
  if (/(^|\.)signature$/.test(call.name) && call.strings[0]) return { kind: 'task', path: call.strings[0] };
  return undefined;
}

export function celery(ctx: DetectContext, file: PyFile): Registration[] {
  const out: Registration[] = [];
  for (const call of file.facts.calls.filter((c) => lastSegment(c.name) === 'add_periodic_task')) {
    const job = nearby(file, call, 6).map(signatureJob).find((j) => j !== undefined) ?? passedJob(call);
    if (job) out.push({ file, at: call, kind: 'call', text: `${call.name}(${jobText(job)})`, job });
  }
  // Beat entries and Flask-APScheduler JOBS: a celery file, or an APScheduler project with a started scheduler.
  const entries = file.facts.periodicJobs ?? [];
  const table = entries.length > 0 && (importsFrom(file, ['celery', 'django_celery_beat']) || anyApschedulerStarted(ctx));
  for (const entry of table ? entries : []) {
    if (!TABLE_SCHEDULE.test(entry.schedule)) continue;
    out.push({ file, at: entry, kind: 'call', text: `{task: ${entry.task}, schedule: ${entry.schedule}}`, job: { kind: 'task', path: entry.task } });
  }
  return out;
}

/** Decorators that run the function on a timetable: Celery's and Huey's periodic tasks, fastapi-utils' repeat_every. */
const PERIODIC_DECORATOR = /(^|\.)(periodic_task|db_periodic_task)$/;
const REPEAT_DECORATOR = /^(fastapi_utils|fastapi_utilities|fastapi_restful)(\.\w+)*\.(repeat_every|repeat_at)$/;

export function decorated(ctx: DetectContext, file: PyFile): Registration[] {
  const out: Registration[] = [];
  for (const fn of file.facts.functions) {
    const periodic = fn.decorators.find((d) => PERIODIC_DECORATOR.test(d.name) && (d.name.startsWith('celery') || d.name.startsWith('huey') || importsFrom(file, ['celery', 'huey'])));
    const repeat = fn.decorators.find((d) => REPEAT_DECORATOR.test(d.name));
    const d: DecoratorFact | undefined = periodic ?? (repeat && runsAtStartup(ctx, file, fn) ? repeat : undefined);
    if (d) out.push({ file, at: d, kind: 'decorator', text: `@${d.name} def ${fn.name}`, job: { kind: 'def', fn } });
  }
  return out;
}

/** A repeat_every function starts looping when it runs: on a start-up hook, or called (from a lifespan). */
function runsAtStartup(ctx: DetectContext, file: PyFile, fn: FunctionFact): boolean {
  if (fn.decorators.some((d) => lastSegment(d.name) === 'on_event' && d.strings.includes('startup'))) return true;
  return ctx.sourceFiles.some((f) => f.facts.calls.some((c) => lastSegment(c.name) === fn.name && !(f === file && c.line >= fn.line && c.line <= fn.endLine)));
}

export function rqScheduler(ctx: DetectContext, file: PyFile): Registration[] {
  const out: Registration[] = [];
  for (const call of file.facts.calls) {
    const segment = lastSegment(call.name);
    const repeats = (segment === 'schedule' && call.kwargs.includes('interval')) || (segment === 'cron' && call.strings.some((s) => CRON_STRING.test(s)));
    if (!repeats || !schedulerOf(ctx, file, receiverOf(call.name), ['rq_scheduler'])) continue;
    const job = passedJob(call);
    if (job) out.push({ file, at: call, kind: 'call', text: `${call.name}(${jobText(job)})`, job });
  }
  return out;
}

export function arq(file: PyFile): Registration[] {
  return file.facts.calls
    .filter((c) => c.name === 'arq.cron' || c.name === 'arq.cron.cron')
    .flatMap((call) => {
      const job = passedJob(call);
      return job ? [{ file, at: call, kind: 'call' as const, text: `${call.name}(${jobText(job)})`, job }] : [];
    });
}
