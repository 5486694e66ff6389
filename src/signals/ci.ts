import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence } from './evidence.js';
import { firstProjectAction } from './lib/ci-steps.js';
import type { CiFacts, FileFacts } from '../parse/types.js';
import type { Evidence } from './types.js';

/** Events that start a run without a person: pushes, pull/merge requests, schedules, and runs chained to those. */
const AUTOMATIC = new Set(['push', 'pull_request', 'pull_request_target', 'schedule', 'merge_request', 'merge_group', 'workflow_run', 'tag']);

type CiFile = FileFacts & { ci: CiFacts };

function automaticTriggers(ci: CiFacts): string[] {
  // GitLab, Jenkins, Travis, ... run on every push unless told otherwise.
  if (ci.triggers.length === 0) return ci.system === 'github' ? [] : ['push'];
  return ci.triggers.filter((t) => AUTOMATIC.has(t));
}

/** A reusable workflow (`workflow_call`) counts when an automatic workflow calls it. */
function calledBy(file: CiFile, callers: CiFile[]): boolean {
  return callers.some((c) => c.ci.jobs.some((j) => j.steps.some((s) => s.uses?.endsWith(file.path))));
}

function detectCi(ctx: DetectContext): DetectResult {
  const files = ctx.files.filter((f): f is CiFile => f.ci !== undefined);
  const automatic = files.filter((f) => automaticTriggers(f.ci).length > 0);
  const evidence: Evidence[] = [];
  const manual: string[] = [];
  const idle: string[] = [];
  for (const file of files) {
    const triggers = automaticTriggers(file.ci);
    const called = triggers.length === 0 && file.ci.triggers.includes('workflow_call') && calledBy(file, automatic);
    if (triggers.length === 0 && !called) {
      manual.push(file.path);
      continue;
    }
    const found = firstProjectAction(file.ci);
    if (!found) {
      idle.push(file.path);
      continue;
    }
    const on = called ? 'workflow_call' : triggers.join(', ');
    // The line that does the work, not the trigger: the event goes in the detail.
    evidence.push(configEvidence(file.path, { line: found.action.line }, `${found.job.name}: ${found.work} (on: ${on})`));
  }
  if (evidence.length > 0 || (files.length === 0 && ctx.unrunCi.length === 0)) return evidence;
  const reasons: string[] = [];
  if (ctx.unrunCi.length > 0) reasons.push(`never run by their service (not at the repository root): ${ctx.unrunCi.join(', ')}`);
  if (manual.length > 0) reasons.push(`started only by hand or by other events: ${manual.join(', ')}`);
  if (idle.length > 0) reasons.push(`steps only set up, echo, comment or run bots: ${idle.join(', ')}`);
  return { evidence, note: `CI files found but none runs the project automatically (${reasons.join('; ')})` };
}

export const ci = defineDetector({
  id: 'ci',
  area: 'engineering',
  rule: 'a CI configuration runs the project\'s own build, tests, linters, training or deployment on push, pull request or schedule: `.github/workflows/*.yml`, `.gitlab-ci.yml`, `.circleci/config.yml`, `azure-pipelines.yml`, `Jenkinsfile`, `.travis.yml`, `bitbucket-pipelines.yml`. A workflow whose steps only `echo`, or only run a review bot or label issues, does not count; nor does a workflow file that the service never runs (GitHub runs only `.github/workflows/` at the repository root, not one inside a sub-folder).',
  uses: 'declared',
  detect: detectCi,
});
