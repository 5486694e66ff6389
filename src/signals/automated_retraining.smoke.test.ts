// Issue 15, automated_retraining: CI and scheduled jobs whose "training" is a
// smoke run or a throw-away fit are not retraining. signals.md: "a scheduled
// or triggered job ... that trains or fine-tunes a model". Inline Python that
// fits on literal data (so a container has a model to load), and training
// run with a smoke/dry-run/fast-dev-run flag, a tiny step budget or a smoke
// environment variable, train no model; the project's own training module
// run on push or a schedule does.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

const TRAIN_PY = py`
  import joblib
  import pandas as pd
  from sklearn.linear_model import LogisticRegression

  def main():
      df = pd.read_csv("data/train.csv")
      model = LogisticRegression().fit(df.drop(columns="y"), df["y"])
      joblib.dump(model, "artifacts/model.pkl")
`;

/** A push workflow with one job whose steps are the given YAML lines (indented under `steps:`). */
function workflow(steps: string, env = ''): string {
  return `on: push\n${env}jobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
}

describe('signals/automated_retraining (smoke runs and throw-away fits)', () => {
  it('is present when CI runs the project training module, also from inline Python that calls it', async () => {
    const result = await detect(automatedRetraining, {
      'src/__init__.py': '',
      'src/train.py': TRAIN_PY,
      '.github/workflows/ci.yml': workflow(
        '      - run: python -m src.train --max-steps 5000\n      - run: python -c "from src.train import main; main()"\n',
        'env:\n  PYTHONUNBUFFERED: "1"\n  DRY_RUN: ${{ github.event_name == \'pull_request\' }}\n',
      ),
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/ci.yml:9', '.github/workflows/ci.yml:10']);
    expect(result.evidence[1].match).toContain('python -c "from src.train import main; main()"');
  });

  it('is absent for inline Python that fits a throw-away model on literal data (python -c, heredoc)', async () => {
    const result = await detect(automatedRetraining, {
      'src/train.py': TRAIN_PY,
      '.github/workflows/ci.yml': yaml`
        on: push
        jobs:
          smoke:
            steps:
              - name: Build model for the container test
                run: |
                  mkdir -p artifacts
                  python -c "import joblib; from sklearn.linear_model import LogisticRegression; import numpy as np; m = LogisticRegression(); m.fit(np.array([[1,2], [2,3]]), np.array([0, 1])); joblib.dump(m, 'artifacts/model.pkl')"
              - run: |
                  python - <<'EOF'
                  import numpy as np
                  from sklearn.ensemble import RandomForestClassifier
                  X = np.random.rand(20, 4)
                  model = RandomForestClassifier().fit(X, X[:, 0] > 0.5)
                  EOF
                  docker build -t app .
      `,
    });

    expect(result.present).toBe(false);
  });

  it('does not read a heredoc body as commands: a script written by cat is not run', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/ci.yml': yaml`
        on: push
        jobs:
          config:
            steps:
              - run: |
                  cat > retrain_job.yaml <<EOF
                  model.fit(X, y)
                  python train.py
                  EOF
      `,
      'scripts/build.sh': '#!/bin/bash\npython3 - <<EOF\nfrom sklearn.svm import SVC\nSVC().fit([[0, 1], [1, 0]], [0, 1])\nEOF\n',
      '.github/workflows/build.yml': workflow('      - run: bash scripts/build.sh\n'),
    });

    expect(result.present).toBe(false);
  });

  it.each([
    ['a dry-run flag', 'python train.py --dry-run'],
    ['fast_dev_run (a Hydra override)', 'python -m src.train trainer.fast_dev_run=true'],
    ['a one-step budget', 'python -m src.train --max-steps 1'],
    ['a smoke variable before the command', 'SMOKE_TEST=1 python train.py'],
    ['a smoke variable exported earlier in the script', 'export FAST_DEV_RUN=1\n          python train.py'],
    ['a script named for a smoke run', 'python scripts/smoke_train.py'],
  ])('is absent for training run as a smoke test: %s', async (_, run) => {
    const result = await detect(automatedRetraining, {
      'train.py': TRAIN_PY,
      'scripts/smoke_train.py': 'from train import main\n\nmain()\n',
      '.github/workflows/ci.yml': workflow(`      - run: |\n          ${run}\n`),
    });

    expect(result.present).toBe(false);
  });

  it('reads smoke variables from the workflow, job and step `env:` (the innermost wins)', async () => {
    const files = (env: { workflow?: string; job?: string; step?: string }) => ({
      'train.py': TRAIN_PY,
      '.github/workflows/ci.yml': yaml`
        on:
          schedule:
            - cron: "0 3 * * 1"
        ${env.workflow ?? ''}
        jobs:
          retrain:
            ${env.job ?? ''}
            steps:
              - run: python train.py
                ${env.step ?? ''}
      `,
    });

    const workflowLevel = await detect(automatedRetraining, files({ workflow: 'env: { SMOKE_TEST: "1" }' }));
    const jobLevel = await detect(automatedRetraining, files({ job: 'env: { FAST_DEV_RUN: true }' }));
    const stepLevel = await detect(automatedRetraining, files({ step: 'env: { DRY_RUN: "yes" }' }));
    const overridden = await detect(automatedRetraining, files({ workflow: 'env: { SMOKE_TEST: "1" }', step: 'env: { SMOKE_TEST: "0" }' }));
    const unrelated = await detect(automatedRetraining, files({ job: 'env: { WANDB_MODE: offline, TINY_URL: "https://x" }' }));

    expect([workflowLevel.present, jobLevel.present, stepLevel.present]).toEqual([false, false, false]);
    expect(overridden.present).toBe(true);
    expect(unrelated.present).toBe(true);
  });

  it('is absent for a CI step named for a dummy model, present for the same command in a step named for training', async () => {
    const step = (name: string) => workflow(`      - name: ${name}\n        run: python train.py\n`);

    const dummy = await detect(automatedRetraining, { 'train.py': TRAIN_PY, '.github/workflows/ci.yml': step('Create dummy model for the smoke test') });
    const real = await detect(automatedRetraining, { 'train.py': TRAIN_PY, '.github/workflows/ci.yml': step('Retrain the model') });

    expect(dummy.present).toBe(false);
    expect(real.present).toBe(true);
  });
});
