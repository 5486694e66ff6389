import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { ciSystemOf, parseCi } from './ci.js';

describe('parse/ci', () => {
  it.each([
    ['.github/workflows/test.yml', 'github'],
    ['.gitlab-ci.yml', 'gitlab'],
    ['.circleci/config.yml', 'circleci'],
    ['azure-pipelines.yml', 'azure'],
    ['Jenkinsfile', 'jenkins'],
    ['ci/Jenkinsfile', 'jenkins'],
    ['.travis.yml', 'travis'],
    ['bitbucket-pipelines.yml', 'bitbucket'],
    ['ci.yml', 'other'],
  ])('knows %s as %s', (path, system) => {
    expect(ciSystemOf(path)).toBe(system);
  });

  it('reads a GitHub workflow: map triggers, schedule crons, steps with lines (a `run: |` script from the line below it)', () => {
    const workflow = yaml`
      name: train
      on:
        push:
          branches: [main]
        schedule:
          - cron: '0 3 * * 1'
        workflow_dispatch:
      jobs:
        train:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - name: Train
              run: |
                pip install -r requirements.txt
                python train.py
        call:
          uses: ./.github/workflows/deploy.yml
    `;

    const { ci, problems } = parseCi(workflow, '.github/workflows/train.yml');

    expect(ci).toEqual({
      system: 'github',
      triggers: ['push', 'schedule', 'workflow_dispatch'],
      crons: ['0 3 * * 1'],
      triggerLine: 2,
      jobs: [
        {
          name: 'train',
          line: 9,
          steps: [
            { line: 12, uses: 'actions/checkout@v4' },
            { line: 13, name: 'Train', run: 'pip install -r requirements.txt\npython train.py\n', runLine: 15 },
          ],
        },
        { name: 'call', line: 17, steps: [{ line: 18, uses: './.github/workflows/deploy.yml' }] },
      ],
    });
    expect(problems).toBeUndefined();
  });

  it.each([
    ['on: pull_request\n', ['pull_request']],
    ['on: [push, pull_request]\n', ['push', 'pull_request']],
    ['"on":\n  workflow_call:\n', ['workflow_call']],
  ])('reads GitHub `on` written as %j', (on, triggers) => {
    const { ci } = parseCi(`${on}jobs: {}\n`, '.github/workflows/x.yaml');

    expect(ci?.triggers).toEqual(triggers);
  });

  it('reads GitHub `env:` maps at workflow, job and step level (scalars as text; an expression instead of a map is left out)', () => {
    const workflow = yaml`
      on: push
      env:
        SMOKE_TEST: 1
        REGISTRY: ghcr.io
      jobs:
        train:
          env:
            FAST_DEV_RUN: true
          steps:
            - run: python train.py
              env:
                DRY_RUN: "0"
                __proto__: x
            - run: pytest
              env: \${{ fromJSON(needs.setup.outputs.env) }}
    `;

    const { ci } = parseCi(workflow, '.github/workflows/train.yml');

    expect(ci?.env).toEqual({ SMOKE_TEST: '1', REGISTRY: 'ghcr.io' });
    expect(ci?.jobs[0].env).toEqual({ FAST_DEV_RUN: 'true' });
    expect(ci?.jobs[0].steps[0].env).toEqual(Object.fromEntries([['DRY_RUN', '0'], ['__proto__', 'x']]));
    expect(Object.getPrototypeOf(ci?.jobs[0].steps[0].env)).toBe(Object.prototype);
    expect(ci?.jobs[0].steps[1].env).toBeUndefined();
  });

  it('reports broken workflow YAML and still returns the CI facts it could read', () => {
    const workflow = yaml`
      on: push
      jobs:
        test:
          steps:
            - run: pytest
            - run: "unterminated
    `;

    const { ci, problems } = parseCi(workflow, '.github/workflows/ci.yml');

    expect(ci?.triggers).toEqual(['push']);
    expect(problems).toEqual([expect.objectContaining({ path: '.github/workflows/ci.yml', kind: 'syntax' })]);
  });

  it('gives an empty pipeline for an empty file', () => {
    const { ci, problems } = parseCi('', '.github/workflows/empty.yml');

    expect(ci).toEqual({ system: 'github', triggers: [], crons: [], triggerLine: 1, jobs: [] });
    expect(problems).toBeUndefined();
  });
});
