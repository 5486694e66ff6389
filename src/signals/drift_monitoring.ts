// Drift libraries count by import. A two-sample test is ordinary statistics
// unless the code around it is about drift (its path, a function or call
// named for drift, PSI); a PSI function is only ever a drift measure, when
// its body computes one (a "stability index" by name alone need not be a PSI:
// lib/psi.ts).
// A deployed model's live error against actuals over time counts by a
// function named for it (rolling or live error, performance monitoring), in
// code about drift or monitoring. A function named for checking drift
// (`detect_drift`, `feature_drift_score`) counts when its body computes a
// statistic (numpy, scipy, a mean or a histogram), not when it is a stub, a
// random simulation or a test. Live data compared with a saved training
// baseline by a statistic written by hand, where the running system handles
// them (a handler, a scheduled job, a reader of the prediction log), counts
// through the functions it calls (lib/live-drift.ts).
import { DRIFT_CONTEXT, DRIFT_FUNCTION, DRIFT_PATTERNS, DRIFT_STATS, LIVE_ERROR_FUNCTION, NOT_DATA_DRIFT, PSI_FUNCTION, STATISTIC_CALLS } from '../catalog/tools/drift-calls.js';
import { matchesAny } from '../catalog/index.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { liveDriftChecks } from './lib/live-drift.js';
import { isPsiFunction } from './lib/psi.js';
import type { FunctionFact } from '../parse/types.js';
import type { Evidence } from './types.js';

export const driftMonitoring = defineDetector({
  id: 'drift_monitoring',
  area: 'mlops',
  rule: 'production data or predictions are checked for drift: Evidently, whylogs, alibi-detect, NannyML, deepchecks, river drift detectors, frouros, or hand-written statistics (KS test, PSI, chi-squared, Wasserstein) applied to reference vs current data; also tracking a deployed model\'s live error against actuals over time.',
  uses: 'import',
  patterns: DRIFT_PATTERNS,
  detect: (ctx, found) => [...found, ...handWritten(ctx), ...liveDriftChecks(ctx)],
});

/** True when the file's path, functions or calls are about drift (or it computes a PSI). */
export function aboutDrift(file: PyFile): boolean {
  if (DRIFT_CONTEXT.test(file.path)) return true;
  if (file.facts.functions.some((f) => DRIFT_CONTEXT.test(f.name) || PSI_FUNCTION.test(f.name) || isPsiFunction(f, false))) return true;
  return file.facts.calls.some((c) => /drift/i.test(c.name) || c.strings.some((s) => /\bdrift/i.test(s)));
}

/** A function named for checking drift whose body computes a statistic by hand (not a stub, not random numbers). */
function computesDrift(path: string, fn: FunctionFact): boolean {
  if (fn.placeholder || !DRIFT_FUNCTION.test(fn.name) || /^test_/.test(fn.name) || NOT_DATA_DRIFT.test(fn.name) || NOT_DATA_DRIFT.test(path)) return false;
  if (fn.calls.some((c) => /(^|\.)random(\.|$)/.test(c))) return false;
  // A two-sample test inside it is cited as the call itself.
  if (fn.calls.some((c) => matchesAny(c, DRIFT_STATS))) return false;
  return fn.calls.some((c) => STATISTIC_CALLS.test(c));
}

/**
 * A function named for a model's live error or performance over time whose own body computes it (a mean, an
 * absolute error, a rolling window): `get_performance_monitor()` handing out a singleton, or a test of one, is a
 * name alone (held-out L: a RAG app's timing monitor).
 */
function tracksLiveError(file: PyFile, fn: FunctionFact): boolean {
  if (file.test || fn.placeholder || /^test_/.test(fn.name) || !LIVE_ERROR_FUNCTION.test(fn.name)) return false;
  return fn.calls.some((c) => STATISTIC_CALLS.test(c) || /(^|\.)rolling$/.test(c));
}

function handWritten(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    const drift = aboutDrift(file);
    for (const fn of file.facts.functions.filter((f) => isPsiFunction(f, drift) || (drift && tracksLiveError(file, f)) || (!file.test && computesDrift(file.path, f)))) {
      out.push(codeEvidence(file.path, fn, `def ${fn.name}`, 'function'));
    }
    if (!drift) continue;
    for (const call of file.facts.calls.filter((c) => matchesAny(c.name, DRIFT_STATS))) {
      out.push(codeEvidence(file.path, call, `${call.name}()`, 'call', 'scipy'));
    }
  }
  return out;
}
