// Deployment commands and descriptors whose meaning depends on more than one
// line: a Helm release, a Google Cloud deploy (`gcloud run deploy` and its
// kin, in a script, a CI step or a Cloud Build step), and whether an App
// Engine `app.yaml` sits at the root of the service it describes.
import type { FileFacts } from '../../parse/types.js';
import type { ShellCommand } from './shell.js';

const program = (cmd: ShellCommand) => cmd.words[0].slice(cmd.words[0].lastIndexOf('/') + 1);

/** `helm install|upgrade` of a release: a chart (the project's or a published one) deployed with the project's values. */
export function isHelmRelease(cmd: ShellCommand): boolean {
  const [, sub] = cmd.words;
  return program(cmd) === 'helm' && (sub === 'install' || sub === 'upgrade');
}

/** gcloud global flags that take their value as the next word (`--project my-project`). */
const GCLOUD_VALUE_FLAGS = new Set(['--project', '--account', '--configuration', '--impersonate-service-account', '--verbosity', '--billing-project', '--flags-file']);

/**
 * gcloud commands that create or update a running service with its settings
 * (https://cloud.google.com/sdk/gcloud/reference): a Cloud Run service or job,
 * a Cloud Function, an App Engine app, a model deployed to a Vertex AI endpoint;
 * and Vertex AI jobs created with their worker pools (`--worker-pool-spec` or
 * `--config`: machine type, replicas, container), signals.md's "Vertex AI job definitions".
 */
const GCLOUD_DEPLOYS: readonly { words: readonly string[]; tool: string }[] = [
  { words: ['run', 'deploy'], tool: 'cloud-run' }, { words: ['run', 'services', 'replace'], tool: 'cloud-run' },
  { words: ['run', 'jobs', 'deploy'], tool: 'cloud-run' }, { words: ['run', 'jobs', 'replace'], tool: 'cloud-run' },
  { words: ['functions', 'deploy'], tool: 'cloud-functions' }, { words: ['app', 'deploy'], tool: 'app-engine' },
  { words: ['ai', 'endpoints', 'deploy-model'], tool: 'vertex-ai' },
  { words: ['ai', 'custom-jobs', 'create'], tool: 'vertex-ai' }, { words: ['ai', 'hp-tuning-jobs', 'create'], tool: 'vertex-ai' },
];

/**
 * The catalogue tool a `gcloud [global flags] [alpha|beta] run deploy ...` (or
 * another of GCLOUD_DEPLOYS) deploys to; undefined for any other command
 * (builds, pushes and setup are not deploys).
 */
export function gcloudDeployTool(cmd: ShellCommand): string | undefined {
  if (program(cmd) !== 'gcloud') return undefined;
  const words: string[] = [];
  for (let i = 1; i < cmd.words.length && words.length < 3; i++) {
    const w = cmd.words[i];
    if (w.startsWith('-')) {
      if (GCLOUD_VALUE_FLAGS.has(w)) i++;
      continue;
    }
    if (words.length === 0 && (w === 'alpha' || w === 'beta')) continue;
    words.push(w);
  }
  return GCLOUD_DEPLOYS.find((d) => d.words.every((w, i) => words[i] === w))?.tool;
}

/** GitHub Actions that deploy to Google Cloud with the settings given in the step (https://github.com/google-github-actions). */
export const GCP_DEPLOY_ACTIONS: Readonly<Record<string, string>> = {
  'google-github-actions/deploy-cloudrun': 'cloud-run',
  'google-github-actions/deploy-cloud-functions': 'cloud-functions',
  'google-github-actions/deploy-appengine': 'app-engine',
};

/** Files that make a directory a service's root: its code or its dependency manifest. */
const SERVICE_FILE = /\.(py|js|mjs|cjs|ts|go|java|php|rb)$|^(requirements\.txt|pyproject\.toml|Pipfile|package\.json|go\.mod|pom\.xml|build\.gradle(\.kts)?|composer\.json|Gemfile|Dockerfile)$/;

/**
 * An App Engine `app.yaml` describes a deployment where `gcloud app deploy`
 * would find the service: beside its code or dependency manifest. One in a
 * folder of settings or samples with nothing to run is not read as one.
 */
export function appEngineAtServiceRoot(path: string, files: readonly FileFacts[]): boolean {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  return files.some((f) => {
    if (!f.path.startsWith(dir)) return false;
    const rest = f.path.slice(dir.length);
    return !rest.includes('/') && SERVICE_FILE.test(rest);
  });
}
