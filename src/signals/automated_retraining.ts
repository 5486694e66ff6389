// signals.md › automated_retraining: training re-runs without a person: a scheduled or triggered job (cron in CI, a CI job on push that trains, a scheduled orchestrator run, a drift- or data-triggered training job) that trains or fine...
import { defineDetector } from './define.js';

export const automatedRetraining = defineDetector({
  id: 'automated_retraining',
  area: 'mlops',
});
