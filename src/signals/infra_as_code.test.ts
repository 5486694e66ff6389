import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text, yaml } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';

describe('signals/infra_as_code', () => {
  it('is present for Kubernetes manifests and Terraform resources, at their lines', async () => {
    const result = await detect(infraAsCode, {
      'k8s/deployment.yaml': yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
      `,
      'infra/main.tf': text`
        provider "aws" {
          region = "eu-west-1"
        }

        resource "aws_lambda_function" "predict" {
          function_name = "predict"
        }
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['infra/main.tf:1', 'infra/main.tf:5', 'k8s/deployment.yaml:2']);
  });

  it('counts fly.toml, Helm charts and Modal apps', async () => {
    const result = await detect(infraAsCode, {
      'fly.toml': 'app = "demo"\nprimary_region = "ams"\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
      'chart/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n',
      'modal_app.py': py`
        import modal

        app = modal.App("train")
      `,
    });

    expect(locations(result)).toEqual(expect.arrayContaining(['fly.toml:1', 'modal_app.py:3']));
    expect(result.evidence.some((e) => e.path === 'chart/Chart.yaml')).toBe(true);
  });

  it('counts SageMaker training jobs defined in code', async () => {
    const result = await detect(infraAsCode, {
      'launch.py': py`
        from sagemaker.pytorch import PyTorch

        estimator = PyTorch(entry_point="train.py", instance_type="ml.g5.xlarge")
        estimator.fit()
      `,
    });

    expect(locations(result)).toEqual(['launch.py:3']);
  });

  it('counts PaaS and container-service descriptors: an ECS task definition, App Engine, Railway', async () => {
    const result = await detect(infraAsCode, {
      'deploy/ecs-task-definition.json': '{"family": "model-api", "containerDefinitions": []}\n',
      'app.yaml': 'runtime: python312\nentrypoint: gunicorn main:app\n',
      'main.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      'railway.toml': '[deploy]\nstartCommand = "uvicorn app:app"\n',
    });

    expect(locations(result)).toEqual(['app.yaml:1', 'deploy/ecs-task-definition.json', 'railway.toml']);
  });

  it('counts a Helm release that the project\'s script or CI installs with its values', async () => {
    const result = await detect(infraAsCode, {
      'deployment/deploy.sh': '#!/bin/bash\nhelm repo add dagster https://example.org/helm\nhelm upgrade --install app dagster/dagster -f values.yaml\n',
      '.github/workflows/deploy.yml': yaml`
        on: push
        jobs:
          deploy:
            steps:
              - run: helm install api ./chart --set image.tag=1.0
      `,
    });

    expect(locations(result)).toEqual(['.github/workflows/deploy.yml:5', 'deployment/deploy.sh:3']);
  });

  it('is absent for docker compose alone, a Prefect schedule and infrastructure only mentioned', async () => {
    const result = await detect(infraAsCode, {
      'docker-compose.yml': yaml`
        services:
          api:
            build: .
      `,
      'README.md': 'Deploy with Terraform and kubectl apply -f k8s/.\n',
      'config.yaml': 'kind: regression\nlearning_rate: 0.1\n',
      'deploy.py': '# import pulumi\nprint("kubernetes")\n',
      'scripts/tools.sh': 'helm repo update\necho "helm install later"\n',
      'prefect.yaml': 'deployments:\n  - name: nightly\n    entrypoint: flows/etl.py:etl\n    schedules:\n      - cron: "0 1 * * *"\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is declared-only when an IaC package is listed but never used', async () => {
    const result = await detect(infraAsCode, { 'requirements.txt': 'pulumi==3.100.0\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });
});
