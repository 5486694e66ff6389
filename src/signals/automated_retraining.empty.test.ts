import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { automatedRetraining } from './automated_retraining.js';

describe('signals/automated_retraining (steps that do nothing, checks whose result is thrown away)', () => {
  it('is absent for scheduled runs whose training function does nothing, whatever its name, task id or description say', async () => {
    const result = await detect(automatedRetraining, {
      'dags/airflow_dag.py': py`
        from airflow import DAG
        from airflow.operators.python_operator import PythonOperator
        from datetime import datetime, timedelta

        def retrain_model():
            # Code to retrain your model
            pass

        dag = DAG(
            'retrain_model_dag',
            description='A DAG to retrain machine learning model',
            schedule_interval=timedelta(days=1),
        )

        retrain_task = PythonOperator(task_id='retrain_model', python_callable=retrain_model, dag=dag)
      `,
      'dags/taskflow.py': py`
        from airflow.decorators import dag, task

        @task
        def train():
            """Fine-tune the model (TODO)."""

        @task
        def retrain():
            print("Retraining model...")
            return None

        @dag(schedule="@daily")
        def weekly_training():
            train()
            retrain()
      `,
      'flows/serve.py': py`
        from prefect import flow

        @flow
        def training_flow():
            ...

        training_flow.serve(name="nightly", cron="0 2 * * *")
      `,
      'jobs/scheduler.py': py`
        from apscheduler.schedulers.background import BackgroundScheduler

        def retrain_job():
            _retrain()

        def _retrain():
            logger.info("retraining")

        scheduler = BackgroundScheduler()
        scheduler.add_job(retrain_job, "cron", hour=2)
        scheduler.start()
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is present when the scheduled task has a body that trains, or hands over a callable the repository does not define', async () => {
    const result = await detect(automatedRetraining, {
      'dags/retrain.py': py`
        from airflow import DAG
        from airflow.operators.python import PythonOperator
        from sklearn.linear_model import LogisticRegression

        def retrain_model():
            LogisticRegression().fit(X, y)

        with DAG("retrain", schedule="@weekly") as dag:
            PythonOperator(task_id="retrain_model", python_callable=retrain_model)
      `,
      'dags/imported.py': py`
        from airflow import DAG
        from airflow.operators.python import PythonOperator
        from pipelines.steps import refresh

        with DAG("refresh", schedule="@daily") as dag:
            PythonOperator(task_id="train_model", python_callable=refresh)
      `,
    });

    expect(locations(result)).toEqual(['dags/imported.py:5', 'dags/imported.py:6', 'dags/retrain.py:8', 'dags/retrain.py:5']);
  });

  it('does not count training after a drift check whose result is thrown away, and counts it after a check whose result is kept', async () => {
    const report = await detect(automatedRetraining, {
      'src/retraining/main.py': py`
        from retraining.drift import detect_drift
        from retraining.train import train_model

        def retraining_pipeline(train, new):
            detect_drift(train, new)
            train_model(train, new)
      `,
    });
    const gated = await detect(automatedRetraining, {
      'src/retraining/main.py': py`
        from retraining.drift import detect_drift
        from retraining.train import train_model

        def retraining_pipeline(train, new):
            drifted = detect_drift(train, new)
            if drifted:
                train_model(train, new)
      `,
    });

    expect(report).toMatchObject({ present: false, evidence: [] });
    expect(locations(gated)).toEqual(['src/retraining/main.py:7']);
  });
});
