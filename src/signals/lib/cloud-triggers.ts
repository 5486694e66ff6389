// Cloud triggers set in code, for automated_retraining: an EventBridge rule
// or schedule (boto3, AWS CDK) starts a job on a timetable or an event (an S3
// upload) with no person. (SageMaker Pipeline, Vertex and Azure ML schedules
// are schedule calls in the file that trains: SCHEDULE_PATTERNS.) It counts only
// when the job it starts trains. Code rarely names its target plainly (the
// ARN is a variable), so the target is judged by what the file shows of it:
// - a name that says training (`FunctionName="retrain-model"`, `train_fn`);
// - a SageMaker pipeline (looked up, defined or targeted): the pipeline
//   definitions nearest the trigger file train (a TrainingStep);
// - a Lambda function: the nearest Lambda handlers start training.
// A name that says inference or scoring, a disabled rule, or a nearest
// pipeline or handler that does not train is no retraining.
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
// https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html
import type { CallFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callsIn, lastSegment } from './code.js';
import { namesTraining } from './retraining.js';

/** One trigger in a file and the calls that say what it starts. */
interface Trigger {
  call: CallFact;
  /** What starts it, for the evidence (`EventPattern`, `ScheduleExpression='rate(1 day)'`). */
  start: string;
  /** Calls that name the target: `put_targets`, CDK target constructors, the trigger itself. */
  targets: CallFact[];
}

/** A rule or schedule starts on a timetable or an event only with one of these. */
const BOTO3_STARTS = ['ScheduleExpression', 'EventPattern'];
const CDK_TRIGGER = /^aws_cdk\.(aws_events\.(Rule|CfnRule)|aws_scheduler\.CfnSchedule|aws_scheduler_alpha\.Schedule)$/;
const CDK_STARTS = ['schedule', 'event_pattern', 'schedule_expression'];
const CDK_TARGET = /^aws_cdk\.(aws_events_targets|aws_scheduler_targets(_alpha)?)\.\w+$/;

/** Calls that look up or create what a boto3 rule targets; their literal names say what it is. */
const TARGET_LOOKUPS = /^(describe_pipeline|create_pipeline|update_pipeline|start_pipeline_execution|create_function|get_function|update_function_code|update_function_configuration|add_permission|create_state_machine|describe_state_machine|create_project|start_build|submit_job|run_task)$/;
const PIPELINE_LOOKUPS = /^(describe_pipeline|create_pipeline|update_pipeline)$/;
const LAMBDA_LOOKUPS = /^(create_function|get_function|update_function_code|update_function_configuration|add_permission)$/;
const PIPELINE_TARGET = /SageMaker(Start)?Pipeline/;
const LAMBDA_TARGET = /LambdaFunction|LambdaInvoke/;

/** Target names that say the job scores, serves or moves data. */
const NOT_TRAINING_TARGET = /(?<![a-z])(infer|predict|scor(e|ing)|batch[-_ ]?transform|serv(e|ing)|etl|ingest|report|backup|clean)/i;

const SAGEMAKER_PIPELINE = 'sagemaker.workflow.pipeline.Pipeline';
const SAGEMAKER_TRAINING_STEPS = ['sagemaker.workflow.steps.TrainingStep', 'sagemaker.workflow.steps.TuningStep', 'sagemaker.workflow.automl_step.AutoMLStep'];
const HANDLER = /^(lambda_)?handler$/;

function disabled(call: CallFact): boolean {
  return call.strings.includes('DISABLED') || (call.consts ?? []).includes('enabled=False');
}

/** The triggers a file sets, enabled, with a start. */
function triggersOf(file: PyFile): Trigger[] {
  const calls = file.facts.calls;
  const out: Trigger[] = [];
  const putTargets = calls.filter((c) => lastSegment(c.name) === 'put_targets');
  const cdkTargets = calls.filter((c) => CDK_TARGET.test(c.name) || lastSegment(c.name) === 'add_target');
  for (const call of calls) {
    if (disabled(call)) continue;
    const segment = lastSegment(call.name);
    const boto3 = call.kwargs.find((k) => BOTO3_STARTS.includes(k));
    if (segment === 'put_rule' && boto3 && putTargets.length > 0) out.push({ call, start: startOf(call, boto3), targets: putTargets });
    else if (segment === 'create_schedule' && boto3 === 'ScheduleExpression' && call.kwargs.includes('Target')) out.push({ call, start: startOf(call, boto3), targets: [call] });
    else if (CDK_TRIGGER.test(call.name)) {
      const cdk = call.kwargs.find((k) => CDK_STARTS.includes(k));
      if (cdk) out.push({ call, start: cdk, targets: [call, ...cdkTargets] });
    }
  }
  return out;
}

function startOf(call: CallFact, kwarg: string): string {
  const value = kwarg === 'ScheduleExpression' ? call.strings.find((s) => /^(rate|cron|at)\(/.test(s)) : undefined;
  return value === undefined ? kwarg : `${kwarg}='${value}'`;
}

/** Folder of a path, with a trailing slash ('' at the root). */
function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** How many leading folders two paths share. */
function sharedDepth(a: string, b: string): number {
  const x = folderOf(a).split('/').filter(Boolean);
  const y = folderOf(b).split('/').filter(Boolean);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The candidates nearest a file by folder (the file itself when it is one). */
function nearest<T extends { path: string }>(path: string, candidates: T[]): T[] {
  const own = candidates.filter((c) => c.path === path);
  if (own.length > 0) return own;
  const best = Math.max(-1, ...candidates.map((c) => sharedDepth(path, c.path)));
  return candidates.filter((c) => sharedDepth(path, c.path) === best);
}

/** Where the nearest SageMaker pipeline definitions train, when every one of them does. */
export function pipelineTrains(ctx: DetectContext, path: string): Evidence | undefined {
  const defining = ctx.python.filter((f) => !f.test && f.facts.calls.some((c) => c.name === SAGEMAKER_PIPELINE));
  // Modules before notebooks: a notebook beside a module is most often its draft.
  const near = nearest(path, defining).sort((a, b) => Number(a.notebook) - Number(b.notebook));
  const steps = near.map((f) => {
    const step = f.facts.calls.find((c) => SAGEMAKER_TRAINING_STEPS.includes(c.name));
    return step ? codeEvidence(f.path, step, `${step.name}()`, 'call', 'sagemaker') : undefined;
  });
  return steps.length > 0 && steps.every((s) => s !== undefined) ? steps[0] : undefined;
}

/** Where the nearest Lambda handlers start training, when every one of them does. */
function handlersTrain(ctx: DetectContext, path: string): Evidence | undefined {
  const handlers = ctx.python.flatMap((f) => (f.test || f.notebook ? [] : f.facts.functions.filter((fn) => HANDLER.test(fn.name)).map((fn) => ({ path: f.path, file: f, fn }))));
  const found = nearest(path, handlers).map(({ file, fn }) => {
    const owner = fn.className ? `${fn.className}.${fn.name}` : fn.name;
    const own = callsIn(file, owner);
    const call = own.find((c) => namesTraining(lastSegment(c.name)) && !lastSegment(c.name).startsWith('fit'));
    if (call) return codeEvidence(file.path, call, `${call.name}() in ${fn.name}`, 'call');
    const run = own.find((c) => lastSegment(c.name) === 'start_pipeline_execution');
    return run && pipelineTrains(ctx, file.path) ? codeEvidence(file.path, run, `${run.name}() in ${fn.name}`, 'call') : undefined;
  });
  return found.length > 0 && found.every((e) => e !== undefined) ? found[0] : undefined;
}

/** Literal names of the target: the trigger's and target calls' strings and argument names, and boto3 lookups in the file. */
function targetNames(file: PyFile, trigger: Trigger): { call: CallFact; name: string }[] {
  const lookups = trigger.call.name.startsWith('aws_cdk.') ? [] : file.facts.calls.filter((c) => TARGET_LOOKUPS.test(lastSegment(c.name)));
  const own = trigger.targets.includes(trigger.call) ? [] : [trigger.call];
  return [...own, ...trigger.targets, ...lookups].flatMap((call) => [...call.strings, ...(call.names ?? [])].map((name) => ({ call, name })));
}

/** Where the job a trigger starts trains, if it does. */
function targetTrains(ctx: DetectContext, file: PyFile, trigger: Trigger): Evidence | undefined {
  const names = targetNames(file, trigger);
  const named = names.find((n) => namesTraining(n.name) && !/^(rate|cron|at)\(/.test(n.name));
  if (named) return codeEvidence(file.path, named.call, `${named.call.name}(${named.name})`, 'call');
  if (names.some((n) => NOT_TRAINING_TARGET.test(n.name))) return undefined;
  const segments = new Set(file.facts.calls.map((c) => lastSegment(c.name)));
  const targetNamesOf = trigger.targets.map((c) => c.name);
  const toPipeline =
    [...segments].some((s) => PIPELINE_LOOKUPS.test(s)) ||
    file.facts.calls.some((c) => c.name === SAGEMAKER_PIPELINE) ||
    trigger.targets.some((c) => (c.keys ?? []).includes('SageMakerPipelineParameters')) ||
    targetNamesOf.some((n) => PIPELINE_TARGET.test(n));
  const pipeline = toPipeline ? pipelineTrains(ctx, file.path) : undefined;
  if (pipeline) return pipeline;
  const toLambda = [...segments].some((s) => LAMBDA_LOOKUPS.test(s)) || targetNamesOf.some((n) => LAMBDA_TARGET.test(n));
  return toLambda ? handlersTrain(ctx, file.path) : undefined;
}

/** EventBridge rules and schedules (boto3, CDK) whose target trains: the trigger, then where the target trains. */
export function cloudTriggers(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python.filter((f) => !f.test)) {
    for (const trigger of triggersOf(file)) {
      const training = targetTrains(ctx, file, trigger);
      if (!training) continue;
      // The trigger is what shows the automatic start; where its target trains supports it and is cited after.
      out.push(codeEvidence(file.path, trigger.call, `${trigger.call.name}(${trigger.start})`, 'call'), { ...training, secondary: true });
      break;
    }
  }
  return out;
}
