// GitHub Actions workflow syntax: https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions
// `on:` may be an event name, a list of names or a map (with `schedule: - cron:`).
// The yaml package reads YAML 1.2, so the key `on` stays the string 'on'.
import { isScalar, Scalar, type Node } from 'yaml';
import { emptyCi, jobOf, stepOf, unique } from './ci-common.js';
import type { CiFacts, CiJob, CiStep } from './types.js';
import { entries, entry, get, isMapNode, items, lineOf, str, strings } from './yaml-nodes.js';
import type { YamlEntry, YamlFile } from './yaml-nodes.js';

export function readGithub(file: YamlFile, root: Node | undefined): CiFacts {
  const ci = emptyCi('github');
  // A YAML 1.1 reader would turn `on` into true; accept that spelling of the key too.
  const on = entry(file, root, 'on') ?? entry(file, root, 'true');
  if (on) {
    ci.triggerLine = on.line;
    ci.triggers = triggersOf(file, on.value);
    ci.crons = cronsOf(file, on.value);
  }
  ci.jobs = entries(file, get(file, root, 'jobs')).map((job) => jobFrom(file, job));
  const env = envOf(file, root);
  if (env) ci.env = env;
  return ci;
}

/**
 * An `env:` map (workflow, job or step level) with scalar values as text;
 * undefined when there is none, or it is an expression rather than a map.
 * Built with Object.fromEntries, so a key such as `__proto__` stays a plain key.
 */
function envOf(file: YamlFile, node: Node | undefined): Record<string, string> | undefined {
  const pairs = entries(file, get(file, node, 'env')).flatMap((e) => {
    const value = str(file, e.value);
    return value === undefined ? [] : [[e.key, value] as const];
  });
  return pairs.length > 0 ? Object.fromEntries(pairs) : undefined;
}

function triggersOf(file: YamlFile, on: Node | undefined): string[] {
  if (isMapNode(file, on)) return unique(entries(file, on).map((e) => e.key));
  return unique(strings(file, on));
}

function cronsOf(file: YamlFile, on: Node | undefined): string[] {
  return items(file, get(file, on, 'schedule')).flatMap((item) => strings(file, get(file, item, 'cron')));
}

/** The line of a `run:` script's first line: under `run: |` or `run: >` the script starts on the next line. */
function runLineOf(file: YamlFile, run: Node | undefined): number | undefined {
  if (!isScalar(run)) return undefined;
  const block = run.type === Scalar.BLOCK_LITERAL || run.type === Scalar.BLOCK_FOLDED;
  return lineOf(file, run) + (block ? 1 : 0);
}

function jobFrom(file: YamlFile, job: YamlEntry): CiJob {
  const steps: CiStep[] = items(file, get(file, job.value, 'steps')).map((node) => {
    const run = get(file, node, 'run');
    const step = stepOf(lineOf(file, node), {
      name: str(file, get(file, node, 'name')),
      run: str(file, run),
      uses: str(file, get(file, node, 'uses')),
    });
    const runLine = step.run === undefined ? undefined : runLineOf(file, run);
    if (runLine !== undefined && runLine !== step.line) step.runLine = runLine;
    const env = envOf(file, node);
    if (env) step.env = env;
    return step;
  });
  // A job that calls a reusable workflow has `uses` instead of steps.
  const reusable = entry(file, job.value, 'uses');
  const workflow = str(file, reusable?.value);
  if (reusable && workflow) steps.push(stepOf(reusable.line, { uses: workflow }));
  const out = jobOf(job.key, job.line, steps);
  const env = envOf(file, job.value);
  if (env) out.env = env;
  return out;
}
