// GitLab CI/CD YAML syntax: https://docs.gitlab.com/ci/yaml/
// Jobs are the top-level keys that are no keyword and not `.hidden`
// templates; `extends` is followed for their scripts. Triggers come from
// `workflow:rules`, job `rules` (`$CI_PIPELINE_SOURCE == "schedule"`) and
// `only:`; without any, GitLab runs on push (and merge requests).
// `include: local` files (https://docs.gitlab.com/ci/yaml/#includelocal) are
// listed: their jobs join the pipeline (signals/lib/ci-includes.ts).
import type { Node } from 'yaml';
import { emptyCi, scriptJob, unique } from './ci-common.js';
import type { CiFacts, CiInclude, CiJob } from './types.js';
import { entries, get, has, isMapNode, isSeqNode, items, lineOf, str, strings } from './yaml-nodes.js';
import type { YamlEntry, YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

const KEYWORDS = new Set([
  'default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache',
  'before_script', 'after_script', 'types', 'spec',
]);
const JOB_KEYS = ['script', 'before_script', 'after_script', 'run', 'trigger', 'extends', 'stage'];
const DEFAULT_TRIGGERS = ['push', 'merge_request'];

const PIPELINE_SOURCES: Record<string, string> = {
  push: 'push', merge_request_event: 'merge_request', schedule: 'schedule', web: 'manual', api: 'api',
  trigger: 'trigger', pipeline: 'pipeline', parent_pipeline: 'pipeline', external_pull_request_event: 'pull_request',
  chat: 'chat',
};
const ONLY_REFS: Record<string, string> = {
  branches: 'push', pushes: 'push', tags: 'tag', merge_requests: 'merge_request', schedules: 'schedule',
  web: 'manual', api: 'api', triggers: 'trigger', pipelines: 'pipeline', external_pull_requests: 'pull_request',
  chat: 'chat',
};

interface Triggers {
  events: string[];
  scheduleLine?: number;
}

export function readGitlab(file: YamlFile, roots: (Node | undefined)[]): CiFacts {
  const ci = emptyCi('gitlab');
  // CI/CD components put a `spec:` header document before the pipeline.
  const top = roots.flatMap((root) => entries(file, root));
  const byName = new Map(top.map((e) => [e.key, e]));
  const workflow = byName.get('workflow');
  const pipeline = ruleTriggers(file, get(file, workflow?.value, 'rules'), DEFAULT_TRIGGERS);
  const inherited = pipeline ?? { events: DEFAULT_TRIGGERS };
  if (pipeline) ci.pipelineEvents = unique(pipeline.events);
  const includes = localIncludes(file, byName.get('include')?.value);
  if (includes.length > 0) ci.includes = includes;
  const events: string[] = [];
  let scheduleLine = inherited.scheduleLine;
  for (const job of top.filter((e) => isJob(file, e))) {
    const own = jobTriggers(file, job.value, inherited.events) ?? inherited;
    pushAll(events, own.events);
    scheduleLine ??= own.scheduleLine;
    ci.jobs.push(scriptsOf(file, job, byName));
  }
  const defaults = globalScripts(file, byName);
  if (defaults) ci.jobs.unshift(defaults);
  ci.triggers = unique(events.length > 0 ? events : inherited.events);
  ci.triggerLine = scheduleLine ?? workflow?.line ?? 1;
  return ci;
}

/**
 * The repository's own files an `include:` names: a path string (not a URL),
 * or `local:` in a map; `project:`, `remote:`, `template:` and `component:`
 * come from outside the repository. Paths with variables cannot be resolved.
 */
function localIncludes(file: YamlFile, include: Node | undefined): CiInclude[] {
  const list = isSeqNode(file, include) ? items(file, include) : include ? [include] : [];
  const out: CiInclude[] = [];
  for (const item of list) {
    const path = isMapNode(file, item) ? (has(file, item, 'project') ? undefined : str(file, get(file, item, 'local'))) : str(file, item);
    if (path === undefined || /^[a-z]+:\/\//i.test(path) || path.includes('$')) continue;
    out.push({ path: path.trim().replace(/^\.?\//, ''), line: lineOf(file, item) });
  }
  return out;
}

function isJob(file: YamlFile, e: YamlEntry): boolean {
  if (KEYWORDS.has(e.key) || e.key.startsWith('.') || !isMapNode(file, e.value)) return false;
  return JOB_KEYS.some((key) => has(file, e.value, key));
}

/** before_script, script and after_script of a job, taken from its `extends` chain where it has none. */
function scriptsOf(file: YamlFile, job: YamlEntry, byName: Map<string, YamlEntry>): CiJob {
  const nodes = ['before_script', 'script', 'after_script'].map((key) => inheritedKey(file, job.value, key, byName, 0));
  return scriptJob(file, job.key, job.line, nodes);
}

function inheritedKey(file: YamlFile, node: Node | undefined, key: string, byName: Map<string, YamlEntry>, depth: number): Node | undefined {
  const own = get(file, node, key);
  if (own || depth > 5) return own;
  for (const parent of strings(file, get(file, node, 'extends')).reverse()) {
    const found = inheritedKey(file, byName.get(parent)?.value, key, byName, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Top-level or `default:` before_script/after_script, which run in every job. */
function globalScripts(file: YamlFile, byName: Map<string, YamlEntry>): CiJob | undefined {
  const defaults = byName.get('default');
  const before = get(file, defaults?.value, 'before_script') ?? byName.get('before_script')?.value;
  const after = get(file, defaults?.value, 'after_script') ?? byName.get('after_script')?.value;
  if (!before && !after) return undefined;
  const job = scriptJob(file, 'default', defaults?.line ?? lineOf(file, before ?? after), [before, after]);
  return job.steps.length > 0 ? job : undefined;
}

function jobTriggers(file: YamlFile, job: Node | undefined, fallback: string[]): Triggers | undefined {
  return ruleTriggers(file, get(file, job, 'rules'), fallback) ?? onlyTriggers(file, get(file, job, 'only'));
}

/**
 * Events of the rules that can run (`when: never` ones excluded): those their
 * `if:` names, or `fallback` for a rule whose condition names no event.
 * Undefined without rules.
 */
function ruleTriggers(file: YamlFile, rules: Node | undefined, fallback: string[]): Triggers | undefined {
  const list = items(file, rules);
  if (list.length === 0) return undefined;
  const out: Triggers = { events: [] };
  for (const rule of list) {
    if (str(file, get(file, rule, 'when')) === 'never') continue;
    const events = eventsOfCondition(str(file, get(file, rule, 'if')) ?? '');
    pushAll(out.events, (events.length > 0 ? events : fallback));
    if (events.includes('schedule')) out.scheduleLine ??= lineOf(file, rule);
  }
  return out;
}

function eventsOfCondition(condition: string): string[] {
  const events: string[] = [];
  for (const m of condition.matchAll(/\$CI_PIPELINE_SOURCE\s*==\s*["']?(\w+)/g)) {
    events.push(PIPELINE_SOURCES[m[1]] ?? m[1]);
  }
  if (/\$CI_MERGE_REQUEST_I?ID\b(?!\s*==\s*null)/.test(condition)) events.push('merge_request');
  if (/\$CI_COMMIT_(BRANCH|REF_NAME)\b/.test(condition)) events.push('push');
  if (/\$CI_COMMIT_TAG\b(?!\s*==\s*null)/.test(condition)) events.push('tag');
  return events;
}

/** `only: [schedules, main]` or `only: { refs: [...] }`; branch names mean push. */
function onlyTriggers(file: YamlFile, only: Node | undefined): Triggers | undefined {
  if (!only) return undefined;
  const refs = isMapNode(file, only) ? strings(file, get(file, only, 'refs')) : strings(file, only);
  if (refs.length === 0) return undefined;
  const events = refs.map((ref) => ONLY_REFS[ref] ?? 'push');
  return { events, scheduleLine: events.includes('schedule') ? lineOf(file, only) : undefined };
}
