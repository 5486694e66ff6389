import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';

/** A training module: the project does ML. */
const TRAIN = 'from sklearn.linear_model import LogisticRegression\n\ndef fit(X, y):\n    return LogisticRegression().fit(X, y)\n';

describe('signals/pipeline_orchestration', () => {
  it('is present for a Prefect flow of tasks, at the decorators', async () => {
    const result = await detect(pipelineOrchestration, {
      'flows/train.py': py`
        from prefect import flow, task
        from sklearn.linear_model import LogisticRegression

        @task
        def load():
            return 1

        @flow(name="training")
        def main():
            LogisticRegression().fit(load(), [0])
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['flows/train.py:4', 'flows/train.py:8']);
    expect(result.evidence.map((e) => e.match)).toEqual(['@prefect.task', '@prefect.flow']);
  });

  it('finds Airflow DAGs, Dagster assets, Metaflow flows, Kubeflow pipelines and dvc.yaml stages', async () => {
    const result = await detect(pipelineOrchestration, {
      'dags/etl.py': 'from airflow import DAG\nwith DAG("etl") as dag:\n    pass\n',
      'assets.py': 'from dagster import asset\n\n@asset\ndef features():\n    return 1\n',
      'flow.py': 'from metaflow import FlowSpec, step\nclass Train(FlowSpec):\n    @step\n    def start(self):\n        self.next(self.end)\n',
      'kfp_pipe.py': 'from kfp import dsl\n@dsl.pipeline(name="p")\ndef pipe():\n    train_op(epochs=3)\n',
      'dvc.yaml': yaml`
        stages:
          train:
            cmd: python train.py
      `,
      'train.py': TRAIN,
    });

    expect(locations(result)).toEqual(['dvc.yaml:2', 'dags/etl.py:2', 'flow.py:2', 'assets.py:3', 'flow.py:3', 'kfp_pipe.py:2']);
  });

  it('is absent for an import alone, a LangGraph graph, mentions and commented-out code', async () => {
    const result = await detect(pipelineOrchestration, {
      'README.md': 'Orchestrated with Airflow DAGs and Prefect flows.\n',
      'util.py': 'import prefect\n# @flow\n# with DAG("x"):\nprint("airflow.DAG")\n',
      'agent.py': 'from langgraph.graph import StateGraph\ng = StateGraph(dict)\ng.add_node("a", lambda s: s)\n',
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('leaves a declared orchestrator without a pipeline as a hint', async () => {
    const result = await detect(pipelineOrchestration, { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["apache-airflow>=2.8"]\n' });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
  });

  it('is absent, with a note, for a Prefect ETL flow and an Airflow DAG in a repository without ML', async () => {
    const result = await detect(pipelineOrchestration, {
      'flows/weather.py': py`
        import requests
        import pandas as pd
        from prefect import flow, task

        @task
        def extract():
            return requests.get(URL).json()

        @flow(name="weather")
        def main():
            pd.DataFrame(extract()).dropna().to_sql("weather", con=ENGINE)
      `,
      'dags/backup.py': 'from airflow import DAG\nwith DAG("nightly_backup") as dag:\n    pass\n',
      'README.md': 'A weather ETL; a model will come later (scikit-learn).\n',
      'tests/test_model.py': TRAIN,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
    expect(result.note).toBe(
      'orchestrated jobs hold no ML step: no model trained or run, no ML or LLM library and no experiment tracking in the project of dags/backup.py, flows/weather.py',
    );
  });

  it('keeps the flows of the sub-project that does ML (an LLM call counts), and only those', async () => {
    const result = await detect(pipelineOrchestration, {
      'etl/pyproject.toml': '[project]\nname = "etl"\n',
      'etl/flows.py': 'from prefect import flow\n\n@flow\ndef copy():\n    pass\n',
      'summaries/pyproject.toml': '[project]\nname = "summaries"\n',
      'summaries/flow.py': 'from prefect import flow\nfrom openai import OpenAI\n\n@flow\ndef summarise(text):\n    return OpenAI().chat.completions.create(model="m", messages=[text])\n',
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['summaries/flow.py:4']);
  });
});
