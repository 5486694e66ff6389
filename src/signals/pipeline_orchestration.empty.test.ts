import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';

/** A training module: the project does ML. */
const TRAIN = 'from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n';

describe('signals/pipeline_orchestration (steps that do nothing)', () => {
  it('is absent, with a note, for a DAG and a flow whose every task is a function that does nothing', async () => {
    const result = await detect(pipelineOrchestration, {
      'dags/airflow_dag.py': py`
        from airflow import DAG
        from airflow.operators.python_operator import PythonOperator
        from datetime import timedelta

        def retrain_model():
            # Code to retrain your model
            pass

        dag = DAG('retrain_model_dag', schedule_interval=timedelta(days=1))
        retrain_task = PythonOperator(task_id='retrain_model', python_callable=retrain_model, dag=dag)
      `,
      'flows/pipeline.py': py`
        from prefect import flow, task

        @task
        def load():
            """Load the data."""

        @task
        def train():
            print("training...")
            return None

        @flow
        def pipeline():
            load()
            train()
      `,
      'train.py': TRAIN,
    });

    expect(result.present).toBe(false);
    expect(result.note).toContain('orchestrated steps do nothing');
    expect(result.note).toContain('dags/airflow_dag.py, flows/pipeline.py');
  });

  it('keeps a file with one real step beside an empty one: a command, an imported callable, a computed asset', async () => {
    const result = await detect(pipelineOrchestration, {
      'dags/retrain.py': py`
        from airflow import DAG
        from airflow.operators.bash import BashOperator
        from airflow.operators.python import PythonOperator

        def notify():
            pass

        with DAG("retrain", schedule="@daily") as dag:
            train = BashOperator(task_id="train", bash_command="python train.py")
            done = PythonOperator(task_id="notify", python_callable=notify)
      `,
      'dags/imported.py': py`
        from airflow import DAG
        from airflow.operators.python import PythonOperator
        from pipelines.steps import refresh

        def noop():
            ...

        with DAG("refresh") as dag:
            PythonOperator(task_id="refresh", python_callable=refresh)
            PythonOperator(task_id="noop", python_callable=noop)
      `,
      'assets.py': py`
        from dagster import asset

        @asset
        def features(raw):
            return raw[raw.x > 0]
      `,
      'train.py': TRAIN,
    });

    expect(result.present).toBe(true);
    expect(new Set(result.evidence.map((e) => e.path))).toEqual(new Set(['dags/retrain.py', 'dags/imported.py', 'assets.py']));
    expect(locations(result)).toContain('dags/retrain.py:9');
  });
});
