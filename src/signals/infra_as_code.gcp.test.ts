// Google Cloud deployment as code (real-people review): a Cloud Build
// configuration whose steps deploy, a Cloud Run service manifest, an App
// Engine app.yaml at a service's root, and gcloud deploys or the deploy
// actions in scripts and CI, counted as Helm releases are. Building and
// pushing an image is not a deployment; a YAML named app.yaml with other
// content, or away from any code, is not App Engine's.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';

describe('signals/infra_as_code on Google Cloud', () => {
  it('counts Cloud Build steps that deploy, whether by args, a bash -c script or a script, at the deploying step', async () => {
    const result = await detect(infraAsCode, {
      'cloudbuild.yaml': yaml`
        steps:
          - name: gcr.io/cloud-builders/docker
            args: ['build', '-t', 'gcr.io/$PROJECT_ID/api', '.']
          - name: gcr.io/cloud-builders/docker
            args: ['push', 'gcr.io/$PROJECT_ID/api']
          - name: gcr.io/google.com/cloudsdktool/cloud-sdk
            entrypoint: gcloud
            args: ['run', 'deploy', 'api', '--image', 'gcr.io/$PROJECT_ID/api', '--region', 'europe-west1']
        images: ['gcr.io/$PROJECT_ID/api']
      `,
      'functions/cloudbuild-prod.yml': yaml`
        steps:
          - name: gcr.io/cloud-builders/gcloud
            args: ['functions', 'deploy', 'score', '--runtime', 'python312', '--trigger-http']
      `,
      'serving/cloudbuild.yaml': yaml`
        steps:
          - name: gcr.io/google.com/cloudsdktool/cloud-sdk
            entrypoint: bash
            args:
              - -c
              - gcloud ai endpoints deploy-model 123 --model=456 --display-name=churn --region=us-central1
      `,
      'app/cloudbuild.yaml': yaml`
        steps:
          - name: gcr.io/google.com/cloudsdktool/cloud-sdk
            script: |
              echo deploying
              gcloud beta app deploy app.yaml --quiet
      `,
    });

    expect(locations(result)).toEqual(['app/cloudbuild.yaml:5', 'cloudbuild.yaml:6', 'functions/cloudbuild-prod.yml:2', 'serving/cloudbuild.yaml:6']);
    expect(result.evidence.find((e) => e.path === 'cloudbuild.yaml')?.match).toContain('gcloud run deploy api');
  });

  it('is absent for a Cloud Build that only builds and pushes an image, or only sets gcloud up', async () => {
    const result = await detect(infraAsCode, {
      'cloudbuild.yaml': yaml`
        steps:
          - name: gcr.io/cloud-builders/docker
            args: ['build', '-t', 'gcr.io/$PROJECT_ID/api', '.']
          - name: gcr.io/cloud-builders/gcloud
            args: ['builds', 'submit', '--tag', 'gcr.io/$PROJECT_ID/api']
          - name: gcr.io/cloud-builders/gcloud
            args: ['config', 'set', 'run/region', 'europe-west1']
          - name: python:3.12
            entrypoint: bash
            args: ['-c', 'echo "gcloud run deploy later"']
        images: ['gcr.io/$PROJECT_ID/api']
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('counts a Cloud Run (Knative) service manifest', async () => {
    const result = await detect(infraAsCode, {
      'deploy/service.yaml': yaml`
        apiVersion: serving.knative.dev/v1
        kind: Service
        metadata:
          name: model-api
        spec:
          template:
            spec:
              containers:
                - image: europe-docker.pkg.dev/p/r/model-api
      `,
    });

    expect(locations(result)).toEqual(['deploy/service.yaml:2']);
  });

  it('counts an App Engine app.yaml at its service root, even with only a runtime, and not elsewhere or with other content', async () => {
    const result = await detect(infraAsCode, {
      'api/app.yaml': 'runtime: python312\n',
      'api/main.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
      'api/requirements.txt': 'flask==3.0.0\n',
      'docs/examples/app.yaml': 'runtime: python312\ninstance_class: F2\n',
      'config/app.yaml': 'runtime: python312\nthreshold: 0.5\n',
      'config/settings.py': 'THRESHOLD = 0.5\n',
      'bot/app.yaml': 'runtime: 30\nname: bot\n',
      'bot/bot.py': 'print("hi")\n',
    });

    expect(locations(result)).toEqual(['api/app.yaml:1']);
    expect(result.evidence[0].tool).toBe('app-engine');
  });

  it('counts gcloud deploys and the Google deploy actions in CI and scripts, as Helm releases are, and not builds or setup', async () => {
    const result = await detect(infraAsCode, {
      '.github/workflows/deploy.yml': yaml`
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: google-github-actions/auth@v2
              - uses: google-github-actions/setup-gcloud@v2
              - run: gcloud auth configure-docker europe-docker.pkg.dev
              - run: docker build -t europe-docker.pkg.dev/p/r/api . && docker push europe-docker.pkg.dev/p/r/api
              - uses: google-github-actions/deploy-cloudrun@v2
                with:
                  service: api
                  image: europe-docker.pkg.dev/p/r/api
              - run: gcloud --project my-project run deploy worker --image europe-docker.pkg.dev/p/r/worker
      `,
      'scripts/deploy.sh': '#!/bin/bash\ngcloud builds submit --tag gcr.io/p/api\ngcloud functions deploy predict --runtime python312 --trigger-http\n',
      'scripts/notes.sh': 'echo "run gcloud app deploy by hand"\ngcloud config set project p\n',
    });

    expect(locations(result)).toEqual(['.github/workflows/deploy.yml:10', '.github/workflows/deploy.yml:14', 'scripts/deploy.sh:3']);
    expect(result.evidence.map((e) => e.tool)).toEqual(['cloud-run', 'cloud-run', 'cloud-functions']);
  });
});
