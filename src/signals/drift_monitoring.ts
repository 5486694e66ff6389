// signals.md › drift_monitoring: production data or predictions are checked for drift: Evidently, whylogs, alibi-detect, NannyML, deepchecks, river drift detectors, frouros, or hand-written statistics (KS test, PSI, chi-squared, W...
import { defineDetector } from './define.js';

export const driftMonitoring = defineDetector({
  id: 'drift_monitoring',
  area: 'mlops',
});
