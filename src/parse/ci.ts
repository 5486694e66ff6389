// CI pipelines (https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions
// for GitHub; each other system's reference heads its ci-<system>.ts reader):
// one CiFacts per file, the system known from the path.
import { readAzure } from './ci-azure.js';
import { readBitbucket } from './ci-bitbucket.js';
import { readCircleci } from './ci-circleci.js';
import { emptyCi } from './ci-common.js';
import { readGithub } from './ci-github.js';
import { readGitlab } from './ci-gitlab.js';
import { readJenkinsfile } from './ci-jenkins.js';
import { readTravis } from './ci-travis.js';
import type { CiFacts, FileFacts } from './types.js';
import { entries, has, readYaml, yamlProblem } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

const SYSTEMS: readonly [RegExp, CiFacts['system']][] = [
  [/(^|\/)\.github\/workflows\/[^/]+$/, 'github'],
  [/(^|\/)\.gitlab-ci\.ya?ml$|(^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/, 'gitlab'],
  [/(^|\/)\.circleci\/[^/]+\.ya?ml$/, 'circleci'],
  [/(^|\/)(\.?azure-pipelines[^/]*\.ya?ml|\.azure-pipelines\/[^/]+\.ya?ml)$/, 'azure'],
  [/(^|\/)Jenkinsfile[^/]*$/, 'jenkins'],
  [/(^|\/)\.travis\.ya?ml$/, 'travis'],
  [/(^|\/)bitbucket-pipelines\.ya?ml$/, 'bitbucket'],
];

/** The CI system a path belongs to, `other` when none is recognised. */
export function ciSystemOf(path: string): CiFacts['system'] {
  return SYSTEMS.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

type YamlReader = (file: YamlFile, text: string) => CiFacts;

const READERS: Partial<Record<CiFacts['system'], YamlReader>> = {
  github: (file) => readGithub(file, file.roots[0]),
  gitlab: (file) => readGitlab(file, file.roots),
  circleci: (file, text) => readCircleci(file, file.roots[0], text),
  azure: (file) => readAzure(file, file.roots[0]),
  travis: (file, text) => readTravis(file, file.roots[0], text),
  bitbucket: (file) => readBitbucket(file, file.roots[0]),
};

export function parseCi(text: string, path: string): Partial<FileFacts> {
  const system = ciSystemOf(path);
  if (system === 'jenkins') return { ci: readJenkinsfile(text) };
  const file = readYaml(text, 10);
  const ci = READERS[system]?.(file, text) ?? emptyCi(system);
  const problems = yamlProblem(file, path);
  return problems.length > 0 ? { ci, problems } : { ci };
}

/** A job's `script:` key under a top-level key, or a top-level `include:`: the cheap test before reading a YAML file as GitLab jobs. */
const GITLAB_SHAPE = /^[ \t]+script[ \t]*:|^include[ \t]*:/m;

/**
 * A YAML file that no CI path names, read as GitLab jobs when it holds some
 * (top-level keys with a `script:`) or only includes other pipeline files:
 * the shape of a file a `.gitlab-ci.yml` includes (`include: local`),
 * wherever it is. Its facts count only when a pipeline the service runs
 * includes it (signals/lib/ci-includes.ts).
 */
export function parseGitlabByContent(text: string): Partial<FileFacts> | undefined {
  if (!GITLAB_SHAPE.test(text)) return undefined;
  const file = readYaml(text, 10);
  if (file.error || file.limit) return undefined;
  const ci = readGitlab(file, file.roots);
  const jobs = file.roots.some((root) => entries(file, root).some((e) => gitlabJobShape(file, e.value)));
  const includes = (ci.includes ?? []).length > 0 && (ci.includes ?? []).every((i) => /\.ya?ml$/.test(i.path)) && !file.roots.some((root) => has(file, root, 'kind'));
  return jobs || includes ? { ci } : undefined;
}

/** Keys of a GitLab job besides `script` (https://docs.gitlab.com/ci/yaml/#job-keywords). */
const GITLAB_JOB_KEYS = [
  'stage', 'image', 'rules', 'only', 'except', 'extends', 'before_script', 'after_script', 'needs', 'tags', 'artifacts',
  'services', 'cache', 'environment', 'dependencies', 'allow_failure', 'interruptible', 'parallel', 'coverage', 'resource_group', 'when', 'retry',
];

/** A job as GitLab writes one: `script:` with at least one other job keyword (a ConfigMap's `data: {script: ...}` is none). */
function gitlabJobShape(file: YamlFile, job: unknown): boolean {
  return has(file, job, 'script') && GITLAB_JOB_KEYS.some((key) => has(file, job, key));
}
