// Monitoring SDKs count by import; Prometheus/Grafana also by their config
// files and compose services. LangSmith counts only for tracing switched on,
// in code or in configuration (an unset key in .env.example is not tracing;
// its Client alone is for evaluations). Prediction logging: a file that predicts and writes
// records to a store (a database insert, a prediction record added to an ORM
// session in the same function, a frame appended to a log file), and
// structured records logged by hand in a serving function (a logging call with
// the prediction's fields, a JSONL/CSV line appended, a row inserted into a
// predictions table: lib/prediction-logs.ts), and a prediction record a
// request handler that runs a model, or an LLM callback hook, stores in a
// database, an object store or a JSONL file, itself or through the functions
// it calls (lib/prediction-store.ts). Tracing set
// up by a call counts too (MLflow LLM autolog, OpenInference instrumentors),
// cloud metrics and alarms written
// from boto3 or the CDK or declared in Terraform, managed endpoints that log
// their requests and predictions (SageMaker data capture), and a service
// started under a tracing agent (`opentelemetry-instrument`, `ddtrace-run`)
// in a Dockerfile, a compose command or a script. Tracing switched on by
// configuration counts as well: `LANGCHAIN_TRACING_V2: true` in a deployment
// manifest, compose `environment:`, a dotenv file or a Dockerfile `ENV`, and
// Langfuse keys or host set where the langfuse package is declared or imported
// (CONFIG_TRACING); a flag set to false, a commented-out line or a README is not.
// A write in a file that predicts counts only when what it stores is the
// prediction (lib/prediction-logs.ts writesPrediction): a CRUD route saving
// patients beside a `/predict` route is no prediction logging, nor is a batch
// flow's predictions table replaced each run (`to_sql(..., if_exists="replace")`).
import { APPEND_WRITES, CONFIG_TRACING, DJANGO_CREATE, INSERT_SQL, INSTRUMENTED_START, INSTRUMENTING_IMPORTS, MONITORING_MANIFESTS, MONITORING_SERVICE, OBSERVABILITY_PATTERNS, ORM_WRITES, PREDICTION_LOGGERS, PREDICTION_RECORD, STORE_WRITES, TRACKER_IMPORTS } from '../catalog/tools/mlops-calls.js';
import type { FunctionFact } from '../parse/types.js';
import { isFixturePath, type DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { lastSegment } from './lib/code.js';
import { overwrites, structuredPredictionLogs, writesPrediction } from './lib/prediction-logs.js';
import { storedPredictions } from './lib/prediction-store.js';
import { shellCommands } from './lib/shell.js';
import type { Evidence } from './types.js';

const PREDICT = /^(predict|predict_proba|predict_log_proba|decision_function)$/;

export const observability = defineDetector({
  id: 'observability',
  area: 'mlops',
  rule: 'the running system is observed: Prometheus metrics, OpenTelemetry traces, structured prediction logging to a store, Langfuse, LangSmith, Arize Phoenix, Helicone, Sentry.',
  uses: 'import',
  toolFiles: true,
  patterns: OBSERVABILITY_PATTERNS,
  detect: (ctx, found) => [...found, ...manifests(ctx), ...predictionLogging(ctx), ...instrumentedStarts(ctx), ...configuredTracing(ctx)],
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
      // The agent is the program a command runs, not a word it prints (`echo "run opentelemetry-instrument ..."`).
      if (shellCommands(c.text).some((cmd) => INSTRUMENTED_START.exec(cmd.words.join(' '))?.index === 0)) out.push(configEvidence(f.path, c, c.text));
    }
  }
  return out;
}

/** `NAME=value` pairs of a Dockerfile `ENV` (`ENV A=1 B="x"`, or the legacy `ENV NAME value`). */
function dockerEnv(args: string): [string, string][] {
  const legacy = /^([A-Za-z_]\w*)\s+([^=\s][^=]*)$/.exec(args.trim());
  if (legacy) return [[legacy[1], legacy[2].trim()]];
  return [...args.matchAll(/([A-Za-z_]\w*)=("[^"]*"|'[^']*'|\S*)/g)].map((m) => [m[1], m[2].replace(/^["']|["']$/g, '')]);
}

/** Tracing switched on by a setting in configuration (CONFIG_TRACING), where its library is in the repository. */
function configuredTracing(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  const present = (ids: readonly string[]) => ids.some((id) => { const t = ctx.tool(id); return t.uses.length + t.declared.length + t.imported.length > 0; });
  const rules = CONFIG_TRACING.filter((r) => present(r.needs));
  if (rules.length === 0) return out;
  const check = (path: string, line: number, name: string, value: string, text: string) => {
    const rule = rules.find((r) => r.names.includes(name) && r.value.test(value.trim()));
    if (rule) out.push(configEvidence(path, { line }, text, rule.tool));
  };
  for (const f of ctx.files) {
    if (isFixturePath(f.path)) continue;
    for (const c of f.configs ?? []) {
      if (!c.key.startsWith('env:')) continue;
      const name = c.key.slice(4);
      check(f.path, c.line, name, c.text.slice(name.length + 1), c.text);
    }
    for (const d of f.docker ?? []) {
      if (d.keyword !== 'ENV') continue;
      for (const [name, value] of dockerEnv(d.args)) check(f.path, d.line, name, value, `ENV ${name}=${/KEY$/.test(name) ? '…' : value}`);
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
/**
 * A function named for logging predictions that records them in an
 * experiment tracker or draws them: a test set's predictions kept with a
 * training run (`mlflow.log_artifact`, `wandb.log`, a plot), which is
 * evaluation, not the running system observed.
 */
const EVALUATION_RECORDERS = [...TRACKER_IMPORTS, 'matplotlib', 'seaborn', 'plotly'].map((m) => `${m}.`);
const recordsEvaluation = (fn: FunctionFact) => fn.calls.some((c) => EVALUATION_RECORDERS.some((p) => c.startsWith(p)));

function predictionLogging(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = storedPredictions(ctx);
  for (const file of ctx.sourceFiles) {
    // Structured records logged by hand inside a serving function (lib/prediction-logs.ts), once per line.
    for (const e of structuredPredictionLogs(file)) if (!out.some((o) => o.location === e.location)) out.push(e);
    for (const fn of file.facts.functions.filter((f) => PREDICTION_LOGGERS.test(f.name) && !recordsEvaluation(f))) {
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
      // A client's write (`collection.insert_one`, not the module's own `put_record()` route) of the prediction, not of a CRUD route's record.
      // A table written whole each run (`to_sql(..., if_exists="replace")`) is a batch job's output, not a log (overwrites).
      const write = (STORE_WRITES.includes(method) && call.name.includes('.') && !overwrites(call)) || sql || appended;
      const cited = out.some((o) => o.path === file.path && o.line === call.line);
      if (!cited && ((write && writesPrediction(file, call)) || record || DJANGO_CREATE.test(call.name))) out.push(codeEvidence(file.path, call, `${call.name}()`, 'call'));
    }
  }
  return out;
}
