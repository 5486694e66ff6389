// Issue 15, ci: a CI configuration counts by what its jobs run, wherever
// they are written (signals.md: "a CI configuration runs the project's own
// build, tests, linters, training or deployment"). A `.gitlab-ci.yml` whose
// jobs live in files it includes (`include: local`) counts at the included
// job (held-out BN, travel-agent-backend, firm); a GitHub workflow that calls
// the repository's own reusable workflow counts by the called workflow's
// steps, not by the call. A workflow whose steps only check out, set up,
// install and sign in runs nothing of the project (held-out BP,
// prefect2-mlops-demo: `prefect cloud login`, borderline).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { ci } from './ci.js';
import { lintTypecheck } from './lint_typecheck.js';

const ROOT = yaml`
  stages: [lint, test]
  include:
    - local: ".gitlab/ci/lint.yml"
    - local: ".gitlab/ci/test.yml"
`;
const LINT = yaml`
  backend-lint:
    stage: lint
    image: python:3.13-slim
    rules:
      - if: $CI_MERGE_REQUEST_IID
      - if: $CI_COMMIT_BRANCH == "main"
    script:
      - pip install uv
      - uv run ruff check .
`;
const TEST = yaml`
  pytest-backend:
    stage: test
    before_script:
      - pip install uv
    script:
      - uv run pytest --cov=app
`;

describe('signals/ci (included pipeline files)', () => {
  it('counts a GitLab pipeline whose jobs are in the local files it includes, at the included jobs', async () => {
    const files = { '.gitlab-ci.yml': ROOT, '.gitlab/ci/lint.yml': LINT, '.gitlab/ci/test.yml': TEST };
    const result = await detect(ci, files);

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.gitlab/ci/lint.yml:9', '.gitlab/ci/test.yml:6']);
    expect(result.evidence[0].match).toBe('backend-lint: uv run ruff check . (on: merge_request, push; included by .gitlab-ci.yml)');
    // The other detectors read the included jobs too.
    expect(locations(await detect(lintTypecheck, files))).toContain('.gitlab/ci/lint.yml:9');
  });

  it('follows globbed and nested includes, anywhere in the repository', async () => {
    const result = await detect(ci, {
      '.gitlab-ci.yml': 'include:\n  - local: ci/*.yml\n',
      'ci/base.yml': 'include: ci/jobs/test.yml\n',
      'ci/jobs/test.yml': TEST,
    });

    expect(locations(result)).toEqual(['ci/jobs/test.yml:6']);
  });

  it('is absent when the included jobs only set up, and when the pipeline runs only by hand', async () => {
    const idle = await detect(ci, {
      '.gitlab-ci.yml': ROOT,
      '.gitlab/ci/lint.yml': 'setup:\n  stage: lint\n  script:\n    - pip install uv\n    - echo ready\n',
    });
    const manual = await detect(ci, {
      '.gitlab-ci.yml': 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "web"\n' + ROOT,
      '.gitlab/ci/lint.yml': LINT,
      '.gitlab/ci/test.yml': TEST,
    });

    expect(idle.present).toBe(false);
    expect(idle.note).toContain('steps only set up, echo, comment or run bots: .gitlab/ci/lint.yml');
    expect(manual.present).toBe(false);
    expect(manual.note).toContain('started only by hand or by other events');
  });

  it('is absent for job files that no pipeline includes, and for includes that are not in the repository', async () => {
    const stray = await detect(ci, { '.gitlab/ci/test.yml': TEST });
    const commented = await detect(ci, { '.gitlab-ci.yml': 'stages: [test]\n# include:\n#   - local: ci/test.yml\n', 'ci/test.yml': TEST });
    const missing = await detect(ci, { '.gitlab-ci.yml': ROOT });

    expect(stray.present).toBe(false);
    expect(stray.note).toContain('never run by their service (not at the repository root): .gitlab/ci/test.yml');
    expect(commented.present).toBe(false);
    expect(missing.present).toBe(false);
    expect(missing.note).toContain('jobs only in included files that are not in the repository: .gitlab-ci.yml');
  });

  it('judges a GitHub workflow that calls a reusable workflow of the repository by the called workflow\'s steps', async () => {
    const caller = yaml`
      on: [push, pull_request]
      jobs:
        test:
          uses: ./.github/workflows/reusable.yml
    `;
    const called = (step: string) => `on:\n  workflow_call:\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${step}\n`;

    const tests = await detect(ci, { '.github/workflows/ci.yml': caller, '.github/workflows/reusable.yml': called('pytest -q') });
    const idle = await detect(ci, { '.github/workflows/ci.yml': caller, '.github/workflows/reusable.yml': called('pip install -r requirements.txt') });

    expect(locations(tests)).toEqual(['.github/workflows/reusable.yml:8']);
    expect(tests.evidence[0].match).toBe('run: pytest -q (on: workflow_call)');
    expect(idle.present).toBe(false);
  });

  it('is absent for a workflow that only checks out, installs and signs in to a platform', async () => {
    const result = await detect(ci, {
      '.github/workflows/deploy_prefect.yaml': yaml`
        name: Deploy flow
        on:
          push:
        jobs:
          deploy_prefect:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v2
              - uses: actions/setup-python@v2
              - run: pip install -r requirements.txt
              - name: Login to Prefect Cloud
                run: prefect cloud login --key $PREFECT_API_KEY --workspace <my-workspace>
      `,
    });

    expect(result.present).toBe(false);
    expect(result.note).toContain('steps only set up, echo, comment or run bots: .github/workflows/deploy_prefect.yaml');
  });
});
