import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

/** An MLflow Project whose `main` entry point runs a module that fits a classifier. */
const PROJECT = {
  'Workflow-CI/MLProject/MLproject': yaml`
    name: vegetables
    entry_points:
      main:
        parameters:
          max_train: { type: int, default: 200 }
        command: "python modelling.py --max_train {max_train}"
  `,
  'Workflow-CI/MLProject/modelling.py': py`
    from sklearn.linear_model import LogisticRegression

    def main():
        clf = LogisticRegression()
        clf.fit(X, y)
  `,
};

describe('signals/automated_retraining (project runners in CI: mlflow run, dvc repro, python -m)', () => {
  it('follows `python -m mlflow run .` on push, from the folder the step moved into, to the module its entry point runs', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/mlflow-ci.yml': yaml`
        on:
          push:
            branches: [main]
            paths: ["Workflow-CI/MLProject/**"]
          workflow_dispatch:
        jobs:
          train:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Run MLflow Project
                run: |
                  cd "Workflow-CI/MLProject"
                  export MLFLOW_TRACKING_URI="file:$(pwd)/mlruns"
                  python -m mlflow run . \
                    --env-manager=local \
                    --experiment-name "Vegetables-CI" \
                    -P max_train=200 > mlflow_output.txt 2>&1
                  cat mlflow_output.txt
      `,
      ...PROJECT,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/mlflow-ci.yml:11', 'Workflow-CI/MLProject/MLproject:3']);
    expect(result.evidence[0].match).toContain('python -m mlflow run .');
    expect(result.evidence[0].match).toContain('(on: push)');
  });

  it('follows `dvc repro` on a schedule into a stage whose script fits, though no name says training', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/pipeline.yml': 'on:\n  schedule:\n    - cron: "0 4 * * 1"\njobs:\n  run:\n    steps:\n      - run: python -m dvc repro\n',
      'ml/dvc.yaml': yaml`
        stages:
          featurize:
            cmd: python src/featurize.py
          build_model:
            cmd: python src/model.py
      `,
      'ml/src/featurize.py': 'import pandas as pd\npd.read_csv("raw.csv").dropna().to_csv("clean.csv")\n',
      'ml/src/model.py': 'from sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier().fit(X, y)\n',
    });

    expect(locations(result)).toEqual(['.github/workflows/pipeline.yml:7', 'ml/dvc.yaml:4']);
  });

  it('counts an installed tool run as a module whose subcommand trains (`python -m spacy train`)', async () => {
    const result = await detect(automatedRetraining, {
      '.gitlab-ci.yml': 'train:\n  script:\n    - python -m spacy train config.cfg --output models/\n',
    });

    expect(locations(result)).toEqual(['.gitlab-ci.yml:3']);
  });

  it('is absent for a project run by hand, an MLflow UI, a serving project and stages that train nothing', async () => {
    const result = await detect(automatedRetraining, {
      // Started only by a person.
      '.github/workflows/manual.yml': 'on: workflow_dispatch\njobs:\n  t:\n    steps:\n      - run: python -m mlflow run Workflow-CI/MLProject\n',
      // On push, but the project in the folder it runs is the serving one, and the others do not train.
      '.github/workflows/ci.yml': yaml`
        on: [push]
        jobs:
          t:
            steps:
              - run: python -m mlflow ui --port 5000 &
              - run: cd serving && mlflow run . --env-manager=local
              - run: python -m dvc repro
      `,
      'serving/MLproject': 'name: serve\nentry_points:\n  main:\n    command: "python serve.py"\n',
      'serving/serve.py': 'import mlflow\nmodel = mlflow.pyfunc.load_model("models:/churn/1")\n',
      'dvc.yaml': 'stages:\n  prepare:\n    cmd: python prepare.py\n',
      'prepare.py': 'import pandas as pd\npd.read_csv("raw.csv").dropna().to_csv("clean.csv")\n',
      ...PROJECT,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
