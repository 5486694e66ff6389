// Travis CI build config: https://docs.travis-ci.com/user/job-lifecycle/
// Travis builds pushes and pull requests; cron builds are set up in the UI
// and selected in the file with conditions like `if: type = cron`.
import type { Node } from 'yaml';
import { emptyCi, scriptJob, stepOf } from './ci-common.js';
import type { CiFacts, CiJob } from './types.js';
import { entries, get, isMapNode, items, lineOf, str } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

const PHASES = [
  'before_install', 'install', 'before_script', 'script', 'after_success', 'after_failure', 'after_script',
  'before_deploy', 'after_deploy',
];

export function readTravis(file: YamlFile, root: Node | undefined, text: string): CiFacts {
  const ci = emptyCi('travis');
  const cron = /\btype\s*(=|==|!=|IN|in)\s*\(?[^\n)]*\bcron\b/.exec(text);
  const negated = cron?.[1] === '!=';
  ci.triggers = cron && !negated ? ['push', 'pull_request', 'schedule'] : ['push', 'pull_request'];
  if (cron && !negated) ci.triggerLine = text.slice(0, cron.index).split('\n').length;
  const firstPhase = entries(file, root).find((e) => PHASES.includes(e.key) || e.key === 'deploy');
  const top = phaseJob(file, 'default', firstPhase?.line ?? 1, root);
  if (top.steps.length > 0) ci.jobs.push(top);
  const includes = [...items(file, get(file, get(file, root, 'jobs'), 'include')), ...items(file, get(file, get(file, root, 'matrix'), 'include'))];
  includes.forEach((job, i) => {
    const name = str(file, get(file, job, 'name')) ?? str(file, get(file, job, 'stage')) ?? `include ${i + 1}`;
    ci.jobs.push(phaseJob(file, name, lineOf(file, job), job));
  });
  return ci;
}

/** Script phases in lifecycle order, then `deploy` providers as `uses`. */
function phaseJob(file: YamlFile, name: string, line: number, node: Node | undefined): CiJob {
  const job = scriptJob(file, name, line, PHASES.map((phase) => get(file, node, phase)));
  const deploy = get(file, node, 'deploy');
  const providers = isMapNode(file, deploy) ? [deploy] : items(file, deploy);
  for (const provider of providers) {
    const id = str(file, get(file, provider, 'provider'));
    if (id) job.steps.push(stepOf(lineOf(file, provider), { uses: `deploy:${id}` }));
  }
  return job;
}
