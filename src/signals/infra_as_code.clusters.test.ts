// Deployments described in files the list in signals.md leaves open (held-out
// slices BY, CC, CJ, CO, CP, R): a Ray cluster launcher config (cloud machines,
// as Anyscale compute configs), a Paperspace deployment spec and a Render
// Blueprint under `render.yml` (as fly.toml), and a Vertex AI custom job created
// with its worker pools from a script. Not: Terraform that makes only random
// ids, local files and local commands, nor a Kubeflow v1 pipeline compiled to
// an Argo Workflow (a pipeline, as KFP v2's spec is), nor mentions of any of them.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, yaml } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';

describe('signals/infra_as_code on cluster and job specs', () => {
  it('counts a Ray cluster launcher config at its cluster_name, with the cloud it starts machines on', async () => {
    const result = await detect(infraAsCode, {
      'cluster.yml': yaml`
        cluster_name: train
        max_workers: 4
        provider:
          type: aws
          region: us-west-2
        available_node_types:
          head:
            node_config:
              InstanceType: m5.2xlarge
        head_node_type: head
      `,
    });

    expect(locations(result)).toEqual(['cluster.yml:1']);
    expect(result.evidence[0]).toMatchObject({ tool: 'ray', match: expect.stringContaining('provider: aws') });
  });

  it('counts a Paperspace deployment spec and a Render blueprint named render.yml', async () => {
    const paperspace = await detect(infraAsCode, {
      '.paperspace/app.yaml': yaml`
        enabled: true
        name: sd-api
        image: me/sd-api:latest
        port: 80
        resources:
          replicas: 1
          instanceType: A4000
      `,
    });
    const render = await detect(infraAsCode, {
      'render.yml': yaml`
        services:
          - type: web
            name: api
            startCommand: uvicorn app:app
      `,
    });

    expect(locations(paperspace)).toEqual(['.paperspace/app.yaml:3']);
    expect(paperspace.evidence[0]).toMatchObject({ tool: 'paperspace' });
    expect(render.present).toBe(true);
    expect(render.evidence[0]).toMatchObject({ path: 'render.yml', tool: 'render' });
  });

  it('counts a Vertex AI custom job created with its worker pools in a script', async () => {
    const result = await detect(infraAsCode, {
      'run.sh': text`
        gcloud builds submit --config cloudbuild.yaml
        gcloud ai custom-jobs create \\
          --region=us-central1 --display-name=train \\
          --worker-pool-spec=machine-type=n1-standard-8,replica-count=1,container-image-uri=gcr.io/p/train
      `,
    });

    expect(locations(result)).toEqual(['run.sh:2']);
    expect(result.evidence[0]).toMatchObject({ tool: 'vertex-ai' });
  });

  it('is absent for near misses: settings that name an image, a job listed, utility Terraform, a compiled KFP v1 workflow', async () => {
    const result = await detect(infraAsCode, {
      'config.yaml': yaml`
        cluster_name: train
        image: me/api:latest
        resources:
          replicas: 2
      `,
      'jobs.sh': 'gcloud ai custom-jobs list --region=us-central1\ngcloud builds submit --tag gcr.io/p/api\n',
      'infra/main.tf': text`
        resource "random_id" "suffix" {
          byte_length = 4
        }
        resource "local_file" "readme" {
          content  = "generated"
          filename = "README.generated.md"
        }
        resource "null_resource" "echo" {
          provisioner "local-exec" {
            command = "echo hello"
          }
        }
      `,
      'pipeline.yaml': yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: my-pipeline-
          annotations: {pipelines.kubeflow.org/kfp_sdk_version: 1.8.18}
        spec:
          entrypoint: my-pipeline
      `,
    });

    expect(result.present).toBe(false);
    expect(result.evidence).toEqual([]);
  });

  it('still counts Terraform that creates cloud resources beside utility ones, at the cloud resource', async () => {
    const result = await detect(infraAsCode, {
      'main.tf': text`
        resource "random_id" "suffix" {
          byte_length = 4
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "europe-west1"
        }
      `,
    });

    expect(locations(result)).toEqual(['main.tf:4']);
  });

  it('is absent when the specs are only mentioned in a README or a comment', async () => {
    const result = await detect(infraAsCode, {
      'README.md': 'Start the cluster with `ray up cluster.yml` (cluster_name: train, provider: aws), or deploy with render.yaml.\n',
      'deploy.py': '# gcloud ai custom-jobs create --worker-pool-spec=machine-type=n1-standard-8\nprint("gcloud ai custom-jobs create")\n',
    });

    expect(result.present).toBe(false);
  });
});
