// Helpers shared by the CI readers (ci-*.ts). Script-based systems (GitLab,
// Travis, Bitbucket, Jenkins) give each script line as a step `{ run, line }`
// too, so detectors can read `steps` for every system and cite the line;
// their `scripts` hold the same texts.
import type { CiFacts, CiJob, CiStep } from './types.js';
import { linedStrings } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

export function emptyCi(system: CiFacts['system']): CiFacts {
  return { system, triggers: [], crons: [], triggerLine: 1, jobs: [] };
}

/** A job whose steps are the script lines of the given nodes (strings or sequences of strings), in order. */
export function scriptJob(file: YamlFile, name: string, line: number, nodes: unknown[]): CiJob {
  const steps: CiStep[] = nodes.flatMap((node) => linedStrings(file, node)).map(({ text, line: at }) => ({ run: text, line: at }));
  return jobOf(name, line, steps, true);
}

/** A job from steps; for script-based systems `scripts` lists the `run` texts. */
export function jobOf(name: string, line: number, steps: CiStep[], withScripts = false): CiJob {
  if (!withScripts) return { name, line, steps };
  return { name, line, steps, scripts: steps.flatMap((s) => (s.run === undefined ? [] : [s.run])) };
}

/** A step without the fields that are absent. */
export function stepOf(line: number, fields: { name?: string; run?: string; uses?: string }): CiStep {
  const step: CiStep = { line };
  if (fields.name !== undefined) step.name = fields.name;
  if (fields.run !== undefined) step.run = fields.run;
  if (fields.uses !== undefined) step.uses = fields.uses;
  return step;
}

export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
