// In-process job schedulers, for automated_retraining: a service or script
// registers a job on a timetable with a scheduling library and the job
// trains. The registrations, library by library (APScheduler, `schedule`,
// Celery beat, rq-scheduler, fastapi-utils, arq), are found in
// lib/job-registrations.ts.
// The job trains when its function's name says so (not a data fetch:
// `fetch_training_data`), or its body calls training (`model.fit`,
// `run_training()`), runs a training command, posts to a training endpoint,
// or calls the project's own functions that do (followed three calls deep).
// A scheduled job that only scores or fetches data, a job whose function
// does nothing (`def retrain(): pass`: lib/empty-functions.ts), a test or
// notebook, and a mention in prose do not count.
import type { CallFact, FunctionFact } from '../../parse/types.js';
import { importTarget, type DetectContext, type PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { lastSegment } from './code.js';
import { emptyFunctions, meansEmpty } from './empty-functions.js';
import { apscheduler, arq, celery, decorated, importOf, rqScheduler, scheduleLibrary, type Registration } from './job-registrations.js';
import { moduleIndexOf } from './local-modules.js';
import { commandTrains, namesTraining } from './retraining.js';

/** Names of training that are data for it: a job that fetches or prepares training data does not train. */
const TRAINING_DATA = /train(ing)?[_-]?(data|dataset|set|samples?|examples?|corpus|records?|files?|images?|logs?|batch(es)?|rows?|features?|labels?|pairs)/i;

/**
 * Names about training that do not train: a check, a look-up, a record or a
 * notice of it (`check_retraining_triggers`, `log_training_run`,
 * `retrain_needed`). Followed, not cited: they may call training.
 */
const ABOUT_TRAINING = /^_*(check|should|needs?|is|has|can|get|load|log|record|notify|report|alert|send|count|fetch|download|collect|prepare|validate|evaluate|monitor|list|print|save|show|describe|status|last|latest)(_|$)|(^|_)(needed|required|status|history|logs?|count|triggers?|reason|info|config|metrics?|results?|time|date)$/i;

function jobNamesTraining(name: string): boolean {
  return namesTraining(name) && !TRAINING_DATA.test(name) && !ABOUT_TRAINING.test(name);
}

/** A function of the repository, and the file it is in. */
interface Def {
  file: PyFile;
  fn: FunctionFact;
}

function ownerOf(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

function defsNamed(file: PyFile, name: string, methods: boolean | undefined): Def[] {
  return file.facts.functions.filter((f) => f.name === name && (methods === undefined || (f.className !== undefined) === methods)).map((fn) => ({ file, fn }));
}

/**
 * The repository's functions a name in `file` means: `retrain` (here, or
 * imported), `self.retrain` (a method here), `jobs.retrain` or
 * `app.jobs.retrain` (through the file's imports), `self.monitor.run`
 * or `pipeline.run` (a method of a module the file imports), and
 * `Pipeline().run()` (the method of the class built in the call, `receiver`
 * `Pipeline()`: of that class when it defines one, else any of that name).
 */
function lookup(ctx: DetectContext, file: PyFile, name: string, receiver?: string): Def[] {
  const segments = name.split('.');
  const last = segments[segments.length - 1];
  const index = moduleIndexOf(ctx.python);
  const built = name.startsWith('?.') ? /^(?:[\w.]+\.)?([A-Z]\w*)\(\)$/.exec(receiver ?? '')?.[1] : undefined;
  if (built && last) {
    // A class of the repository (here or a module imported): its method, or one it inherits from a class nearby.
    const near = [file, ...index.reachable(file, 1)];
    if (!near.some((m) => m.facts.classes.some((k) => k.name === built))) return [];
    const methods = near.flatMap((m) => defsNamed(m, last, true));
    const own = methods.filter((d) => d.fn.className === built);
    return own.length > 0 ? own : methods;
  }
  if (!last || name.startsWith('?')) return [];
  if (segments[0] === 'self' || segments[0] === 'cls') {
    if (segments.length === 2) return defsNamed(file, last, true);
    return [file, ...index.reachable(file, 1)].flatMap((m) => defsNamed(m, last, true));
  }
  // Written as bound by an import (`jobs.retrain`), or resolved through one (`app.jobs.retrain`).
  const imp = importOf(file, name) ?? file.facts.imports.find((i) => name === importTarget(i) || name.startsWith(`${importTarget(i)}.`) || name.startsWith(`${i.module}.`));
  if (imp) return index.resolveImport(imp, file).flatMap((m) => defsNamed(m, last, undefined));
  if (segments.length === 1) return defsNamed(file, last, undefined);
  return [file, ...index.reachable(file, 1)].flatMap((m) => defsNamed(m, last, true));
}

/** A task path (`app.tasks.retrain`, `jobs:retrain`): the repository's functions of that name, in a module the path names when one does. */
function lookupTask(ctx: DetectContext, path: string): Def[] {
  const parts = path.split(/[.:]/);
  const last = parts[parts.length - 1];
  const module = parts.slice(0, -1);
  // A task registered under its own name (`@app.task(name="tasks.retrain")`) is that function, whatever its def is called.
  const registered = ctx.sourceFiles.flatMap((f) => f.facts.functions.filter((fn) => fn.decorators.some((d) => d.strings.includes(path))).map((fn) => ({ file: f, fn })));
  if (registered.length > 0) return registered;
  const all = ctx.sourceFiles.flatMap((f) => defsNamed(f, last, undefined));
  const named = all.filter(({ file }) => module.length > 0 && file.path.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/').slice(-1)[0] === module[module.length - 1]);
  return named.length > 0 ? named : all;
}

/** URL paths a call posts to that name training (`http://trainer:8000/retrain`). */
function postsTraining(call: CallFact): boolean {
  return /(^|\.)(post|put|get|request|urlopen|fetch)$/.test(call.name) && call.strings.some((s) => /^(https?:\/\/|\/)/.test(s) && jobNamesTraining(s.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? ''));
}

/**
 * Where a function trains: a call in its body that names training or fits,
 * a training command it runs, a training endpoint it posts to, or its own
 * name; else a function of the repository it calls that does, `depth` calls deep.
 */
function defTrains(ctx: DetectContext, def: Def, depth: number, seen: Set<FunctionFact>): Evidence | undefined {
  if (seen.has(def.fn) || emptyFunctions(def.file).has(def.fn)) return undefined;
  seen.add(def.fn);
  const { file, fn } = def;
  const owner = ownerOf(fn);
  const own = file.facts.calls.filter((c) => c.inFunction === owner && c.cell === fn.cell && c.line >= fn.line && c.line <= fn.endLine);
  const call = own.find((c) => jobNamesTraining(lastSegment(c.name)) && !meansEmpty(file, c.name));
  if (call) return codeEvidence(file.path, call, `${call.name}()`, 'call');
  const run = own.find((c) => (c.strings.length > 0 && /^(subprocess|os)\./.test(c.name) && commandTrains(c.strings.join(' '), ctx, 1) !== undefined) || postsTraining(c));
  if (run) return codeEvidence(file.path, run, `${run.name}(${run.strings.join(' ').slice(0, 120)})`, 'call');
  if (jobNamesTraining(fn.name)) return codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
  if (depth <= 0) return undefined;
  for (const c of own) {
    for (const callee of lookup(ctx, file, c.name, c.receiver)) {
      const found = defTrains(ctx, callee, depth - 1, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/** Where the job of a registration trains, if it does. */
function jobTrains(ctx: DetectContext, reg: Registration): Evidence | undefined {
  const { job, file } = reg;
  const defs = job.kind === 'def' ? [{ file, fn: job.fn }] : job.kind === 'ref' ? job.refs.flatMap((r) => lookup(ctx, file, r)) : lookupTask(ctx, job.path);
  const seen = new Set<FunctionFact>();
  for (const def of defs.filter((d) => !d.file.test && !d.file.notebook)) {
    const found = defTrains(ctx, def, 3, seen);
    if (found) return found;
  }
  // A job the repository does not define (a library's `trainer.train`), judged by its name when it is the one callable passed.
  const name = job.kind === 'ref' ? (job.sole ? job.refs[0] : '') : job.kind === 'task' ? job.path : '';
  return defs.length === 0 && jobNamesTraining(lastSegment(name.replace(/:/g, '.'))) ? codeEvidence(file.path, reg.at, reg.text, reg.kind) : undefined;
}

/** Jobs registered with an in-process scheduler, in the repository's own code, whose function trains: the registration, then where it trains. */
export function scheduledJobs(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.sourceFiles) {
    const registrations = [...apscheduler(ctx, file), ...scheduleLibrary(ctx, file), ...celery(ctx, file), ...decorated(ctx, file), ...rqScheduler(ctx, file), ...arq(file)];
    for (const reg of registrations) {
      const training = jobTrains(ctx, reg);
      if (!training) continue;
      const at = codeEvidence(file.path, reg.at, reg.text, reg.kind);
      out.push(at, ...(training.location === at.location ? [] : [training]));
    }
  }
  return out;
}
