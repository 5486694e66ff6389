// Kubernetes objects (https://kubernetes.io/docs/concepts/overview/working-with-objects/)
// and other deployment descriptors, told apart by the keys each format requires:
// Helm Chart.yaml (https://helm.sh/docs/topics/charts/#the-chartyaml-file), Kustomize,
// Skaffold, Serverless Framework (https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml),
// CloudFormation/SAM templates, Anyscale service/job/compute configs, Azure ML
// (`$schema` .../azureml/...), Vertex AI custom jobs (`workerPoolSpecs`),
// SageMaker API request shapes and compiled Kubeflow pipelines (kfp-spec.ts; KFP
// v1's Argo `Workflow` too, told by the SDK's annotations); Ray cluster launcher
// configs (https://docs.ray.io/en/latest/cluster/vms/references/ray-cluster-configuration.html);
// platform-as-a-service deploy specs (paas.ts) and, in YAML lists, Ansible
// plays whose tasks provision or deploy (ansible.ts).
import { posix } from 'node:path';
import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { ansibleTasks } from './ansible.js';
import { kfpPipelineSpec } from './kfp-spec.js';
import { paasManifests } from './paas.js';
import type { ManifestFact } from './types.js';
import { deref, entries, entry, get, has, isMapNode, items, lineOf, str, strings } from './yaml-nodes.js';
import type { YamlEntry, YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

const SAGEMAKER_KEYS = [
  'AlgorithmSpecification', 'ProductionVariants', 'PrimaryContainer', 'TrainingJobName', 'EndpointConfigName',
  'HyperParameterTuningJobConfig', 'TransformJobName',
];
const VERTEX_KEYS = new Set(['workerPoolSpecs', 'worker_pool_specs']);

/** Manifest facts of one document of the YAML file at `path`. */
export function manifestsOf(file: YamlFile, node: Node | undefined, path: string): ManifestFact[] {
  const root = deref(file, node);
  if (isSeq(root)) return ansibleTasks(file, root, path);
  if (!isMap(root)) return [];
  const base = path.slice(path.lastIndexOf('/') + 1);
  const apiVersion = str(file, get(file, root, 'apiVersion')) ?? '';
  const kind = entry(file, root, 'kind');
  if (/^Chart\.ya?ml$/.test(base) && has(file, root, 'name')) return [helmChart(file, root), ...helmDependencies(file, root)];
  if (/^kustomization\.ya?ml$/i.test(base) || /^Kustomization$/.test(base) || str(file, kind?.value) === 'Kustomization') {
    return [{ kind: 'kustomize', text: 'kustomization', line: kind?.line ?? firstLine(file, root) }];
  }
  if (/^skaffold\.ya?ml$/.test(base) || apiVersion.startsWith('skaffold/')) {
    return [{ kind: 'skaffold', text: `skaffold ${apiVersion}`.trim(), line: kind?.line ?? firstLine(file, root) }];
  }
  if (apiVersion && kind && str(file, kind.value)) {
    if (kfpV1Workflow(file, root, kind)) return [{ kind: 'kfp:pipeline', text: `kfp v1 workflow ${str(file, get(file, get(file, root, 'metadata'), 'generateName')) ?? ''}`.trim(), line: kind.line }];
    return kubernetes(file, root, kind, apiVersion, 0);
  }
  const gae = /^app\.ya?ml$/.test(base) ? appEngine(file, root) : [];
  if (gae.length > 0) return gae;
  return [
    ...serverless(file, root, path),
    ...cloudFormation(file, root),
    ...anyscale(file, root),
    ...rayCluster(file, root),
    ...azureMl(file, root),
    ...vertex(file, root, 0),
    ...sagemaker(file, root),
    ...prefect(file, root),
    ...kfpPipelineSpec(file, root),
    ...paasManifests(file, root, path),
  ];
}

function firstLine(file: YamlFile, root: Node): number {
  return entries(file, root)[0]?.line ?? lineOf(file, root);
}

function helmChart(file: YamlFile, root: Node): ManifestFact {
  const name = entry(file, root, 'name');
  const version = str(file, get(file, root, 'version'));
  return { kind: 'helm:chart', text: `chart ${str(file, name?.value) ?? ''}${version ? ` ${version}` : ''}`, line: name?.line ?? 1 };
}

/** The charts a Helm chart installs with its own (`dependencies:` of Chart.yaml v2): an umbrella chart deploys them. */
function helmDependencies(file: YamlFile, root: Node): ManifestFact[] {
  return items(file, get(file, root, 'dependencies')).flatMap((item) => {
    const name = entry(file, item, 'name');
    const chart = str(file, name?.value);
    return name && chart ? [{ kind: 'helm:dependency', text: `dependency ${chart}`, line: name.line }] : [];
  });
}

function kubernetes(file: YamlFile, root: Node, kind: YamlEntry, apiVersion: string, depth: number): ManifestFact[] {
  const kindName = str(file, kind.value) ?? '';
  const name = str(file, get(file, get(file, root, 'metadata'), 'name'));
  const out: ManifestFact[] = [{ kind: `k8s:${kindName}`, text: `kind: ${kindName}${name ? ` (${name})` : ''}`, line: kind.line }];
  // The SageMaker operator for Kubernetes defines jobs and endpoints as objects.
  if (apiVersion.includes('sagemaker')) out.push({ kind: 'sagemaker', text: `${apiVersion} ${kindName}`, line: kind.line });
  if (kindName.endsWith('List') && depth < 2) {
    for (const item of items(file, get(file, root, 'items'))) {
      const itemKind = entry(file, item, 'kind');
      const itemApi = str(file, get(file, item, 'apiVersion'));
      if (itemKind && itemApi) pushAll(out, kubernetes(file, item, itemKind, itemApi, depth + 1));
    }
  }
  return out;
}

function serverless(file: YamlFile, root: Node, path: string): ManifestFact[] {
  const service = entry(file, root, 'service');
  const provider = get(file, root, 'provider');
  // `provider.name` is required by the framework; other configs have `service` and `provider` strings too.
  if (!service || !provider || !(has(file, provider, 'name') || /(^|\/)serverless\.ya?ml$/.test(path))) return [];
  const name = str(file, service.value) ?? str(file, get(file, service.value, 'name')) ?? '';
  const cloud = str(file, provider) ?? str(file, get(file, provider, 'name'));
  return [{ kind: 'serverless', text: `service: ${name}${cloud ? ` (provider: ${cloud})` : ''}`, line: service.line }];
}

function cloudFormation(file: YamlFile, root: Node): ManifestFact[] {
  const version = entry(file, root, 'AWSTemplateFormatVersion');
  const transform = entry(file, root, 'Transform');
  const resources = entry(file, root, 'Resources');
  const types = entries(file, resources?.value).map((r) => ({ r, type: str(file, get(file, r.value, 'Type')) ?? '' }));
  const isSam = strings(file, transform?.value).some((t) => t.startsWith('AWS::Serverless')) || types.some((t) => t.type.startsWith('AWS::Serverless::'));
  if (!version && !isSam && !types.some((t) => t.type.startsWith('AWS::'))) return [];
  const head = isSam ? (transform ?? version ?? resources) : (version ?? resources);
  const out: ManifestFact[] = [{ kind: isSam ? 'sam' : 'cloudformation', text: isSam ? 'AWS SAM template' : 'CloudFormation template', line: head?.line ?? 1 }];
  for (const { r, type } of types) {
    if (type.startsWith('AWS::SageMaker::')) out.push({ kind: 'sagemaker', text: `${r.key}: ${type}`, line: r.line });
  }
  return out;
}

function anyscale(file: YamlFile, root: Node): ManifestFact[] {
  const name = str(file, get(file, root, 'name'));
  const label = name ? ` ${name}` : '';
  const out: ManifestFact[] = [];
  const serve = entry(file, root, 'ray_serve_config') ?? entry(file, root, 'applications');
  const apps = serve?.key === 'applications' ? serve.value : get(file, serve?.value, 'applications');
  if (serve && (has(file, serve.value, 'import_path') || items(file, apps).some((app) => has(file, app, 'import_path')))) {
    out.push({ kind: 'anyscale:service', text: `service${label}`, line: serve.line });
  }
  const entrypoint = entry(file, root, 'entrypoint');
  if (entrypoint && ['compute_config', 'cluster_env', 'image_uri', 'containerfile'].some((k) => has(file, root, k))) {
    out.push({ kind: 'anyscale:job', text: `job${label}: ${str(file, entrypoint.value) ?? ''}`.trim(), line: entrypoint.line });
  }
  const compute = entry(file, root, 'head_node_type') ?? entry(file, root, 'worker_node_types') ?? (has(file, root, 'worker_nodes') ? entry(file, root, 'head_node') : undefined);
  if (compute && (isMapNode(file, compute.value) || compute.key === 'worker_node_types')) {
    out.push({ kind: 'anyscale:compute', text: `compute config${label}`, line: compute.line });
  }
  return out;
}

/** An Argo `Workflow` the KFP v1 compiler wrote: it stamps `pipelines.kubeflow.org/kfp_sdk_version` on it (a compiled pipeline, as kfp-spec.ts's). */
function kfpV1Workflow(file: YamlFile, root: Node, kind: YamlEntry): boolean {
  if (str(file, kind.value) !== 'Workflow') return false;
  const metadata = get(file, root, 'metadata');
  return ['annotations', 'labels'].some((k) => has(file, get(file, metadata, k), 'pipelines.kubeflow.org/kfp_sdk_version'));
}

/** A Ray cluster launcher config (`ray up`): a `cluster_name` and the cloud `provider` whose machines it starts. */
function rayCluster(file: YamlFile, root: Node): ManifestFact[] {
  const name = entry(file, root, 'cluster_name');
  const type = str(file, get(file, get(file, root, 'provider'), 'type'));
  if (!name || !type) return [];
  return [{ kind: 'ray:cluster', text: `Ray cluster ${str(file, name.value) ?? ''} (provider: ${type})`, line: name.line }];
}

function azureMl(file: YamlFile, root: Node): ManifestFact[] {
  const schema = entry(file, root, '$schema');
  const url = str(file, schema?.value) ?? '';
  if (!schema || !/azureml/i.test(url)) return [];
  const type = str(file, get(file, root, 'type'));
  const shape = url.slice(url.lastIndexOf('/') + 1).replace(/\.schema\.json$/, '');
  const fact: ManifestFact = { kind: 'azureml', text: `azureml ${shape}${type ? ` (type: ${type})` : ''}`, line: schema.line };
  // An online deployment's scoring script (`code_configuration: {code: src, scoring_script: score.py}`), and whether it names a model.
  const code = get(file, root, 'code_configuration');
  const script = str(file, get(file, code, 'scoring_script'));
  if (script) fact.script = posix.join(str(file, get(file, code, 'code')) ?? '.', script);
  if (has(file, root, 'model')) fact.model = true;
  return [fact];
}

/** Vertex AI custom job specs, at the top or nested (`jobSpec`, `trainingTaskInputs`). */
function vertex(file: YamlFile, node: Node | undefined, depth: number): ManifestFact[] {
  for (const e of entries(file, node)) {
    if (VERTEX_KEYS.has(e.key)) return [{ kind: 'vertex', text: `Vertex AI ${e.key}`, line: e.line }];
  }
  if (depth >= 2) return [];
  for (const e of entries(file, node)) {
    const found = vertex(file, e.value, depth + 1);
    if (found.length > 0) return found;
  }
  return [];
}

function sagemaker(file: YamlFile, root: Node): ManifestFact[] {
  const found = SAGEMAKER_KEYS.map((key) => entry(file, root, key)).find((e) => e !== undefined);
  return found ? [{ kind: 'sagemaker', text: `SageMaker ${found.key}`, line: found.line }] : [];
}

/**
 * Prefect deployments (`prefect.yaml`, https://docs.prefect.io/latest/deploy/,
 * and the one-deployment file Prefect 2's `prefect deployment build` writes,
 * `flow_name` and `entrypoint` at the top):
 * `prefect:scheduled-deployment` when a cron, interval or rrule schedule runs
 * it, `prefect:deployment` otherwise (`schedule: null`, a schedule switched
 * off by `is_schedule_active: false` or `active: false`); text `name: entrypoint (schedule)`.
 */
function prefect(file: YamlFile, root: Node): ManifestFact[] {
  const out: ManifestFact[] = [];
  const single = has(file, root, 'flow_name') && has(file, root, 'entrypoint') ? [root] : [];
  for (const deployment of [...items(file, get(file, root, 'deployments')), ...single]) {
    const entrypoint = entry(file, deployment, 'entrypoint');
    if (!entrypoint) continue;
    const name = str(file, get(file, deployment, 'name')) ?? '';
    const off = (node: Node | undefined) => ['active', 'is_schedule_active'].some((k) => /^false$/i.test(str(file, get(file, node, k)) ?? ''));
    const schedules = off(deployment) ? [] : [...items(file, get(file, deployment, 'schedules')), get(file, deployment, 'schedule')].filter((sc) => !off(sc));
    const timing = schedules
      .map((sc) => ['cron', 'interval', 'rrule'].map((k) => str(file, get(file, sc, k))).find((v) => v !== undefined))
      .find((v) => v !== undefined);
    out.push({
      kind: timing === undefined ? 'prefect:deployment' : 'prefect:scheduled-deployment',
      text: `${name}: ${str(file, entrypoint.value) ?? ''}${timing === undefined ? '' : ` (schedule ${timing})`}`,
      line: entrypoint.line,
    });
  }
  return out;
}

/** App Engine runtimes (standard: `python312`, `nodejs20`, `go122`, `java21`, `php83`, `ruby32`; flexible: `python`, `custom`, `aspnetcore`). */
const GAE_RUNTIME = /^(python|nodejs|go|java|php|ruby)\d*$|^(custom|aspnetcore|vm)$/;
/** The top-level elements of app.yaml, standard and flexible (https://cloud.google.com/appengine/docs/standard/reference/app-yaml, .../flexible/reference/app-yaml). */
const GAE_KEYS = new Set([
  'runtime', 'service', 'module', 'version', 'application', 'api_version', 'threadsafe', 'entrypoint', 'env', 'env_variables',
  'build_env_variables', 'handlers', 'instance_class', 'automatic_scaling', 'basic_scaling', 'manual_scaling', 'inbound_services',
  'includes', 'libraries', 'skip_files', 'vpc_access_connector', 'app_engine_apis', 'default_expiration', 'error_handlers',
  'runtime_config', 'resources', 'network', 'liveness_check', 'readiness_check', 'health_check', 'beta_settings', 'service_account',
  'main', 'runtime_channel', 'endpoints_api_service', 'derived_file_type', 'builtins', 'zones', 'flexible_runtime_settings', 'vm',
]);

/**
 * Google App Engine `app.yaml`: an App Engine `runtime`, and nothing but
 * app.yaml's own elements (a settings file named app.yaml with a `runtime`
 * among other keys is not one). Whether it sits at a service's root is for
 * the detector, which sees the other files (infra_as_code).
 */
function appEngine(file: YamlFile, root: Node): ManifestFact[] {
  const runtime = entry(file, root, 'runtime');
  const name = str(file, runtime?.value);
  if (!runtime || !name || !GAE_RUNTIME.test(name)) return [];
  if (!entries(file, root).every((e) => GAE_KEYS.has(e.key))) return [];
  return [{ kind: 'appengine', text: `App Engine runtime ${name}`, line: runtime.line }];
}
