// Monitoring SDKs count by import; Prometheus/Grafana also by their config
// files and compose services. LangSmith counts only for tracing set up in
// code (an unset key in .env.example is not tracing; its Client alone is
// for evaluations). Prediction logging: a file that predicts and writes
// records to a store (a database insert, a prediction record added to an ORM
// session in the same function, a frame appended to a log file). Tracing set
// up by a call counts too (MLflow LLM autolog, OpenInference instrumentors),
// cloud metrics and alarms written
// from boto3 or the CDK or declared in Terraform, managed endpoints that log
// their requests and predictions (SageMaker data capture), and a service
// started under a tracing agent (`opentelemetry-instrument`, `ddtrace-run`)
// in a Dockerfile, a compose command or a script.
import { APPEND_WRITES, DJANGO_CREATE, INSERT_SQL, INSTRUMENTED_START, INSTRUMENTING_IMPORTS, MONITORING_MANIFESTS, MONITORING_SERVICE, OBSERVABILITY_PATTERNS, ORM_WRITES, PREDICTION_LOGGERS, PREDICTION_RECORD, STORE_WRITES } from '../catalog/tools/mlops-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { lastSegment } from './lib/code.js';
import type { Evidence } from './types.js';

const PREDICT = /^(predict|predict_proba|predict_log_proba|decision_function)$/;

export const observability = defineDetector({
  id: 'observability',
  area: 'mlops',
  rule: 'the running system is observed: Prometheus metrics, OpenTelemetry traces, structured prediction logging to a store, Langfuse, LangSmith, Arize Phoenix, Helicone, Sentry.',
  uses: 'import',
  toolFiles: true,
  patterns: OBSERVABILITY_PATTERNS,
  detect: (ctx, found) => [...found, ...manifests(ctx), ...predictionLogging(ctx), ...instrumentedStarts(ctx)],
});

/** Zero-code instrumentation: a Dockerfile, compose command or script that starts the service under a tracing or APM agent, or an import that instruments the process. */
function instrumentedStarts(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.sourceFiles) {
    for (const imp of file.facts.imports.filter((i) => INSTRUMENTING_IMPORTS.includes(i.module))) out.push(codeEvidence(file.path, imp, imp.text, 'import'));
  }
  for (const f of ctx.files) {
    for (const d of f.docker ?? []) {
      if (INSTRUMENTED_START.test(d.args)) out.push(configEvidence(f.path, d, `${d.keyword} ${d.args}`));
    }
    for (const c of f.configs ?? []) {
      if (c.key === 'compose:command' && INSTRUMENTED_START.test(c.text)) out.push(configEvidence(f.path, c, c.text));
    }
    for (const c of f.commands ?? []) {
      if (INSTRUMENTED_START.test(c.text)) out.push(configEvidence(f.path, c, c.text));
    }
  }
  return out;
}

/** Compose services running a monitoring stack; Prometheus Operator objects. */
function manifests(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const f of ctx.files) {
    for (const m of f.manifests ?? []) {
      const service = m.kind === 'compose:service' && MONITORING_SERVICE.test(m.text);
      if (service || MONITORING_MANIFESTS.includes(m.kind)) out.push(configEvidence(f.path, m, m.text));
    }
  }
  return out;
}

/** Predictions written to a store from the project's own code (not notebooks, not tests). */
function predictionLogging(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.sourceFiles) {
    for (const fn of file.facts.functions.filter((f) => PREDICTION_LOGGERS.test(f.name))) {
      out.push(codeEvidence(file.path, fn, `def ${fn.name}`, 'function'));
    }
    if (!file.facts.calls.some((c) => PREDICT.test(lastSegment(c.name)))) continue;
    // Functions that store a record through an ORM session (`db.add(...)`).
    const ormWriters = new Set(file.facts.calls.filter((c) => c.inFunction && c.name.includes('.') && ORM_WRITES.includes(lastSegment(c.name))).map((c) => c.inFunction));
    for (const call of file.facts.calls) {
      const method = lastSegment(call.name);
      const sql = (method === 'execute' || method === 'executemany') && call.strings.some((s) => INSERT_SQL.test(s));
      const record = PREDICTION_RECORD.test(call.name) && /^[A-Z]/.test(method) && call.inFunction !== undefined && ormWriters.has(call.inFunction);
      const appended = APPEND_WRITES.includes(method) && call.kwargs.includes('mode') && call.strings.some((s) => /^a\+?$/.test(s));
      if (STORE_WRITES.includes(method) || sql || record || appended || DJANGO_CREATE.test(call.name)) out.push(codeEvidence(file.path, call, `${call.name}()`, 'call'));
    }
  }
  return out;
}
