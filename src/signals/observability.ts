// signals.md › observability: the running system is observed: Prometheus metrics, OpenTelemetry traces, structured prediction logging to a store, Langfuse, LangSmith, Arize Phoenix, Helicone, Sentry.
import { defineDetector } from './define.js';

export const observability = defineDetector({
  id: 'observability',
  area: 'mlops',
});
