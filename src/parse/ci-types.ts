// The facts a CI pipeline definition yields (one workflow file), whatever the
// CI system; read by src/parse/ci*.ts, used by the ci, retraining and deploy detectors.
import type { Loc } from './types.js';

export interface CiStep extends Loc {
  name?: string;
  run?: string;
  /** The line of the script's first line, when it is not the step's own line (`run: |` under `- name:`). */
  runLine?: number;
  uses?: string;
  /** Environment variables the step sets (GitHub `env:`), scalar values as text. */
  env?: Record<string, string>;
}

export interface CiJob extends Loc {
  name: string;
  steps: CiStep[];
  /** Script lines for systems without steps (GitLab `script:`, Jenkins `sh`). */
  scripts?: string[];
  /** Environment variables set for every step of the job (GitHub `env:`). */
  env?: Record<string, string>;
}

/** A file of the repository that a pipeline pulls its jobs from (GitLab `include: local`). */
export interface CiInclude {
  /** Path from the repository root, without a leading `/`; may hold `*` or `**` globs. */
  path: string;
  line: number;
}

/** A CI pipeline definition (one workflow file). */
export interface CiFacts {
  system: 'github' | 'gitlab' | 'circleci' | 'azure' | 'jenkins' | 'travis' | 'bitbucket' | 'other';
  /** Events that start it: push, pull_request, schedule, workflow_dispatch, workflow_call, ... */
  triggers: string[];
  /** Cron expressions of schedule triggers. */
  crons: string[];
  triggerLine: number;
  jobs: CiJob[];
  /** Environment variables set for every job of the workflow (GitHub `env:`). */
  env?: Record<string, string>;
  /** The repository's own files whose jobs this pipeline includes (GitLab `include: local`). */
  includes?: CiInclude[];
  /** Events the pipeline as a whole runs on (GitLab `workflow: rules`), when it says; included files' jobs run only on these. */
  pipelineEvents?: string[];
  /** Set by the detectors' context on an included file: the served pipeline that includes it. */
  includedBy?: string;
}
