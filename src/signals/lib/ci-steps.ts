// What a CI job actually runs: its steps' scripts and actions, told apart
// into work on the project (tests, linters, builds, training, deployment) and
// housekeeping (checkout, setup, caches, review bots, labels, comments).
import type { CiFacts, CiJob } from '../../parse/types.js';
import { deployRemotes, pushDeploys } from './push-deploys.js';
import { runsProject, shellCommands, type ShellCommand } from './shell.js';

/** One thing a job does: a `run:` script, a `uses:` action, or a script line. */
export interface CiAction {
  line: number;
  /** Script text or the action reference, for evidence. */
  text: string;
  run?: string;
  /** The line of the script's first line, when it is below the step's line (`run: |`). */
  runLine?: number;
  uses?: string;
}

/** Actions that prepare a job or talk to people, and run nothing of the project. */
const HOUSEKEEPING = [
  /^actions\/(checkout|cache|upload-artifact|download-artifact|labeler|stale|first-interaction|github-script|add-to-project|dependency-review-action|create-github-app-token|configure-pages|upload-pages-artifact)$/,
  /^[^/]+\/(setup|install)-[^/]*$/, // actions/setup-python, astral-sh/setup-uv, snok/install-poetry, iterative/setup-cml
  /^[^/]+\/[^/]*-(setup|installer)$/,
  /^[^/]+\/(actions?-)?(poetry|pipenv|pdm|rye|hatch|uv)(-action)?$/, // abatilo/actions-poetry: installs the tool
  /^anthropics\//, /^coderabbitai\//, /^peter-evans\//, /^marocchino\/sticky-pull-request-comment/,
  /^thollander\/actions-comment/, /^mshick\/add-pr-comment/, /^release-drafter\//, /^dependabot\//,
  /^github\/codeql-action/, /^codecov\//, /^coverallsapp\//, /^tj-actions\//, /^dorny\/paths-filter/,
  /^styfle\/cancel-workflow-action/, /^amannn\/action-semantic-pull-request/, /^wagoid\/commitlint/,
  /^docker\/(login-action|metadata-action|setup-[^/]+)$/, /^aws-actions\/(configure-aws-credentials|amazon-ecr-login)$/,
  /^google-github-actions\/auth$/, /^azure\/login$/, /^jlumbroso\/free-disk-space/, /action-tmate$/,
  // Bots by what they do: labels, stale issues, comments, greetings, changelogs, changed-file lists,
  // warnings about large files in a pull request (ppremk/lfs-warning, file-size checks).
  /(^|\/)[^/]*(label|stale|comment|greet|welcome|triage|assign|lock-threads|issue|changelog|release-notes|latest-changes|changed-files|lfs-warning|file-?size|large-?files?)[^/]*$/,
];

/** The action reference without its version: `actions/checkout@v4` → `actions/checkout`. */
export function actionName(uses: string): string {
  return uses.replace(/@.*$/, '').toLowerCase();
}

export function isHousekeepingAction(uses: string): boolean {
  // A local action (`./.github/actions/x`) is the project's own; a container
  // action (`docker://owner/bot`) is judged by its image name.
  const name = actionName(uses).replace(/^docker:\/\//, '').replace(/:[^/]*$/, '');
  if (name.startsWith('./')) return false;
  return HOUSEKEEPING.some((re) => re.test(name));
}

/** Steps and script lines of a job, in order. */
export function jobActions(job: CiJob): CiAction[] {
  const out: CiAction[] = [];
  for (const step of job.steps) {
    if (step.run !== undefined) out.push({ line: step.line, text: step.run, run: step.run, ...(step.runLine === undefined ? {} : { runLine: step.runLine }) });
    else if (step.uses !== undefined) out.push({ line: step.line, text: step.uses, uses: step.uses });
  }
  // Script-based systems give each script line as a step too; `scripts` alone is read only without steps.
  if (out.length === 0) for (const script of job.scripts ?? []) out.push({ line: job.line, text: script, run: script });
  return out;
}

/** The first command of a script that runs the project (or deploys it by a push), if any. */
export function projectCommand(script: string): ShellCommand | undefined {
  const cmds = shellCommands(script);
  const remotes = deployRemotes(cmds);
  return cmds.find((cmd) => runsProject(cmd) || pushDeploys(cmd, remotes));
}

/** A call of one of the repository's own reusable workflows (`uses: ./.github/workflows/test.yml`). */
export function isLocalWorkflow(uses: string): boolean {
  return /^\.\/\.github\/workflows\/[^/]+\.ya?ml$/.test(uses.trim());
}

/**
 * What a step runs of the project (the action, or the first such command of
 * its script), if anything. A call of the repository's own reusable workflow
 * is none: the called workflow counts by what its own jobs run (ci.ts).
 */
export function projectWork(action: CiAction): string | undefined {
  if (action.uses !== undefined) return isHousekeepingAction(action.uses) || isLocalWorkflow(action.uses) ? undefined : action.uses;
  return action.run === undefined ? undefined : projectCommand(action.run)?.text;
}

/** A step of a workflow that runs the project, with its job, the work it does and the line of that work. */
export interface ProjectAction {
  job: CiJob;
  action: CiAction;
  work: string;
  line: number;
}

/** The line of the command a step's work is, within its script (the step's line when the script is on it). */
export function workLine(action: CiAction, work: string): number {
  if (action.run === undefined || action.runLine === undefined) return action.line;
  const at = action.run.split(/\r?\n/).findIndex((l) => l.includes(work));
  return action.runLine + Math.max(at, 0);
}

/** The steps of a workflow that run the project, in order. */
export function projectActions(ci: CiFacts): ProjectAction[] {
  const out: ProjectAction[] = [];
  for (const job of ci.jobs) {
    for (const action of jobActions(job)) {
      const work = projectWork(action);
      if (work !== undefined) out.push({ job, action, work, line: workLine(action, work) });
    }
  }
  return out;
}
