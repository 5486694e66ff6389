// Drift checked by hand on live data (signals.md, drift_monitoring:
// "hand-written statistics ... applied to reference vs current data"): where
// the running system handles its data (a route or Lambda handler, a job a
// scheduler runs, or a function that reads the prediction log back), itself
// or through the repository's own functions it calls (lib/prediction-store.ts
// callees, two calls deep):
//   - a function named for drift or a distribution shift (`zscore_drift`,
//     `compute_drift`, `mean_shift_report`; the handler itself when its name
//     or route says drift) computes a statistic (a mean, a standard deviation,
//     numpy, a two-sample test), and
//   - a saved training baseline is loaded beside it: a call, path, or name of
//     baseline, reference or training statistics (`load_baseline_stats(
//     "artifacts/drift_baseline.json")`, `pd.read_parquet(REF_PATH)`,
//     `train_stats = json.load(...)`), in the same functions or their modules.
// Every 100 requests comparing the mean of the last 100 logged inputs with the
// training means is one (held-out slice Z). A train-vs-test comparison in a
// notebook or a training script, a baseline computed and never compared, and a
// drift function defined and never called from such a place are not read
// here (a function named `detect_drift` etc. still counts by itself, in
// drift_monitoring.ts).
import { DRIFT_STATS, NOT_DATA_DRIFT, STATISTIC_CALLS } from '../../catalog/tools/drift-calls.js';
import { matchesAny } from '../../catalog/index.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callsIn as callsInScope, lastSegment } from './code.js';
import { moduleIndexOf, type ModuleIndex } from './local-modules.js';
import { callees } from './prediction-store.js';
import { isPsiFunction } from './psi.js';
import { routeHandlers } from './web-api.js';

/** Calls followed from the entry to the function that computes the statistic (handler → service → check). */
const CALL_DEPTH = 2;
/** A function named for drift or a distribution shift (`zscore_drift`, `feature_shift`), not a work shift or a bit shift. */
const DRIFT_NAMED = /drift|(data|distribution|covariate|feature|input|mean|population|dataset|prediction)_?shift/i;
/** A saved baseline of the training data: baseline or reference statistics, or the training set kept for comparison. */
const BASELINE = /baseline|reference|(^|[_./])ref([_./]|$)|train(ing)?_(df|data|set)\b|train(ing)?_(\w+_)?(stats|statistics|profile|distribution|summary|means?|std)\b|(stats|statistics|profile)_train(ing)?\b|train(ing)?\.(csv|parquet|json|pkl)/i;
/** Decorators that run a function on a schedule: APScheduler, fastapi-utils, Celery's periodic tasks. */
const SCHEDULE_DECORATORS = new Set(['scheduled_job', 'repeat_every', 'periodic_task']);
/** Calls that hand a function to a scheduler: `scheduler.add_job(check, "interval")`, `schedule.every(10).minutes.do(check)`. */
const SCHEDULE_CALLS = new Set(['add_job', 'do']);
/** Reads of the prediction log: `fetch_prediction_inputs()`, `load_inference_logs()`, `SELECT ... FROM predictions`. */
const READS_LOG = /^(fetch|load|read|get|query|select)_(recent_|latest_|last_)?\w*(prediction|inference|request|served|production|live)s?(_\w+)?$/i;
const SELECTS_LOG = /\bselect\b[\s\S]*\bfrom\s+["`[]?\w*(prediction|inference|request)\w*/i;
const RANDOM = /(^|\.)random(\.|$)/;
const READS = /^(load|read|open)/;

const qualified = (fn: FunctionFact) => (fn.className ? `${fn.className}.${fn.name}` : fn.name);
const callsIn = (file: PyFile, fn: FunctionFact) => callsInScope(file, qualified(fn));

interface Reached {
  file: PyFile;
  fn: FunctionFact;
  /** The entry's call that leads here (none for the entry itself). */
  via?: CallFact;
}

/** Functions a scheduler runs: decorated as a scheduled job, or handed to `add_job`/`do` by name. */
function scheduledJobs(file: PyFile): Set<string> {
  const out = new Set<string>();
  for (const fn of file.facts.functions) if (fn.decorators.some((d) => SCHEDULE_DECORATORS.has(lastSegment(d.name)))) out.add(qualified(fn));
  for (const c of file.facts.calls) if (SCHEDULE_CALLS.has(lastSegment(c.name)) && c.name.includes('.')) for (const n of c.names ?? []) out.add(n);
  return out;
}

/** A function that reads logged predictions or requests back (a monitoring job over the prediction log). */
function readsPredictionLog(file: PyFile, fn: FunctionFact): boolean {
  return callsIn(file, fn).some((c) => READS_LOG.test(lastSegment(c.name)) || [...c.strings, ...(c.resolved ?? [])].some((s) => SELECTS_LOG.test(s)));
}

/** Where the running system handles its data: handlers, scheduled jobs, and functions that read the prediction log. */
function entries(file: PyFile): FunctionFact[] {
  const handlers = routeHandlers(file);
  const jobs = scheduledJobs(file);
  return file.facts.functions.filter((fn) => handlers.has(qualified(fn)) || jobs.has(qualified(fn)) || jobs.has(fn.name) || readsPredictionLog(file, fn));
}

/** The entry and the repository functions it calls, CALL_DEPTH calls deep; each with the entry's call that leads to it. */
function reached(file: PyFile, entry: FunctionFact, index: ModuleIndex): Reached[] {
  const out: Reached[] = [{ file, fn: entry }];
  const seen = new Set([`${file.path}#${qualified(entry)}`]);
  let frontier = out;
  for (let depth = 0; depth < CALL_DEPTH; depth++) {
    const next: Reached[] = [];
    for (const r of frontier) {
      for (const call of callsIn(r.file, r.fn)) {
        for (const callee of callees(r.file, call, r.fn, index)) {
          const key = `${callee.file.path}#${qualified(callee.fn)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          next.push({ ...callee, via: r.via ?? call });
        }
      }
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}

/** A function that computes a statistic of a distribution by hand (not a stub, not random numbers). */
function computesStatistic(fn: FunctionFact): boolean {
  if (fn.placeholder || fn.calls.some((c) => RANDOM.test(c))) return false;
  return fn.calls.some((c) => STATISTIC_CALLS.test(c) || matchesAny(c, DRIFT_STATS));
}

/** The function is about drift: its name, or (for a handler) its route's path (`@app.get("/drift")`). */
function namedForDrift(r: Reached): boolean {
  if (NOT_DATA_DRIFT.test(r.fn.name) || NOT_DATA_DRIFT.test(r.file.path) || /^test_/.test(r.fn.name)) return false;
  return DRIFT_NAMED.test(r.fn.name) || isPsiFunction(r.fn, false) || (r.via === undefined && r.fn.decorators.some((d) => d.strings.some((s) => DRIFT_NAMED.test(s))));
}

const namesBaseline = (c: CallFact) =>
  BASELINE.test(c.name) || [...c.strings, ...(c.names ?? []), ...(c.bound ?? []), ...(c.resolved ?? [])].some((s) => BASELINE.test(s));

/** Where live data are compared with a saved training baseline by a hand-written drift statistic. */
export function liveDriftChecks(ctx: DetectContext): Evidence[] {
  const index = moduleIndexOf(ctx.python);
  const out: Evidence[] = [];
  const push = (e: Evidence) => {
    if (!out.some((o) => o.location === e.location)) out.push(e);
  };
  for (const file of ctx.sourceFiles) {
    for (const entry of entries(file)) {
      const scope = reached(file, entry, index);
      const checks = scope.filter((r) => namedForDrift(r) && computesStatistic(r.fn));
      if (checks.length === 0) continue;
      // The baseline is loaded in the functions followed, or at the top of their modules (`BASELINE = json.load(...)`).
      const files = new Set(scope.map((r) => r.file));
      const inScope = (f: PyFile, c: CallFact) => c.inFunction === undefined || scope.some((r) => r.file === f && qualified(r.fn) === c.inFunction);
      // Cited: a call named for the baseline (`load_reference_features()`) first, then one that reads it, then any.
      const rank = (c: CallFact) => (BASELINE.test(lastSegment(c.name)) ? 0 : READS.test(lastSegment(c.name)) ? 1 : 2);
      const baseline = [...files]
        .flatMap((f) => f.facts.calls.filter((c) => inScope(f, c) && namesBaseline(c)).map((c) => ({ f, c })))
        .sort((a, b) => rank(a.c) - rank(b.c))[0];
      if (!baseline) continue;
      for (const check of checks) {
        if (check.via) push(codeEvidence(file.path, check.via, `${check.via.name}()`, 'call'));
        push(codeEvidence(baseline.f.path, baseline.c, `${baseline.c.name}()`, 'call'));
        push(codeEvidence(check.file.path, check.fn, `def ${check.fn.name}`, 'function'));
      }
    }
  }
  return out;
}
