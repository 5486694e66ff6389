import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { configEvidence } from './evidence.js';
import { jobActions, projectActions, projectCommand, projectWork, workLine, type CiAction, type ProjectAction } from './lib/ci-steps.js';
import { cloudBuildWork, ownCodeAction } from './lib/cloud-builds.js';
import { commandTrains } from './lib/retraining.js';
import { CHECK_PROGRAMS, lintProgram, lintToolOfAction } from './lib/shell.js';
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

/** A script or action whose name says it tests, lints, builds or deploys. */
const CHECK_NAME = /(^|[/_.-])(tests?|lint|check|build|deploy|release|publish)([/_.-]|$)/i;

/**
 * What a step of a schedule-only workflow does of CI's work (signals.md: the
 * project's own build, tests, linters, training or deployment); a scheduled
 * job that only runs a script (a scraper, a report) is automation, not CI.
 * Undefined when the step does none of it.
 */
function scheduledWork(action: CiAction, ctx: DetectContext): string | undefined {
  if (action.uses !== undefined) {
    const work = projectWork(action);
    return work !== undefined && CHECK_NAME.test(work.replace(/@.*$/, '')) ? work : undefined;
  }
  if (action.run === undefined) return undefined;
  const trains = commandTrains(action.run, ctx);
  if (trains) return trains.command;
  const cmd = projectCommand(action.run);
  if (!cmd) return undefined;
  const program = cmd.words[0].slice(cmd.words[0].lastIndexOf('/') + 1);
  const module = /^python[\d.]*$/.test(program) && cmd.words[1] === '-m' ? cmd.words[2] : undefined;
  if (CHECK_PROGRAMS.has(program) || (module !== undefined && CHECK_PROGRAMS.has(module)) || lintProgram(cmd) !== undefined) return cmd.text;
  return cmd.words.slice(0, 3).some((w) => CHECK_NAME.test(w)) ? cmd.text : undefined;
}

/** The first step of a schedule-only workflow that does CI's work. */
function firstScheduledCheck(ci: CiFacts, ctx: DetectContext): ProjectAction | undefined {
  for (const job of ci.jobs) {
    for (const action of jobActions(job)) {
      const work = scheduledWork(action, ctx);
      if (work !== undefined) return { job, action, work, line: workLine(action, work) };
    }
  }
  return undefined;
}

/**
 * A step whose work is plain from what it runs: a project command (tests, a
 * build, a deploy by push), a linter's action (`psf/black`), or an action
 * named for testing, linting, building or deploying. Another action (a bot, a check of unknown purpose)
 * is the workflow's work only when it has nothing plainer, and is cited after
 * the workflows that test, build or deploy.
 */
function plainWork(found: ProjectAction): boolean {
  return found.action.uses === undefined || CHECK_NAME.test(found.work.replace(/@.*$/, '')) || lintToolOfAction(found.work) !== undefined;
}

/** The step to cite for a workflow: its first plain work, else its first project step. */
function citedAction(ci: CiFacts): ProjectAction | undefined {
  const actions = projectActions(ci);
  return actions.find(plainWork) ?? actions[0];
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
  const scheduled: string[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const triggers = automaticTriggers(file.ci);
    const called = triggers.length === 0 && file.ci.triggers.includes('workflow_call') && calledBy(file, automatic);
    if (triggers.length === 0 && !called) {
      manual.push(file.path);
      continue;
    }
    const scheduledOnly = !called && triggers.every((t) => t === 'schedule');
    const found = scheduledOnly ? firstScheduledCheck(file.ci, ctx) : (citedAction(file.ci) ?? ownCodeAction(file.ci, ctx));
    if (!found) {
      // A pipeline made only of included files is judged by them; it is reported itself only when none of them is here.
      if (file.ci.includes && file.ci.jobs.every((j) => j.name === 'default')) {
        if (!files.some((f) => f.ci.includedBy === file.path)) unresolved.push(file.path);
        continue;
      }
      (scheduledOnly && projectActions(file.ci).length > 0 ? scheduled : idle).push(file.path);
      continue;
    }
    const on = called ? 'workflow_call' : file.ci.includedBy ? `${triggers.join(', ')}; included by ${file.ci.includedBy}` : triggers.join(', ');
    // The line that does the work, not the trigger: the event goes in the detail.
    const cited = configEvidence(file.path, { line: found.line }, `${found.job.name}: ${found.work} (on: ${on})`);
    evidence.push(plainWork(found) ? cited : { ...cited, secondary: true });
  }
  // Google Cloud Build and AWS CodeBuild configurations: their trigger is set outside the repository.
  const builds = cloudBuildWork(ctx);
  if (evidence.length > 0) return [...evidence, ...builds.evidence];
  if (builds.evidence.length > 0) {
    const paths = [...new Set(builds.evidence.map((e) => e.path))].join(', ');
    return { evidence: builds.evidence, note: `managed build configuration (${paths}) runs the project; its trigger is configured outside the repository (borderline)` };
  }
  if (files.length === 0 && ctx.unrunCi.length === 0 && builds.idle.length === 0) return evidence;
  const reasons: string[] = [];
  if (ctx.unrunCi.length > 0) reasons.push(`never run by their service (not at the repository root): ${ctx.unrunCi.join(', ')}`);
  if (manual.length > 0) reasons.push(`started only by hand or by other events: ${manual.join(', ')}`);
  if (idle.length > 0) reasons.push(`steps only set up, echo, comment or run bots: ${idle.join(', ')}`);
  if (unresolved.length > 0) reasons.push(`jobs only in included files that are not in the repository: ${unresolved.join(', ')}`);
  if (scheduled.length > 0) reasons.push(`scheduled jobs that build, test, lint, train or deploy nothing: ${scheduled.join(', ')}`);
  if (builds.idle.length > 0) reasons.push(`managed build configurations that run nothing of the project: ${builds.idle.join(', ')}`);
  return { evidence, note: `CI files found but none runs the project automatically (${reasons.join('; ')})` };
}

export const ci = defineDetector({
  id: 'ci',
  area: 'engineering',
  rule: 'a CI configuration runs the project\'s own build, tests, linters, training or deployment on push, pull request or schedule: `.github/workflows/*.yml`, `.gitlab-ci.yml`, `.circleci/config.yml`, `azure-pipelines.yml`, `Jenkinsfile`, `.travis.yml`, `bitbucket-pipelines.yml`. A workflow whose steps only `echo`, or only run a review bot or label issues, does not count; nor does a workflow file that the service never runs (GitHub runs only `.github/workflows/` at the repository root, not one inside a sub-folder).',
  uses: 'declared',
  detect: detectCi,
});
