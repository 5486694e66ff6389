import { hasTool, matchesAny, SERVING } from '../catalog/index.js';
import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { actionName, jobActions } from './lib/ci-steps.js';
import { appEngineAtServiceRoot, gcloudDeployTool, isHelmRelease, GCP_DEPLOY_ACTIONS } from './lib/deploy-commands.js';
import { shellCommands } from './lib/shell.js';
import { createsVectorEndpoint } from './lib/vector-endpoints.js';
import type { FileFacts } from '../parse/types.js';
import type { Evidence } from './types.js';

/**
 * Deployment descriptors the parsers read: Kubernetes objects, charts, Terraform resources, Nomad jobs (parse/nomad.ts),
 * serverless apps, Anyscale and cloud ML job files; PaaS deploy specs like fly.toml (heroku.yml, app.json, .do/ app
 * specs, porter.yaml, apprunner.yaml, Cloud Foundry manifests: parse/paas.ts), and Ansible tasks that provision cloud
 * resources or deploy the service (parse/ansible.ts). signals.md's tool list is open: each of these does the job of a
 * listed one (fly.toml, Terraform), and each counts only with the part that deploys.
 */
function fromManifests(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    if (!describesDeployment(file, ctx)) continue;
    for (const m of file.manifests ?? []) {
      // A chart without templates is cited by the charts it installs, if any (chartDeploys).
      if (m.kind === 'helm:chart' && !chartDeploys(file, ctx)) continue;
      if ((SERVING.NON_INFRA_MANIFESTS as readonly string[]).includes(m.kind) || SERVING.TERRAFORM_LOCAL_RESOURCES.test(m.kind)) continue;
      // An App Engine app.yaml describes a service only beside the service's code (deploy-commands.ts).
      if (m.kind === 'appengine' && !appEngineAtServiceRoot(file.path, ctx.files)) continue;
      out.push(configEvidence(file.path, m, m.text ? `${m.kind} ${m.text}` : m.kind, toolOfManifest(m.kind)));
    }
  }
  return out;
}

/**
 * Whether a file describes some deployment, as an empty Dockerfile does not
 * (signals.md, containerized): a file of nothing but whitespace and comments
 * describes nothing, whatever its name (parse/blank.ts), and a Terraform file
 * describes infrastructure by its `resource` and `module` blocks: one of
 * variables, outputs, data sources and provider settings only creates nothing,
 * nor do the utility providers' resources (random ids, local files, `null_resource`).
 * A Helm chart deploys what its templates render or the charts it installs
 * (chartDeploys). Applied to manifests and to the tools' files (`*.tf`, `Chart.yaml`) alike.
 */
export function describesDeployment(file: FileFacts, ctx: DetectContext): boolean {
  if (file.blank) return false;
  if (file.format === 'terraform') {
    return (file.manifests ?? []).some((m) => m.kind.startsWith('terraform:') && !m.kind.startsWith('terraform:provider:') && !SERVING.TERRAFORM_LOCAL_RESOURCES.test(m.kind));
  }
  if (/(^|\/)Chart\.ya?ml$/.test(file.path)) return chartDeploys(file, ctx) || (file.manifests ?? []).some((m) => m.kind === 'helm:dependency');
  return true;
}

/**
 * A Helm chart (https://helm.sh/docs/topics/charts/) deploys the objects its
 * `templates/` render, or the charts it installs: `dependencies:` in
 * Chart.yaml (helm:dependency manifests, counted on their own), Helm 2's
 * `requirements.yaml`, charts packed under `charts/`. Partials (`_helpers.tpl`)
 * and NOTES.txt render no object; a chart of empty templates deploys nothing.
 */
function chartDeploys(chart: FileFacts, ctx: DetectContext): boolean {
  const dir = chart.path.slice(0, chart.path.lastIndexOf('/') + 1);
  return ctx.files.some((f) => {
    if (!f.path.startsWith(dir) || f.size === 0 || f.blank) return false;
    const rest = f.path.slice(dir.length);
    if (rest.startsWith('templates/')) return !/(^|\/)(_[^/]*|NOTES\.txt)$/.test(rest);
    return /^requirements\.ya?ml$/.test(rest) || /^charts\/[^/]+\.tgz$/.test(rest);
  });
}

const MANIFEST_TOOLS: Record<string, string> = {
  k8s: 'kubernetes',
  helm: 'helm',
  terraform: 'terraform',
  serverless: 'serverless',
  skaffold: 'skaffold',
  fly: 'fly',
  kustomize: 'kustomize',
  sam: 'sam',
  cloudformation: 'cloudformation',
  anyscale: 'anyscale',
  sagemaker: 'sagemaker',
  vertex: 'vertex-ai',
  azureml: 'azure-ml',
  appengine: 'app-engine',
  heroku: 'heroku',
  netlify: 'netlify',
  vercel: 'vercel',
  digitalocean: 'digitalocean-app-platform',
  porter: 'porter',
  apprunner: 'aws-app-runner',
  cloudfoundry: 'cloud-foundry',
  ansible: 'ansible',
  nomad: 'nomad',
  ray: 'ray',
  paperspace: 'paperspace',
};

/** The catalogue tool a manifest kind shows (`k8s:Deployment` → kubernetes), so a CV claim can be matched to it. */
function toolOfManifest(kind: string): string | undefined {
  const tool = MANIFEST_TOOLS[kind.split(':')[0]];
  return tool && hasTool(tool) ? tool : undefined;
}

/** Infrastructure in Python: Pulumi/CDK programs, Modal apps, SageMaker/Vertex/Azure ML jobs and endpoints (not a vector index's: lib/vector-endpoints.ts). */
function fromCode(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  const names = SERVING.INFRA_CODE_NAMES;
  for (const file of ctx.python) {
    if (file.test) continue;
    for (const c of file.facts.calls) if (matchesAny(c.name, names) && !createsVectorEndpoint(file, c)) out.push(codeEvidence(file.path, c, `${c.name}()`, 'call'));
    for (const cls of file.facts.classes) {
      const base = cls.bases.find((b) => matchesAny(b, names));
      if (base) out.push(codeEvidence(file.path, cls, `class ${cls.name}(${base})`, 'class'));
    }
    for (const fn of file.facts.functions) {
      for (const d of fn.decorators) if (matchesAny(d.name, names)) out.push(codeEvidence(file.path, d, `@${d.name}`, 'decorator'));
    }
  }
  return out;
}

/**
 * Deployments the project's scripts, Makefile recipes, CI steps and Cloud Build
 * steps run: Helm releases installed with the project's values, and Google
 * Cloud services deployed with their settings (`gcloud run deploy`, the
 * deploy-cloudrun action). A step that only builds or pushes an image is not one.
 */
function fromCommands(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    const actions = (file.ci?.jobs ?? []).flatMap(jobActions);
    const scripts = [
      ...(file.commands ?? []).map((c) => ({ line: c.line, text: c.text })),
      ...actions.filter((a) => a.run !== undefined).map((a) => ({ line: a.line, text: a.run ?? '' })),
    ];
    for (const script of scripts) {
      const commands = shellCommands(script.text);
      const helm = commands.find(isHelmRelease);
      const gcloud = commands.find((c) => gcloudDeployTool(c) !== undefined);
      if (helm) out.push(configEvidence(file.path, script, helm.text, 'helm'));
      else if (gcloud) out.push(configEvidence(file.path, script, gcloud.text, gcloudDeployTool(gcloud)));
    }
    for (const action of actions) {
      const name = action.uses === undefined ? undefined : actionName(action.uses);
      const tool = name !== undefined && Object.hasOwn(GCP_DEPLOY_ACTIONS, name) ? GCP_DEPLOY_ACTIONS[name] : undefined;
      if (tool) out.push(configEvidence(file.path, action, action.uses ?? '', tool));
    }
  }
  return out;
}

export const infraAsCode = defineDetector({
  id: 'infra_as_code',
  area: 'deployment',
  rule: 'deployment is described as code: Kubernetes manifests (`kind: Deployment` etc.), Helm charts, Terraform, Pulumi, AWS CDK/SAM/Serverless, SageMaker or Vertex AI job/endpoint definitions, Modal apps, skaffold, fly.toml.',
  // Declared but unused IaC packages (pulumi, aws-cdk-lib, modal, sagemaker) are hints only. Files whose
  // presence describes infrastructure (`Chart.yaml`, `*.tf`, `fly.toml`) count when no manifest of them is cited.
  uses: 'declared',
  toolFiles: describesDeployment,
  detect: (ctx) => [...fromManifests(ctx), ...fromCode(ctx), ...fromCommands(ctx)] satisfies DetectResult,
});
