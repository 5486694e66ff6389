// Each route needs both halves: an automatic start (CI event other than a
// manual dispatch, a schedule, a cloud rule set in code, a drift check) and
// a step that trains (see lib/retraining.ts, lib/cloud-triggers.ts). A workflow_dispatch-only workflow is a person
// pressing a button.
// A smoke or dry run of training, and inline Python that fits a throw-away
// model on literal data, train no model (lib/smoke-runs.ts).
// A job scheduled in-process (APScheduler, `schedule`, Celery beat,
// rq-scheduler, repeat_every, arq) by a service or script that starts the
// scheduler is a scheduled job when its function trains (lib/job-schedulers.ts).
import { getTool, matchesAny, toolsFor } from '../catalog/index.js';
import { DRIFT_STATS } from '../catalog/tools/drift-calls.js';
import { AIRFLOW_DAGS, AIRFLOW_SCHEDULE_KWARGS, SCHEDULE_PATTERNS, SCHEDULE_STRING, SCHEDULE_VALUE, SCHEDULED_MANIFESTS } from '../catalog/tools/mlops-calls.js';
import type { CallFact, CiFacts, CiStep } from '../parse/types.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { importsAny, lastSegment } from './lib/code.js';
import { patternUses } from './lib/patterns.js';
import { cloudTriggers } from './lib/cloud-triggers.js';
import { scheduledJobs } from './lib/job-schedulers.js';
import { scheduleAttached } from './lib/schedule-attached.js';
import { commandTrains, fileTrains, namesTraining } from './lib/retraining.js';
import { namesSmoke, type Env } from './lib/smoke-runs.js';
import { targetEvidence, taskTargets } from './lib/task-targets.js';
import type { Evidence } from './types.js';

const AUTOMATIC = new Set(['push', 'pull_request', 'pull_request_target', 'merge_request', 'merge_group', 'schedule', 'workflow_run', 'repository_dispatch', 'release', 'tag', 'trigger', 'pipeline', 'api']);
const DRIFT_CHECK = /drift|(^|\.)psi$|detect_shift/i;
const HOUSEKEEPING_JOB = /backup|restore|clean[-_ ]?up|prune|purge|rotat(e|ion)|vacuum|compact|archiv|garbage|(^|[^a-z])sync/i;
const DEMO_UI_IMPORTS = toolsFor('demo_ui').flatMap((id) => getTool(id).imports);

export const automatedRetraining = defineDetector({
  id: 'automated_retraining',
  area: 'mlops',
  rule: 'training re-runs without a person: a scheduled or triggered job (cron in CI, a CI job on push that trains, a scheduled orchestrator run, a drift- or data-triggered training job) that trains or fine-tunes a model. An HTTP `/train` endpoint that a person calls does not count.',
  detect: (ctx) => [...ciTraining(ctx), ...airflowRuns(ctx), ...scheduledRuns(ctx), ...cronManifests(ctx), ...cloudTriggers(ctx), ...scheduledJobs(ctx), ...driftTriggered(ctx)],
});

/** A CI workflow started by an event or a schedule whose steps train. */
function ciTraining(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    const ci = file.ci;
    if (!ci) continue;
    const events = ci.triggers.length > 0 ? ci.triggers.filter((t) => AUTOMATIC.has(t)) : ci.system === 'github' ? [] : ['push'];
    if (events.length === 0) continue;
    for (const { path, step, env } of stepsOf(ctx, file.path, ci)) {
      // A step named for a smoke or dummy run ("Create dummy model for testing") is not retraining.
      const training = step.run && !namesSmoke(step.name) ? commandTrains(step.run, ctx, 0, env) : undefined;
      if (!training) continue;
      const crons = ci.crons.length > 0 ? ` (cron ${ci.crons.join(', ')})` : '';
      // Cite the step that trains; the event that starts it goes in the detail.
      out.push(configEvidence(path, step, `${training.command} (on: ${events.join(', ')}${crons})`), ...training.via);
    }
  }
  return out;
}

interface WorkflowStep {
  path: string;
  step: CiStep;
  /** The environment the step runs with: workflow, job and step `env:`, the innermost winning. */
  env: Env;
}

function ownSteps(path: string, ci: CiFacts): WorkflowStep[] {
  return ci.jobs.flatMap((j) => j.steps.map((step) => ({ path, step, env: { ...ci.env, ...j.env, ...step.env } })));
}

/**
 * A workflow's steps, and those of the repository's reusable workflows it
 * calls (`uses: ./.github/workflows/x.yml`); a called workflow does not
 * inherit the caller's `env:`.
 */
function stepsOf(ctx: DetectContext, path: string, ci: CiFacts): WorkflowStep[] {
  const own = ownSteps(path, ci);
  const called = own.flatMap(({ step }) => {
    const target = step.uses?.startsWith('./') ? ctx.files.find((f) => f.path === step.uses?.slice(2) && f.ci) : undefined;
    return target?.ci ? ownSteps(target.path, target.ci) : [];
  });
  return [...own, ...called];
}

function scheduleStrings(dag: CallFact): string[] {
  return [...dag.strings, ...(dag.resolved ?? [])].filter((s) => SCHEDULE_STRING.test(s));
}

function scheduledDag(file: PyFile, dag: CallFact): boolean {
  if (!dag.kwargs.some((k) => AIRFLOW_SCHEDULE_KWARGS.includes(k))) return false;
  // The schedule as a literal or a module constant (`SCHEDULE_INTERVAL = "1 0 * * *"`).
  if (scheduleStrings(dag).length > 0) return true;
  // `schedule=timedelta(hours=1)`, a timetable, or datasets (data-triggered) inside the DAG(...) call.
  return file.facts.calls.some((c) => c.cell === dag.cell && c.line >= dag.line && c.line <= dag.line + 15 && SCHEDULE_VALUE.test(c.name));
}

/** An Airflow DAG with a schedule, in a file that trains. */
function airflowRuns(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    const dag = file.facts.calls.find((c) => matchesAny(c.name, AIRFLOW_DAGS) && scheduledDag(file, c));
    const training = dag && (fileTrains(file, ctx, dag) ?? imageTrains(ctx, file));
    if (dag && training) out.push(codeEvidence(file.path, dag, `${dag.name}(${scheduleStrings(dag).join(', ')})`, 'call', 'airflow'), training);
  }
  return out;
}

/**
 * A container task of the file whose image the repository builds and whose
 * code trains (lib/task-targets.ts): `DockerOperator(image="churn")` with a
 * compose service `churn` built from `model/`, whose CMD runs `run.py`
 * calling `.fit()`; or a job spec the task submits whose program trains
 * (`SparkKubernetesOperator(application_file=...)`, lib/task-specs.ts). The
 * task runs training its own strings do not name.
 */
function imageTrains(ctx: DetectContext, file: PyFile): Evidence | undefined {
  for (const target of taskTargets(ctx, file).filter((t) => t.kind === 'image' || t.kind === 'spec')) {
    const trains = target.files.find((f) => fileTrains(f, ctx) !== undefined);
    if (trains) return targetEvidence(file, target, trains);
  }
  return undefined;
}

/** Prefect/Dagster/Kubeflow/Vertex/... schedules and sensors, in a file that trains or names a training job. */
function scheduledRuns(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python) {
    const schedules = patternUses(ctx, SCHEDULE_PATTERNS, [file]).filter((e) => scheduleAttached(ctx, file, e));
    const training = schedules.length > 0 ? (fileTrains(file, ctx) ?? imageTrains(ctx, file)) : undefined;
    if (!training) continue;
    // A schedule call whose own arguments name the training job is one piece of evidence, not two.
    out.push(schedules[0]);
    if (training.location !== schedules[0].location) out.push(training);
  }
  return out;
}

/** Terraform targets of an EventBridge rule: the rule counts when a target in its file is named for training. */
const RULE_TARGETS = ['terraform:aws_cloudwatch_event_target'];

/**
 * Kubernetes CronJobs, Argo CronWorkflows and cloud schedulers whose name or
 * command says they train, or (an EventBridge rule) whose target in the same
 * file is named for training; not housekeeping of a training system
 * (`training-metadata-backup`, `cleanup-training-runs`).
 */
function cronManifests(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const f of ctx.files) {
    const manifests = f.manifests ?? [];
    const target = manifests.find((x) => RULE_TARGETS.includes(x.kind) && namesTraining(x.text) && !HOUSEKEEPING_JOB.test(x.text));
    for (const m of manifests.filter((x) => SCHEDULED_MANIFESTS.includes(x.kind) && !HOUSEKEEPING_JOB.test(x.text))) {
      const named = namesTraining(m.text);
      const training = named ? undefined : m.kind === 'terraform:aws_cloudwatch_event_rule' && target ? configEvidence(f.path, target, target.text) : entrypointTrains(ctx, m.text);
      if (named || training) out.push(configEvidence(f.path, m, m.text), ...(training ? [training] : []));
    }
  }
  return out;
}

/** A scheduled Prefect deployment's entrypoint (`flows/train.py:main`) in a file that trains. */
function entrypointTrains(ctx: DetectContext, text: string): Evidence | undefined {
  const ref = /([\w./-]+\.py):\w+/.exec(text)?.[1]?.replace(/^\.\//, '');
  const file = ref === undefined ? undefined : ctx.python.find((p) => p.path === ref || p.path.endsWith(`/${ref}`));
  return file === undefined || file.test ? undefined : fileTrains(file, ctx);
}

function checksDrift(name: string): boolean {
  return DRIFT_CHECK.test(name) || matchesAny(name, DRIFT_STATS) || name.startsWith('evidently') || name.startsWith('alibi_detect');
}

/**
 * A function (outside notebooks) that checks drift and then calls training:
 * retraining triggered by drift. Training called before the check does not
 * follow from it, nor does training after a check whose result is thrown
 * away (`detect_drift(ref, cur)` as a statement: a report, then training
 * whatever it found); and an app page (Streamlit, Gradio) runs when a person clicks.
 */
function driftTriggered(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python.filter((f) => !f.notebook && !f.test && !importsAny(f, DEMO_UI_IMPORTS))) {
    for (const fn of file.facts.functions) {
      if (!fn.calls.some(checksDrift)) continue;
      const owner = fn.className ? `${fn.className}.${fn.name}` : fn.name;
      const own = file.facts.calls.filter((c) => c.inFunction === owner && c.line >= fn.line && c.line <= fn.endLine);
      const check = own.find((c) => checksDrift(c.name) && !c.discarded);
      const call = check && own.find((c) => c.line > check.line && /train/i.test(lastSegment(c.name)) && namesTraining(lastSegment(c.name)));
      if (call) out.push(codeEvidence(file.path, call, `${call.name}() after a drift check in ${fn.name}`, 'call'));
    }
  }
  return out;
}
