import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { yaml } from '../../test/helpers/text.js';
import { ci } from './ci.js';

describe('signals/ci', () => {
  it('is present for a workflow that runs the tests on push, at the test step (the trigger in the detail)', async () => {
    const result = await detect(ci, {
      '.github/workflows/test.yml': yaml`
        name: test
        on:
          push:
          pull_request:
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
              - run: pip install -r requirements.txt
              - run: poetry run pytest -q
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/test.yml:12']);
    expect(result.evidence.map((e) => e.match)).toEqual(['test: poetry run pytest -q (on: push, pull_request)']);
  });

  it('counts GitLab CI, which runs on push by default', async () => {
    const result = await detect(ci, {
      '.gitlab-ci.yml': yaml`
        train:
          image: python:3.11
          script:
            - pip install -r requirements.txt
            - python train.py --epochs 3
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => e.match)).toContain('train: python train.py --epochs 3 (on: push, merge_request)');
  });

  it('is absent for workflows that only echo, run a review bot or post a report comment', async () => {
    const result = await detect(ci, {
      '.github/workflows/hello.yml': yaml`
        on: push
        jobs:
          hello:
            runs-on: ubuntu-latest
            steps:
              - run: echo "hello" && ls -la
      `,
      '.github/workflows/review.yml': yaml`
        on:
          pull_request:
        jobs:
          review:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: anthropics/claude-code-action@beta
              - uses: actions/labeler@v5
      `,
      '.github/workflows/setup.yml': yaml`
        on: push
        jobs:
          install:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: abatilo/actions-poetry@v2
              - run: poetry install --with dev
      `,
      '.github/workflows/report.yml': yaml`
        on: pull_request
        jobs:
          report:
            runs-on: ubuntu-latest
            steps:
              - uses: iterative/setup-cml@v2
              - run: |
                  dvc pull eval
                  dvc metrics diff main --md > report.md
                  cat <<EOF >> report.md
                  pytest results below
                  EOF
                  cml comment create report.md
      `,
      'README.md': 'CI: GitHub Actions runs pytest on every push.\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toContain('steps only set up, echo, comment or run bots');
  });

  it('is absent for a manual-only workflow, and says so', async () => {
    const result = await detect(ci, {
      '.github/workflows/train.yml': yaml`
        on:
          workflow_dispatch:
        jobs:
          train:
            runs-on: ubuntu-latest
            steps:
              - run: python train.py
      `,
    });

    expect(result.present).toBe(false);
    expect(result.note).toContain('started only by hand or by other events: .github/workflows/train.yml');
  });

  it('counts a reusable workflow that an automatic workflow calls', async () => {
    const result = await detect(ci, {
      '.github/workflows/main.yml': yaml`
        on: push
        jobs:
          call:
            uses: ./.github/workflows/lint.yml
      `,
      '.github/workflows/lint.yml': yaml`
        on: workflow_call
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - run: ruff check .
      `,
    });

    expect(result.evidence.map((e) => e.match)).toContain('lint: ruff check . (on: workflow_call)');
  });

  it('is absent for workflows GitHub never runs (inside a sub-folder), and says so; the root one counts', async () => {
    const workflow = yaml`
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: pytest
    `;
    const nested = await detect(ci, { 'projects/app/.github/workflows/test.yml': workflow, 'projects/app/.gitlab-ci.yml': 'test:\n  script: pytest\n' });
    const root = await detect(ci, { '.github/workflows/test.yml': workflow });

    expect(nested.present).toBe(false);
    expect(nested.note).toContain('never run by their service (not at the repository root): projects/app/.github/workflows/test.yml, projects/app/.gitlab-ci.yml');
    expect(root.present).toBe(true);
  });

  it('is absent for a schedule-only workflow that only runs a job (a scraper, a report); present when the scheduled job tests or trains', async () => {
    const scrape = yaml`
      name: scrape
      on:
        schedule:
          - cron: '0 6 * * *'
        workflow_dispatch:
      jobs:
        scrape:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - run: pip install -r requirements.txt
            - run: python scrape_prices.py --out data/prices.csv
            - run: python make_report.py
            - uses: stefanzweifel/git-auto-commit-action@v5
    `;
    const job = await detect(ci, { '.github/workflows/scrape.yml': scrape, 'scrape_prices.py': 'import requests\nrequests.get("https://example.org")\n' });
    const tests = await detect(ci, { '.github/workflows/nightly.yml': scrape.replace('python make_report.py', 'pytest -q') });
    const trains = await detect(ci, {
      '.github/workflows/retrain.yml': scrape.replace('python make_report.py', 'python train.py'),
      'train.py': 'from sklearn.linear_model import LinearRegression\nLinearRegression().fit([[1]], [1])\n',
    });

    expect(job.present).toBe(false);
    expect(job.note).toContain('scheduled jobs that build, test, lint, train or deploy nothing: .github/workflows/scrape.yml');
    expect(tests.present).toBe(true);
    expect(tests.evidence.map((e) => e.match)).toEqual(['scrape: pytest -q (on: schedule)']);
    expect(trains.present).toBe(true);
    expect(trains.evidence[0].match).toContain('python train.py');
  });
});
