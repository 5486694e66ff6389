import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { MAX_MANIFEST_BYTES, parseYamlManifests } from './manifests.js';

describe('parse/manifests', () => {
  it('gives one k8s fact per object of a multi-document file, at the kind line', () => {
    const manifest = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      ---
      # the model server
      apiVersion: serving.kserve.io/v1beta1
      kind: InferenceService
      metadata:
        name: churn
      ---
      apiVersion: batch/v1
      kind: CronJob
    `;

    const { manifests, problems } = parseYamlManifests(manifest, 'deploy/k8s.yaml');

    expect(manifests).toEqual([
      { kind: 'k8s:Deployment', text: 'kind: Deployment (api)', line: 2 },
      { kind: 'k8s:InferenceService', text: 'kind: InferenceService (churn)', line: 8 },
      { kind: 'k8s:CronJob', text: 'kind: CronJob', line: 13 },
    ]);
    expect(problems).toBeUndefined();
  });

  it('reads Helm templates by their kind lines, without a problem', () => {
    const template = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: {{ include "chart.fullname" . }}
      spec:
        {{- toYaml .Values.spec | nindent 2 }}
    `;

    const result = parseYamlManifests(template, 'chart/templates/deployment.yaml');

    expect(result).toEqual({ manifests: [{ kind: 'k8s:Deployment', text: 'kind: Deployment', line: 2 }] });
  });

  it.each([
    ['chart/Chart.yaml', 'apiVersion: v2\nname: churn\nversion: 0.1.0\n', { kind: 'helm:chart', text: 'chart churn 0.1.0', line: 2 }],
    ['k8s/kustomization.yaml', 'resources:\n  - deployment.yaml\n', { kind: 'kustomize', text: 'kustomization', line: 1 }],
    ['skaffold.yaml', 'apiVersion: skaffold/v4beta6\nkind: Config\n', { kind: 'skaffold', text: 'skaffold skaffold/v4beta6', line: 2 }],
    ['serverless.yml', 'service: predictor\nprovider:\n  name: aws\nfunctions: {}\n', { kind: 'serverless', text: 'service: predictor (provider: aws)', line: 1 }],
    ['template.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\n', { kind: 'sam', text: 'AWS SAM template', line: 2 }],
    ['stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', { kind: 'cloudformation', text: 'CloudFormation template', line: 1 }],
    ['job.yml', '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\ntype: command\n', { kind: 'azureml', text: 'azureml commandJob (type: command)', line: 1 }],
    [
      'deploy.yml',
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\nmodel: azureml:clf:1\ncode_configuration:\n  code: ./src\n  scoring_script: score.py\n',
      { kind: 'azureml', text: 'azureml managedOnlineDeployment', line: 1, script: 'src/score.py', model: true },
    ],
    ['vertex/job.yaml', 'displayName: train\njobSpec:\n  workerPoolSpecs:\n    - machineSpec: {}\n', { kind: 'vertex', text: 'Vertex AI workerPoolSpecs', line: 3 }],
    ['sm/endpoint.yaml', 'EndpointConfigName: churn\nProductionVariants: []\n', { kind: 'sagemaker', text: 'SageMaker ProductionVariants', line: 2 }],
  ])('recognises %s', (path, text, fact) => {
    const { manifests } = parseYamlManifests(text, path);

    expect(manifests).toEqual([fact]);
  });

  it('recognises Anyscale service, job and compute configs', () => {
    const service = yaml`
      name: serve
      applications:
        - import_path: app.serve:entrypoint
    `;
    const job = 'name: train\nentrypoint: python train.py\ncompute_config: gpu\n';
    const compute = 'head_node_type:\n  instance_type: m5.xlarge\nworker_node_types: []\n';

    expect(parseYamlManifests(service, 'deploy/service.yaml').manifests).toEqual([{ kind: 'anyscale:service', text: 'service serve', line: 2 }]);
    expect(parseYamlManifests(job, 'deploy/job.yaml').manifests).toEqual([{ kind: 'anyscale:job', text: 'job train: python train.py', line: 2 }]);
    expect(parseYamlManifests(compute, 'deploy/compute.yaml').manifests).toEqual([{ kind: 'anyscale:compute', text: 'compute config', line: 1 }]);
  });

  it('adds SageMaker facts for SageMaker resources of a CloudFormation template', () => {
    const template = yaml`
      Resources:
        Endpoint:
          Type: AWS::SageMaker::Endpoint
    `;

    const { manifests } = parseYamlManifests(template, 'cfn.yaml');

    expect(manifests).toEqual([
      { kind: 'cloudformation', text: 'CloudFormation template', line: 1 },
      { kind: 'sagemaker', text: 'Endpoint: AWS::SageMaker::Endpoint', line: 2 },
    ]);
  });

  it('gives no facts and no problem for YAML that is no manifest', () => {
    const config = yaml`
      service: chatbot
      provider: openai
      model: gpt-4o
    `;

    expect(parseYamlManifests(config, 'config.yaml')).toEqual({ manifests: [] });
  });

  it('reports a syntax error with its line and keeps the documents it could read', () => {
    const manifest = 'apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: [Pod\n';

    const { manifests, problems } = parseYamlManifests(manifest, 'k8s/svc.yaml');

    expect(manifests?.[0]).toEqual({ kind: 'k8s:Service', text: 'kind: Service', line: 2 });
    expect(problems).toEqual([expect.objectContaining({ path: 'k8s/svc.yaml', kind: 'syntax', line: expect.any(Number) })]);
  });

  it('scans a file above the size limit by lines only, without parsing it', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `  - id: ${i}\n    label: "row ${i}"\n`).join('');
    const big = `apiVersion: v1\nkind: ConfigMap\ndata:\n${rows}  - [not closed\n`;
    expect(big.length).toBeGreaterThan(MAX_MANIFEST_BYTES);

    const result = parseYamlManifests(big, 'data/dump.yaml');

    expect(result).toEqual({ manifests: [{ kind: 'k8s:ConfigMap', text: 'kind: ConfigMap', line: 2 }] });
  });

  it('reads Hydra `_target_` lines as config facts, in any YAML', () => {
    const config = yaml`
      # configs/logger/wandb.yaml
      wandb:
        _target_: lightning.pytorch.loggers.wandb.WandbLogger
        project: "demo"
      callbacks:
        - _target_: "lightning.pytorch.callbacks.EarlyStopping"  # stop early
    `;

    const { manifests, configs } = parseYamlManifests(config, 'configs/logger/wandb.yaml');

    expect(manifests).toEqual([]);
    expect(configs).toEqual([
      { key: 'hydra:target', text: 'lightning.pytorch.loggers.wandb.WandbLogger', line: 3 },
      { key: 'hydra:target', text: 'lightning.pytorch.callbacks.EarlyStopping', line: 6 },
    ]);
  });

  it('reads Prefect deployments, scheduled or not, at their entrypoint', () => {
    const config = yaml`
      name: churn
      deployments:
        - name: nightly-retrain
          entrypoint: flows/train.py:training_flow
          schedules:
            - cron: "0 2 * * *"
              timezone: UTC
        - name: adhoc-scoring
          entrypoint: flows/score.py:score
    `;

    const { manifests } = parseYamlManifests(config, 'prefect.yaml');

    expect(manifests).toEqual([
      { kind: 'prefect:scheduled-deployment', text: 'nightly-retrain: flows/train.py:training_flow (schedule 0 2 * * *)', line: 4 },
      { kind: 'prefect:deployment', text: 'adhoc-scoring: flows/score.py:score', line: 9 },
    ]);
  });

  it('reads the one-deployment file of `prefect deployment build`: scheduled by a cron, not by `schedule: null` or a paused schedule', () => {
    const file = (schedule: string) =>
      ['name: retrain', 'work_queue_name: ml', schedule, '###', '### DO NOT EDIT BELOW THIS LINE', '###', 'flow_name: training-flow', 'entrypoint: flows/train.py:training_flow', ''].join('\n');

    expect(parseYamlManifests(file('schedule:\n  cron: 0 3 * * *\n  timezone: UTC'), 'training_flow-deployment.yaml').manifests).toEqual([
      { kind: 'prefect:scheduled-deployment', text: 'retrain: flows/train.py:training_flow (schedule 0 3 * * *)', line: 10 },
    ]);
    expect(parseYamlManifests(file('schedule: null\nis_schedule_active: null'), 'training_flow-deployment.yaml').manifests).toEqual([
      { kind: 'prefect:deployment', text: 'retrain: flows/train.py:training_flow', line: 9 },
    ]);
    expect(parseYamlManifests(file('schedule:\n  interval: 3600\nis_schedule_active: false'), 'training_flow-deployment.yaml').manifests[0]?.kind).toBe('prefect:deployment');
    // A settings file with an entrypoint but no flow is no deployment.
    expect(parseYamlManifests('entrypoint: main.py\nschedule:\n  cron: 0 3 * * *\n', 'config.yaml').manifests).toEqual([]);
  });

  it('reads a Google App Engine app.yaml, and not a settings file of the same name', () => {
    const gae = parseYamlManifests('runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\ninstance_class: F2\n', 'app.yaml');
    const settings = parseYamlManifests('runtime: 30\nthreshold: 0.5\n', 'config/app.yaml');

    expect(gae.manifests).toEqual([{ kind: 'appengine', text: 'App Engine runtime python312', line: 1 }]);
    expect(settings.manifests).toEqual([]);
  });
});
