// CircleCI configuration reference: https://circleci.com/docs/configuration-reference/
// Steps are `checkout`, `run: <command>` or `run: { command }`, or an orb or
// reusable command (inlined when the file defines it). CircleCI builds every
// push; `workflows.<name>.triggers[].schedule.cron` adds a schedule.
import type { Node } from 'yaml';
import { emptyCi, jobOf, stepOf, unique } from './ci-common.js';
import type { CiFacts, CiStep } from './types.js';
import { entries, get, has, items, lineOf, str, strings } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

export function readCircleci(file: YamlFile, root: Node | undefined, text: string): CiFacts {
  const ci = emptyCi('circleci');
  const commands = new Map(entries(file, get(file, root, 'commands')).map((e) => [e.key, e.value]));
  const jobs = entries(file, get(file, root, 'jobs'));
  ci.jobs = jobs.map((job) => jobOf(job.key, job.line, stepsOf(file, get(file, job.value, 'steps'), commands, 0)));
  const known = new Set(jobs.map((j) => j.key));
  const crons: string[] = [];
  for (const workflow of entries(file, get(file, root, 'workflows'))) {
    for (const trigger of items(file, get(file, workflow.value, 'triggers'))) {
      const cron = str(file, get(file, get(file, trigger, 'schedule'), 'cron'));
      if (cron) crons.push(cron);
      if (cron && ci.triggerLine === 1) ci.triggerLine = lineOf(file, trigger);
    }
    // Jobs from orbs (`python/test`) run although the file does not define them.
    for (const ref of items(file, get(file, workflow.value, 'jobs'))) {
      const name = str(file, ref) ?? entries(file, ref)[0]?.key;
      if (!name || known.has(name)) continue;
      known.add(name);
      ci.jobs.push(jobOf(name, lineOf(file, ref), [stepOf(lineOf(file, ref), { uses: name })]));
    }
  }
  ci.crons = unique(crons);
  // Scheduled pipelines are set up in the UI, and workflows select them with `when`.
  const scheduled = crons.length > 0 || /\bscheduled_pipeline\b/.test(text);
  ci.triggers = scheduled ? ['push', 'schedule'] : ['push'];
  return ci;
}

function stepsOf(file: YamlFile, steps: Node | undefined, commands: Map<string, Node | undefined>, depth: number): CiStep[] {
  return items(file, steps).flatMap((step) => {
    const line = lineOf(file, step);
    const bare = str(file, step);
    const name = bare ?? entries(file, step)[0]?.key;
    if (!name) return [];
    if (name === 'run') return [runStep(file, get(file, step, 'run'), line)];
    if (commands.has(name) && depth < 3) return stepsOf(file, get(file, commands.get(name), 'steps'), commands, depth + 1);
    return [stepOf(line, { uses: name })];
  });
}

function runStep(file: YamlFile, run: Node | undefined, line: number): CiStep {
  const command = has(file, run, 'command') ? strings(file, get(file, run, 'command')).join('\n') : str(file, run);
  return stepOf(line, { name: str(file, get(file, run, 'name')), run: command });
}
