// Issue 15, ci: managed build services whose configuration lives in the
// repository (AWS CodeBuild buildspec, Google Cloud Build) run the project's
// build, tests or deployment when a trigger configured in the cloud console
// fires. They count by the same rules as a workflow's steps ("a CI
// configuration runs the project's own build, tests, linters, training or
// deployment ... A workflow whose steps only echo ... does not count",
// signals.md), cited at the first command that runs the project, after the
// workflows whose trigger is in the repository. Held-out K and E labelled
// both present (borderline).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { ci } from './ci.js';

const PIPELINE = 'def get_pipeline():\n    return None\n';

describe('signals/ci (managed build services)', () => {
  it('counts a CodeBuild buildspec at the console script it runs on the project\'s own module, and says where its trigger is', async () => {
    const result = await detect(ci, {
      'codebuild-buildspec.yml': yaml`
        version: 0.2
        phases:
          install:
            commands:
              - pip install --upgrade . awscli
              - echo "Files $(ls)"
          build:
            commands:
              - export PYTHONUNBUFFERED=TRUE
              - |
                run-pipeline --module-name pipelines.qa.pipeline \\
                  --role-arn $ROLE
      `,
      'pipelines/qa/pipeline.py': PIPELINE,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['codebuild-buildspec.yml:11']);
    expect(result.evidence[0].match).toContain('(AWS CodeBuild build; its trigger is configured outside the repository)');
    expect(result.note).toContain('its trigger is configured outside the repository');
  });

  it('counts a Cloud Build config that builds the image and applies Terraform, at its first project command', async () => {
    const result = await detect(ci, {
      'cloudbuild.yaml': yaml`
        steps:
          - name: 'gcr.io/cloud-builders/docker'
            args: ['build', '-t', 'us-docker.pkg.dev/p/r/model:latest', '.']
          - name: 'hashicorp/terraform:1.0.0'
            entrypoint: 'sh'
            args: ['-c', 'terraform apply -auto-approve plan']
      `,
    });

    expect(locations(result)).toEqual(['cloudbuild.yaml:2']);
    expect(result.evidence[0].match).toContain('docker build -t');
  });

  it('cites a workflow whose trigger is in the repository before a managed build', async () => {
    const result = await detect(ci, {
      '.github/workflows/test.yml': 'on: push\njobs:\n  t:\n    steps:\n      - run: pytest -q\n',
      'buildspec.yml': 'version: 0.2\nphases:\n  build:\n    commands:\n      - make deploy\n',
    });

    expect(locations(result)).toEqual(['.github/workflows/test.yml:5', 'buildspec.yml:5']);
    expect(result.note).toBeUndefined();
  });

  it('counts a workflow step that hands a program the repository\'s own module', async () => {
    const result = await detect(ci, {
      '.github/workflows/run.yml': 'on: push\njobs:\n  r:\n    steps:\n      - run: pip install .\n      - run: run-pipeline --module-name pipelines.qa.pipeline\n',
      'pipelines/qa/pipeline.py': PIPELINE,
    });

    expect(locations(result)).toEqual(['.github/workflows/run.yml:6']);
  });

  it('is absent for build configs that only install, echo or name files, a YAML named buildspec with no phases, and a module the repository lacks', async () => {
    const result = await detect(ci, {
      'buildspec.yml': yaml`
        version: 0.2
        phases:
          install:
            commands:
              - pip install -r requirements.txt
              - cp pipelines/qa/pipeline.py /tmp/
          build:
            commands:
              - echo "build done"
              - run-pipeline --module-name pipelines.missing.pipeline
      `,
      'cloudbuild.yaml': "steps:\n  - name: 'gcr.io/cloud-builders/gcloud'\n    args: ['auth', 'list']\n",
      'docs/buildspec-notes.yml': 'notes:\n  - run-pipeline --module-name pipelines.qa.pipeline\n',
      'pipelines/qa/pipeline.py': PIPELINE,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toContain('managed build configurations that run nothing of the project: buildspec.yml, cloudbuild.yaml');
  });
});
