// Project runners a CI step, script or Makefile recipe trains through, for
// automated_retraining (lib/retraining.ts): `mlflow run` runs an MLproject
// entry point, `dvc repro` / `dvc exp run` run the stages of `dvc.yaml`.
// Each is followed into the command it runs (`python modelling.py ...`) and
// from there into the module, as a plain `python train.py` step is; the
// entry point or stage is cited beside the step.
// https://mlflow.org/docs/latest/projects.html
// https://dvc.org/doc/command-reference/repro
import type { FileFacts, StageFact } from '../../parse/types.js';
import type { DetectContext } from '../context.js';
import { configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { cdInto } from './command-words.js';
import { dvcStages } from './dvc.js';
import { namesTraining } from './training-names.js';

/** What a runner needs from the trace that follows it: where it stands, and how to read a command it runs. */
export interface Runner {
  ctx: DetectContext;
  /** Folder the command runs in (`''` the repository root, else ending in `/`). */
  base: string;
  /** Where followed files train, cited. */
  via: Evidence[];
  /** Does the command train, run from folder `base` (one level deeper); false when the trace is too deep. */
  trains: (command: string, base: string) => boolean;
}

/** `mlflow run` options that take a value. */
const MLFLOW_RUN_VALUE_OPTIONS = new Set(['-e', '--entry-point', '-v', '--version', '-P', '--param-list', '-A', '--docker-args', '--experiment-name', '--experiment-id', '-b', '--backend', '-c', '--backend-config', '--env-manager', '--storage-dir', '--run-id', '--run-name', '--build-image']);

/** The folder of a file, `''` at the root, else ending in `/`. */
function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function cite(file: FileFacts, stage: StageFact, what: string): Evidence {
  return configEvidence(file.path, stage, `${what} ${stage.name}: ${stage.cmd.slice(0, 140)}`);
}

/**
 * `mlflow run <project> [-e entry]`: the project's MLproject entry point
 * (`main` by default) trains. The project is the one in the folder the URI
 * names from where the command runs (`cd Workflow-CI/MLProject && mlflow
 * run .`); when no MLproject is there, any of the repository's.
 */
export function mlflowRunTrains(args: string[], runner: Runner): boolean {
  let uri: string | undefined;
  let entryPoint = 'main';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (MLFLOW_RUN_VALUE_OPTIONS.has(arg)) {
      if (arg === '-e' || arg === '--entry-point') entryPoint = args[i + 1] ?? entryPoint;
      i++;
    } else if (arg.startsWith('--entry-point=')) entryPoint = arg.slice('--entry-point='.length);
    else if (!arg.startsWith('-') && uri === undefined) uri = arg;
  }
  const projects = runner.ctx.ofFormat('mlproject');
  // A remote project, or none in the repository: only the names can tell.
  if ((uri !== undefined && /:\/\/|^git@/.test(uri)) || projects.length === 0) return namesTraining(entryPoint);
  const dir = cdInto(runner.base, uri ?? '.');
  const named = projects.filter((f) => folderOf(f.path) === dir);
  for (const file of named.length > 0 ? named : projects) {
    const stage = (file.stages ?? []).find((s) => s.name === entryPoint);
    if (stage && (namesTraining(stage.name) || runner.trains(stage.cmd, folderOf(file.path)))) {
      runner.via.push(cite(file, stage, 'entry point'));
      return true;
    }
  }
  return false;
}

/**
 * `dvc repro` / `dvc exp run`: a stage of the repository's `dvc.yaml` files
 * is named for training (its name or command), or runs a command that
 * trains, followed from the folder of its `dvc.yaml`.
 */
export function dvcReproTrains(runner: Runner): boolean {
  const stages = dvcStages(runner.ctx);
  const found =
    stages.find(({ stage }) => namesTraining(stage.name) || namesTraining(stage.cmd)) ??
    stages.find(({ file, stage }) => runner.trains(stage.cmd, folderOf(file.path)));
  if (found) runner.via.push(cite(found.file, found.stage, 'stage'));
  return found !== undefined;
}
