// A population stability index written by hand (signals.md, drift_monitoring:
// "hand-written statistics (KS test, PSI, ...) applied to reference vs current
// data"). A function named for one (`population_stability_index`, `calc_psi`,
// `psi_score`; a bare `psi` only in code about drift) counts when its body
// computes a statistic. A name that says only "stability index" is not enough:
// the coefficient of variation of a metric across backtest folds is called
// that too (held-out slice CB). It counts when its body is a PSI: the log of a
// ratio of proportions over binned distributions (`np.histogram`, `pd.cut`,
// `value_counts`) or over two samples handed in (expected and actual).
// Stubs and tests are never a PSI.
import { PSI_BINS, PSI_FUNCTION, PSI_LOG, PSI_SHORT, STABILITY_INDEX, STATISTIC_CALLS } from '../../catalog/tools/drift-calls.js';
import type { FunctionFact } from '../../parse/types.js';

/** The function computes a population stability index; `inDriftCode` lets a bare `psi` (a wave function too) count. */
export function isPsiFunction(fn: FunctionFact, inDriftCode: boolean): boolean {
  if (fn.placeholder || /^test_/.test(fn.name)) return false;
  if (PSI_FUNCTION.test(fn.name) || (inDriftCode && PSI_SHORT.test(fn.name))) return fn.calls.some((c) => STATISTIC_CALLS.test(c));
  return STABILITY_INDEX.test(fn.name) && computesPsi(fn);
}

/** The body sums the log of a ratio of proportions, over bins it makes or over two samples it is given. */
function computesPsi(fn: FunctionFact): boolean {
  if (!fn.calls.some((c) => PSI_LOG.test(c))) return false;
  return fn.calls.some((c) => PSI_BINS.test(c)) || (fn.params?.length ?? 0) >= 2;
}
