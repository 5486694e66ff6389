import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';

// A DAG or flow in a sub-project of its own (its folder holds only the
// orchestrator's requirements) whose tasks run the ML work elsewhere in the
// repository: it is the ML workflow when a task's target does ML.

const AIRFLOW_REQS = 'apache-airflow==2.9.1\napache-airflow-providers-docker==3.10.0\n';

/** A job folder that does no ML: it copies rows from an API into a CSV. */
const EXTRACT = {
  'jobs/sales_extract/requirements.txt': 'requests==2.31.0\npandas==2.2.2\n',
  'jobs/sales_extract/Dockerfile': 'FROM python:3.12-slim\nCOPY . /job\nCMD ["python", "/job/pull.py"]\n',
  'jobs/sales_extract/pull.py': py`
    import pandas as pd
    import requests

    rows = requests.get("https://shop.example/api/sales").json()
    pd.DataFrame(rows).to_csv("/data/sales.csv", index=False)
  `,
};

/** A job folder that fits a LightGBM forecaster, run as a module by its image. */
const FORECASTER = {
  'jobs/demand_forecaster/requirements.txt': 'lightgbm==4.3.0\npandas==2.2.2\n',
  'jobs/demand_forecaster/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nENTRYPOINT ["python", "-m", "fit_forecaster"]\n',
  'jobs/demand_forecaster/fit_forecaster.py': py`
    import lightgbm as lgb
    import pandas as pd

    sales = pd.read_csv("/data/sales.csv")
    booster = lgb.LGBMRegressor(n_estimators=200).fit(sales[["week", "store"]], sales["units"])
    booster.booster_.save_model("/data/forecaster.txt")
  `,
};

describe('signals/pipeline_orchestration (tasks that run another part of the repository)', () => {
  it('is present for a DAG whose DockerOperator runs an image built from the training folder, matched by name', async () => {
    const result = await detect(pipelineOrchestration, {
      'orchestration/requirements.txt': AIRFLOW_REQS,
      'orchestration/dags/weekly_forecast.py': py`
        from airflow import DAG
        from airflow.providers.docker.operators.docker import DockerOperator

        with DAG("weekly_forecast", schedule=None) as dag:
            pull = DockerOperator(task_id="pull_sales", image="shop-sales-extract", network_mode="bridge")
            fit = DockerOperator(task_id="refresh", image="shop-demand-forecaster:latest", api_version="auto")
            pull >> fit
      `,
      ...EXTRACT,
      ...FORECASTER,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.map((e) => [e.location, e.match])).toContainEqual([
      'orchestration/dags/weekly_forecast.py:6',
      'DockerOperator: image shop-demand-forecaster:latest (built from jobs/demand_forecaster) runs jobs/demand_forecaster/fit_forecaster.py',
    ]);
    expect(locations(result).every((l) => l.startsWith('orchestration/dags/weekly_forecast.py:'))).toBe(true);
  });

  it('is present for a KubernetesPodOperator whose registry image a Makefile builds from the scoring folder', async () => {
    const result = await detect(pipelineOrchestration, {
      Makefile: 'images:\n\tdocker build -t registry.example.com/acme/churn-scorer:1.4 -f scoring/Dockerfile .\n',
      'pipelines/requirements.txt': 'apache-airflow-providers-cncf-kubernetes==8.0.0\n',
      'pipelines/dags/nightly_scores.py': py`
        from airflow.decorators import dag
        from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

        @dag(schedule=None)
        def nightly_scores():
            KubernetesPodOperator(task_id="score", name="score", image="registry.example.com/acme/churn-scorer:1.4", cmds=["python", "score_batch.py"])

        nightly_scores()
      `,
      'scoring/requirements.txt': 'joblib==1.4.0\nscikit-learn==1.4.2\n',
      'scoring/Dockerfile': 'FROM python:3.11\nCOPY scoring /app\nCMD python /app/score_batch.py\n',
      'scoring/score_batch.py': py`
        import joblib
        import pandas as pd

        clf = joblib.load("/models/churn.joblib")
        frame = pd.read_parquet("/data/customers.parquet")
        frame.assign(churn=clf.predict(frame)).to_parquet("/data/scores.parquet")
      `,
    });

    expect(result.present).toBe(true);
    expect(result.evidence.find((e) => e.line === 6)?.match).toBe(
      'KubernetesPodOperator: image registry.example.com/acme/churn-scorer:1.4 (built from scoring) runs scoring/score_batch.py',
    );
  });

  it('is present for an image a compose service builds (the compose project prefix allowed)', async () => {
    const result = await detect(pipelineOrchestration, {
      'docker-compose.yml': yaml`
        services:
          scheduler:
            build: ./airflow
          trainer:
            build: ./trainer
            command: python fit.py --epochs 5
      `,
      'airflow/requirements.txt': AIRFLOW_REQS,
      'airflow/Dockerfile': 'FROM apache/airflow:2.9.1\n',
      'airflow/dags/refresh.py': py`
        from airflow import DAG
        from airflow.providers.docker.operators.docker import DockerOperator

        with DAG("refresh") as dag:
            DockerOperator(task_id="fit", image="acme_trainer")
      `,
      'trainer/requirements.txt': 'torch==2.3.0\n',
      'trainer/Dockerfile': 'FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime\nCOPY . /w\nWORKDIR /w\n',
      'trainer/fit.py': 'import torch\nnet = torch.nn.Linear(4, 1)\n',
    });

    expect(result.present).toBe(true);
    expect(result.evidence.find((e) => e.line === 5)?.match).toBe('DockerOperator: image acme_trainer (built from trainer) runs trainer/fit.py');
  });

  it('is present for a command that runs a training script of another project, and for a module imported from one', async () => {
    const result = await detect(pipelineOrchestration, {
      'dags/requirements.txt': AIRFLOW_REQS,
      'dags/classify.py': py`
        from airflow import DAG
        from airflow.operators.bash import BashOperator

        with DAG("classify") as dag:
            BashOperator(task_id="fit", bash_command="cd /opt/airflow/vision && python fit_classifier.py --epochs 3")
      `,
      'vision/requirements.txt': 'torch==2.3.0\n',
      'vision/fit_classifier.py': 'import torch\nmodel = torch.nn.Conv2d(3, 8, 3)\n',
      'flows/requirements.txt': 'prefect==2.19.0\n',
      'flows/recs.py': py`
        import subprocess
        from prefect import flow, task

        @task
        def refit():
            subprocess.run(["python", "recsys/refit_embeddings.py"], check=True)

        @flow
        def weekly():
            refit()
      `,
      'recsys/requirements.txt': 'implicit==0.7.2\nscikit-learn==1.4.2\n',
      'recsys/refit_embeddings.py': 'from recsys.factorise import factorise\nfactorise()\n',
      'recsys/factorise.py': 'from sklearn.decomposition import TruncatedSVD\n\ndef factorise():\n    return TruncatedSVD(8).fit(load())\n',
      'ops/requirements.txt': 'dagster==1.7.0\n',
      'ops/assets.py': py`
        from dagster import asset
        from sentiment.scoring import score_reviews

        @asset
        def review_scores(reviews):
            return score_reviews(reviews)
      `,
      'sentiment/requirements.txt': 'transformers==4.41.0\n',
      'sentiment/scoring.py': 'from transformers import pipeline\n\ndef score_reviews(texts):\n    return pipeline("sentiment-analysis")(texts)\n',
    });

    expect(result.present).toBe(true);
    const matches = result.evidence.map((e) => `${e.location} ${e.match}`);
    expect(matches).toContain('dags/classify.py:5 BashOperator: cd /opt/airflow/vision && python fit_classifier.py --epochs 3 runs vision/fit_classifier.py');
    expect(matches).toContain('flows/recs.py:6 subprocess.run: python recsys/refit_embeddings.py runs recsys/refit_embeddings.py');
    expect(matches).toContain('ops/assets.py:2 from sentiment.scoring import score_reviews (sentiment/scoring.py)');
  });

  it('follows a command into a shell script and into the stages of dvc repro', async () => {
    const result = await detect(pipelineOrchestration, {
      'airflow/requirements.txt': AIRFLOW_REQS,
      'airflow/dags/refit.py': py`
        from airflow import DAG
        from airflow.operators.bash import BashOperator

        with DAG("refit") as dag:
            BashOperator(task_id="refit", bash_command="bash /opt/airflow/scripts/refit.sh")
            BashOperator(task_id="prices", bash_command="cd $REPO && dvc repro")
      `,
      'scripts/refit.sh': 'set -e\ncd /work/churn\npython -m churn.fit --config prod.yaml\n',
      'churn/pyproject.toml': '[project]\nname = "churn"\ndependencies = ["xgboost"]\n',
      'churn/churn/fit.py': 'import xgboost as xgb\nxgb.XGBClassifier().fit(X, y)\n',
      'pricing/requirements.txt': 'catboost==1.2.5\n',
      'pricing/dvc.yaml': 'stages:\n  fit:\n    cmd: python src/fit_price.py\n',
      'pricing/src/fit_price.py': 'from catboost import CatBoostRegressor\nCatBoostRegressor().fit(X, y)\n',
    });

    expect(result.evidence.filter((e) => e.path === 'airflow/dags/refit.py' && e.line !== 4).map((e) => e.match)).toEqual([
      'BashOperator: bash /opt/airflow/scripts/refit.sh runs churn/churn/fit.py',
      'BashOperator: cd $REPO && dvc repro runs pricing/src/fit_price.py',
    ]);
  });

  it('is absent, with its note, for a DAG of ETL tasks (an image built from an ingest folder, dbt) beside a training project', async () => {
    const result = await detect(pipelineOrchestration, {
      'orchestration/requirements.txt': AIRFLOW_REQS,
      'orchestration/dags/load.py': py`
        from airflow import DAG
        from airflow.operators.bash import BashOperator
        from airflow.providers.docker.operators.docker import DockerOperator

        with DAG("load") as dag:
            pull = DockerOperator(task_id="pull", image="shop-sales-extract")
            model = BashOperator(task_id="model", bash_command="dbt run --project-dir /opt/dbt")
            pull >> model
      `,
      ...EXTRACT,
      ...FORECASTER,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toMatch(/no ML step.* in the project of orchestration\/dags\/load\.py$/);
  });

  it('is absent for an image the repository does not build, whatever the task is called', async () => {
    const result = await detect(pipelineOrchestration, {
      'orchestration/requirements.txt': AIRFLOW_REQS,
      'orchestration/dags/spark.py': py`
        from airflow import DAG
        from airflow.providers.docker.operators.docker import DockerOperator
        from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

        with DAG("spark") as dag:
            DockerOperator(task_id="train_model", image="bitnami/spark:3.5")
            KubernetesPodOperator(task_id="fit", name="forecaster", image="python:3.12-slim")
      `,
      'train/requirements.txt': 'xgboost==2.0.3\n',
      'train/Dockerfile': 'FROM python:3.12-slim\nCOPY train_gbt.py /opt/\n',
      'train/train_gbt.py': 'import xgboost as xgb\nxgb.XGBRegressor().fit(X, y)\n',
      'spark_jobs/requirements.txt': 'pyspark==3.5.1\n',
      'spark_jobs/Dockerfile': 'FROM bitnami/spark:3.5\nCOPY . /opt/jobs\n',
      'spark_jobs/gbt.py': 'from pyspark.ml.regression import GBTRegressor\nGBTRegressor().fit(frame)\n',
      ...FORECASTER,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is absent for mentions: a commented-out task, a printed command, and a DAG that runs nothing', async () => {
    const result = await detect(pipelineOrchestration, {
      'orchestration/requirements.txt': AIRFLOW_REQS,
      'orchestration/dags/later.py': py`
        from airflow import DAG

        with DAG("later") as dag:
            # DockerOperator(task_id="fit", image="shop-demand-forecaster")
            print("next: python jobs/demand_forecaster/fit_forecaster.py")
      `,
      'orchestration/dags/empty.py': 'from airflow import DAG\nwith DAG("empty") as dag:\n    pass\n',
      ...FORECASTER,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });
});

describe('signals/pipeline_orchestration: a test that loads DAGs', () => {
  it('is no pipeline when no DAG is defined outside the tests', async () => {
    const test = py`
      from airflow.models import DagBag

      def test_no_import_errors():
          assert not DagBag(include_examples=False).import_errors
    `;
    const alone = await detect(pipelineOrchestration, { 'tests/dags/test_dag_example.py': test, 'train.py': 'from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y)\n' });

    expect(alone.present).toBe(false);
  });
});
