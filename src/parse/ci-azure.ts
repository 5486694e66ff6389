// Azure Pipelines YAML schema: https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/
// Without `trigger:`/`pr:` a pipeline runs on push and pull requests; `none`
// turns either off; `schedules: - cron:` adds a schedule. Steps live at the
// root, under `jobs:`, or under `stages: - jobs:` (deployment jobs keep them
// in `strategy.<name>.deploy.steps`).
import type { Node } from 'yaml';
import { emptyCi, jobOf, stepOf, unique } from './ci-common.js';
import type { CiFacts, CiJob, CiStep } from './types.js';
import { entries, entry, get, items, lineOf, str, strings } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

const SCRIPT_KEYS = ['script', 'bash', 'pwsh', 'powershell'];
const USE_KEYS = ['task', 'template', 'checkout', 'download', 'publish'];

export function readAzure(file: YamlFile, root: Node | undefined): CiFacts {
  const ci = emptyCi('azure');
  const trigger = entry(file, root, 'trigger');
  const pr = entry(file, root, 'pr');
  const schedules = entry(file, root, 'schedules');
  const events: string[] = [];
  if (!isOff(file, trigger?.value)) events.push('push');
  if (!isOff(file, pr?.value)) events.push('pull_request');
  ci.crons = unique(items(file, schedules?.value).flatMap((s) => strings(file, get(file, s, 'cron'))));
  if (ci.crons.length > 0) events.push('schedule');
  ci.triggers = events;
  ci.triggerLine = (ci.crons.length > 0 ? schedules?.line : undefined) ?? trigger?.line ?? pr?.line ?? 1;
  ci.jobs = jobsOf(file, root);
  return ci;
}

/** `trigger: none` switches the trigger off; absent means the default (on). */
function isOff(file: YamlFile, value: Node | undefined): boolean {
  const text = str(file, value);
  return text === 'none' || text === 'false';
}

function jobsOf(file: YamlFile, root: Node | undefined): CiJob[] {
  const out: CiJob[] = [];
  const rootSteps = entry(file, root, 'steps');
  if (rootSteps) out.push(jobOf('steps', rootSteps.line, stepsOf(file, rootSteps.value)));
  const jobs = [...items(file, get(file, root, 'jobs'))];
  for (const stage of items(file, get(file, root, 'stages'))) pushAll(jobs, items(file, get(file, stage, 'jobs')));
  for (const job of jobs) {
    const name = str(file, get(file, job, 'job')) ?? str(file, get(file, job, 'deployment')) ?? str(file, get(file, job, 'template')) ?? 'job';
    out.push(jobOf(name, lineOf(file, job), [...stepsOf(file, get(file, job, 'steps')), ...deploySteps(file, job)]));
  }
  return out;
}

/** Steps of deployment strategies: `strategy.runOnce.deploy.steps`, `preDeploy`, `postRouteTraffic`, ... */
function deploySteps(file: YamlFile, job: Node): CiStep[] {
  return entries(file, get(file, job, 'strategy')).flatMap((strategy) =>
    entries(file, strategy.value).flatMap((hook) => stepsOf(file, get(file, hook.value, 'steps'))),
  );
}

function stepsOf(file: YamlFile, steps: Node | undefined): CiStep[] {
  return items(file, steps).flatMap((step) => {
    const name = str(file, get(file, step, 'displayName')) ?? str(file, get(file, step, 'name'));
    const line = lineOf(file, step);
    const script = SCRIPT_KEYS.map((key) => str(file, get(file, step, key))).find((s) => s !== undefined);
    if (script !== undefined) return [stepOf(line, { name, run: script })];
    const used = USE_KEYS.find((key) => get(file, step, key) !== undefined);
    if (!used) return [];
    const value = str(file, get(file, step, used)) ?? '';
    return [stepOf(line, { name, uses: used === 'task' || used === 'template' ? value : `${used}: ${value}`.trim() })];
  });
}
