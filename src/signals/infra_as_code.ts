import { hasTool, matchesAny, SERVING } from '../catalog/index.js';
import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { actionName, jobActions } from './lib/ci-steps.js';
import { appEngineAtServiceRoot, gcloudDeployTool, isHelmRelease, GCP_DEPLOY_ACTIONS } from './lib/deploy-commands.js';
import { shellCommands } from './lib/shell.js';
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
    for (const m of file.manifests ?? []) {
      if ((SERVING.NON_INFRA_MANIFESTS as readonly string[]).includes(m.kind)) continue;
      // An App Engine app.yaml describes a service only beside the service's code (deploy-commands.ts).
      if (m.kind === 'appengine' && !appEngineAtServiceRoot(file.path, ctx.files)) continue;
      out.push(configEvidence(file.path, m, m.text ? `${m.kind} ${m.text}` : m.kind, toolOfManifest(m.kind)));
    }
  }
  return out;
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
};

/** The catalogue tool a manifest kind shows (`k8s:Deployment` → kubernetes), so a CV claim can be matched to it. */
function toolOfManifest(kind: string): string | undefined {
  const tool = MANIFEST_TOOLS[kind.split(':')[0]];
  return tool && hasTool(tool) ? tool : undefined;
}

/** Infrastructure in Python: Pulumi/CDK programs, Modal apps, SageMaker/Vertex/Azure ML jobs and endpoints. */
function fromCode(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  const names = SERVING.INFRA_CODE_NAMES;
  for (const file of ctx.python) {
    if (file.test) continue;
    for (const c of file.facts.calls) if (matchesAny(c.name, names)) out.push(codeEvidence(file.path, c, `${c.name}()`, 'call'));
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
  toolFiles: true,
  detect: (ctx) => [...fromManifests(ctx), ...fromCode(ctx), ...fromCommands(ctx)] satisfies DetectResult,
});
