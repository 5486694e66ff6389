import { hasTool, matchesAny, SERVING } from '../catalog/index.js';
import { defineDetector, type DetectResult } from './define.js';
import type { DetectContext } from './context.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { jobActions } from './lib/ci-steps.js';
import { shellCommands, type ShellCommand } from './lib/shell.js';
import type { Evidence } from './types.js';

/** Deployment descriptors the parsers read: Kubernetes objects, charts, Terraform resources, serverless apps, Anyscale and cloud ML job files. */
function fromManifests(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const m of file.manifests ?? []) {
      if ((SERVING.NON_INFRA_MANIFESTS as readonly string[]).includes(m.kind)) continue;
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

/** `helm install|upgrade` of a release: a chart (the project's or a published one) deployed with the project's values. */
function isHelmRelease(cmd: ShellCommand): boolean {
  const [program, sub] = cmd.words;
  return program.slice(program.lastIndexOf('/') + 1) === 'helm' && (sub === 'install' || sub === 'upgrade');
}

/** Helm releases installed by the project's scripts, Makefile recipes and CI steps. */
function fromCommands(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    const scripts = [
      ...(file.commands ?? []).map((c) => ({ line: c.line, text: c.text })),
      ...(file.ci?.jobs ?? []).flatMap((job) => jobActions(job).filter((a) => a.run !== undefined).map((a) => ({ line: a.line, text: a.run ?? '' }))),
    ];
    for (const script of scripts) {
      const helm = shellCommands(script.text).find(isHelmRelease);
      if (helm) out.push(configEvidence(file.path, script, helm.text, 'helm'));
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
