import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

describe('signals/automated_retraining', () => {
  it('is present for a scheduled CI workflow that trains, at the step that trains', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/retrain.yml': yaml`
        name: retrain
        on:
          schedule:
            - cron: "0 3 * * 1"
        jobs:
          train:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: pip install -r requirements.txt
              - run: uv run python -m src.train --epochs 5
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['.github/workflows/retrain.yml:11']);
    expect(result.evidence[0].match).toBe('uv run python -m src.train --epochs 5 (on: schedule (cron 0 3 * * 1))');
  });

  it('follows a CI step into the shell script or Makefile target it runs', async () => {
    const result = await detect(automatedRetraining, {
      '.gitlab-ci.yml': 'pipeline:\n  script:\n    - bash jobs/run_all.sh\n    - make pipeline\n',
      'jobs/run_all.sh': '#!/bin/bash\npytest tests\npython models/fit_model.py --out model.pkl\n',
      Makefile: 'pipeline:\n\tdvc repro\n',
      'dvc.yaml': 'stages:\n  train:\n    cmd: python train.py\n',
    });

    expect(locations(result)).toEqual(['.gitlab-ci.yml:3', '.gitlab-ci.yml:4', 'Makefile:2', 'dvc.yaml:2', 'jobs/run_all.sh:3']);
  });

  it('follows a pushed workflow into the reusable workflow it calls', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/main.yml': 'on: push\njobs:\n  model:\n    uses: ./.github/workflows/train.yml\n',
      '.github/workflows/train.yml': 'on: workflow_call\njobs:\n  t:\n    steps:\n      - run: python scripts/train_model.py\n',
    });

    expect(locations(result)).toEqual(['.github/workflows/train.yml:5']);
  });

  it('finds scheduled orchestrator runs that train: an Airflow DAG, a Prefect deployment', async () => {
    const result = await detect(automatedRetraining, {
      'dags/retrain.py': py`
        from airflow import DAG
        from airflow.operators.python import PythonOperator
        from pipeline.train import train_model

        with DAG("retrain", schedule="@daily") as dag:
            PythonOperator(task_id="train", python_callable=train_model)
      `,
      'deploy.py': py`
        from prefect.deployments import Deployment
        from prefect.server.schemas.schedules import CronSchedule
        from flows import main

        Deployment.build_from_flow(flow=main, name="model_training", schedule=CronSchedule(cron="0 9 * * *"))
      `,
    });

    expect(locations(result)).toEqual(['dags/retrain.py:5', 'dags/retrain.py:6', 'deploy.py:5']);
  });

  it('finds a Prefect flow served on an interval from a module that imports it from the project', async () => {
    const result = await detect(automatedRetraining, {
      'requirements.txt': 'prefect==3.1.0\n',
      'flows/schedule.py': py`
        from datetime import timedelta
        from pipeline import model_training_flow

        if __name__ == "__main__":
            model_training_flow.serve(name="weekly", interval=timedelta(days=7))
      `,
    });

    expect(locations(result)).toEqual(['flows/schedule.py:5', 'flows/schedule.py:2']);
  });

  it('finds a scheduled Prefect deployment whose entrypoint trains', async () => {
    const result = await detect(automatedRetraining, {
      'prefect.yaml': yaml`
        deployments:
          - name: weekly
            entrypoint: src/flows/main.py:main
            schedules:
              - interval: 604800
      `,
      'src/flows/main.py': 'from prefect import flow\nfrom sklearn.linear_model import Ridge\n\n@flow\ndef main():\n    Ridge().fit(X, y)\n',
    });

    expect(locations(result)).toEqual(['prefect.yaml:3', 'src/flows/main.py:6']);
  });

  it('finds retraining triggered by a drift check', async () => {
    const result = await detect(automatedRetraining, {
      'monitor/check.py': py`
        from scipy.stats import ks_2samp
        from training import retrain

        def check(ref, cur):
            if ks_2samp(ref, cur).pvalue < 0.05:
                retrain()
      `,
    });

    expect(locations(result)).toEqual(['monitor/check.py:6']);
  });

  it('follows `mlflow run` on push into the MLproject entry point that trains', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/retrain.yml': yaml`
        on:
          push:
            paths: ["MLProject/**"]
        jobs:
          train:
            steps:
              - uses: actions/checkout@v4
              - run: pip install mlflow
              - working-directory: MLProject
                run: mlflow run . -e main --env-manager=local
      `,
      'MLProject/MLProject': 'name: churn\nentry_points:\n  main:\n    command: "python modelling.py"\n',
      'MLProject/modelling.py': 'from sklearn.linear_model import LogisticRegression\n\nLogisticRegression().fit(X, y)\n',
    });

    expect(locations(result)).toEqual(['.github/workflows/retrain.yml:9', 'MLProject/MLProject:3']);
  });

  it('is absent for a drift report after training, in an app page a person clicks, and for backup cron jobs', async () => {
    const result = await detect(automatedRetraining, {
      'app/pages/monitor.py': py`
        import streamlit as st
        from evidently.report import Report

        def run_monitoring(model, ref, cur):
            if st.button("Submit"):
                model.train_model(ref, cur)
                st.write(model.data_drift_report(ref, cur))
      `,
      'jobs/check.py': py`
        def nightly(model, ref, cur):
            model.retrain_model(ref)
            return model.drift_report(ref, cur)
      `,
      'k8s/backup.yaml': yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: training-metadata-backup
        spec:
          schedule: "0 2 * * *"
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for manual runs, unscheduled DAGs, a /train endpoint, tests of training and mentions', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/train.yml': 'on:\n  workflow_dispatch:\n  # schedule:\n  #   - cron: "0 0 * * *"\njobs:\n  t:\n    steps:\n      - run: python train.py\n',
      '.github/workflows/ci.yml': yaml`
        on: [push]
        jobs:
          test:
            steps:
              - run: echo "training the model"
              - run: pytest tests/test_train.py
              - run: pip install -r requirements-train.txt
              - run: python report.py results/training_results.json
      `,
      'dags/manual.py': 'from airflow import DAG\nfrom ml import train_model\nwith DAG("m", schedule=None) as dag:\n    pass\n',
      'api.py': 'from fastapi import FastAPI\napp = FastAPI()\n@app.post("/train")\ndef train():\n    model.fit(X, y)\n',
      'README.md': 'The model is retrained nightly by cron.\n',
      // A scheduled training workflow that GitHub never runs: it sits in a sub-folder.
      'old/.github/workflows/retrain.yml': 'on:\n  schedule:\n    - cron: "0 0 * * *"\njobs:\n  t:\n    steps:\n      - run: python train.py\n',
      'train.py': 'from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
