// Issue 15, automated_retraining: scheduled orchestrator runs and CI jobs
// whose training step lives in another module or a sub-project.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

const DAG = py`
  from datetime import datetime
  import subprocess

  from airflow import DAG
  from airflow.operators.python import PythonOperator

  dag = DAG("nightly", schedule_interval="@daily", start_date=datetime(2025, 1, 1))

  def run_check():
      subprocess.run(["python", "monitoring/check.py"], check=True)

  PythonOperator(task_id="check", python_callable=run_check, dag=dag)
`;

describe('signals/automated_retraining (other modules and sub-projects)', () => {
  it('follows a scheduled DAG into the script it runs, which runs training', async () => {
    const result = await detect(automatedRetraining, {
      'dags/nightly.py': DAG,
      'monitoring/check.py': 'import subprocess\n\nif drifted():\n    subprocess.run(["python", "model/train_model.py"], check=True)\n',
    });

    expect(locations(result)).toEqual(['dags/nightly.py:7', 'dags/nightly.py:10']);
  });

  it('follows a scheduled CI job into a sub-project and the module whose function fits the model', async () => {
    const result = await detect(automatedRetraining, {
      '.github/workflows/nightly.yml': yaml`
        on:
          schedule:
            - cron: "0 2 * * *"
        jobs:
          run:
            runs-on: ubuntu-latest
            steps:
              - run: cd services/forecaster && python main.py
      `,
      'services/forecaster/main.py': 'from pipeline import run_all\n\nrun_all()\n',
      'services/forecaster/pipeline.py': 'def run_all():\n    model = build()\n    model.fit(load())\n',
    });

    expect(locations(result)).toEqual(['.github/workflows/nightly.yml:8']);
    expect(result.evidence[0].match).toBe('cd services/forecaster && python main.py (on: schedule (cron 0 2 * * *))');
  });

  it('is absent when the scheduled script trains nothing, or retraining is only mentioned', async () => {
    const result = await detect(automatedRetraining, {
      'dags/nightly.py': DAG,
      'monitoring/check.py': 'import subprocess\n\nsubprocess.run(["python", "reports/render.py"], check=True)\n',
      'reports/render.py': 'def render():\n    return "ok"\n\nrender()\n',
      'README.md': 'A nightly DAG runs `python model/train_model.py` when drift is found.\n',
      '.github/workflows/manual.yml': 'on: workflow_dispatch\njobs:\n  t:\n    steps:\n      - run: cd trainer && python main.py\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});
