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
}
