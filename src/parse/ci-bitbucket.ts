// Bitbucket Pipelines configuration: https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/
// `pipelines.default` and `branches` run on push, `pull-requests` on pull
// requests, `tags` on tags and `custom` by hand (or a schedule set up in the UI).
// Each `step` is a job; its `script` lines (and `pipe:` uses) are its steps.
import type { Node } from 'yaml';
import { emptyCi, jobOf, stepOf, unique } from './ci-common.js';
import type { CiFacts, CiJob, CiStep } from './types.js';
import { entries, entry, get, isMapNode, isSeqNode, items, lineOf, str } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

const SECTION_EVENTS: Record<string, string> = {
  default: 'push', branches: 'push', 'pull-requests': 'pull_request', tags: 'tag', bookmarks: 'tag', custom: 'manual',
};

export function readBitbucket(file: YamlFile, root: Node | undefined): CiFacts {
  const ci = emptyCi('bitbucket');
  const pipelines = entry(file, root, 'pipelines');
  if (!pipelines) return ci;
  ci.triggerLine = pipelines.line;
  const events: string[] = [];
  for (const section of entries(file, pipelines.value)) {
    const event = SECTION_EVENTS[section.key];
    if (!event) continue;
    events.push(event);
    // `default` is a list of steps; the other sections map a pattern or name to one.
    const lists = section.key === 'default' ? [section.value] : entries(file, section.value).map((e) => e.value);
    for (const list of lists) pushAll(ci.jobs, jobsOf(file, list, section.key, 0));
  }
  ci.triggers = unique(events);
  return ci;
}

/** Jobs of a list of `- step:`, `- parallel:` and `- stage:` items. */
function jobsOf(file: YamlFile, list: Node | undefined, section: string, depth: number): CiJob[] {
  if (depth > 3) return [];
  return items(file, list).flatMap((item) => {
    const step = get(file, item, 'step');
    if (step) return [stepJob(file, step, section, lineOf(file, item))];
    const group = get(file, item, 'parallel') ?? get(file, item, 'stage');
    const inner = isSeqNode(file, group) ? group : get(file, group, 'steps');
    return jobsOf(file, inner, section, depth + 1);
  });
}

function stepJob(file: YamlFile, step: Node, section: string, line: number): CiJob {
  const steps: CiStep[] = [];
  for (const key of ['script', 'after-script']) {
    for (const entryNode of items(file, get(file, step, key))) {
      const at = lineOf(file, entryNode);
      const run = str(file, entryNode);
      if (run !== undefined) steps.push(stepOf(at, { run }));
      else if (isMapNode(file, entryNode)) {
        const pipe = str(file, get(file, entryNode, 'pipe'));
        if (pipe) steps.push(stepOf(at, { uses: pipe }));
      }
    }
  }
  return jobOf(str(file, get(file, step, 'name')) ?? section, line, steps, true);
}
