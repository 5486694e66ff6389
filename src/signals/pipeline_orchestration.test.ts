import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, yaml } from '../../test/helpers/text.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';

describe('signals/pipeline_orchestration', () => {
  it('is present for a Prefect flow of tasks, at the decorators', async () => {
    const result = await detect(pipelineOrchestration, {
      'flows/train.py': py`
        from prefect import flow, task

        @task
        def load():
            return 1

        @flow(name="training")
        def main():
            load()
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['flows/train.py:3', 'flows/train.py:7']);
    expect(result.evidence.map((e) => e.match)).toEqual(['@prefect.task', '@prefect.flow']);
  });

  it('finds Airflow DAGs, Dagster assets, Metaflow flows, Kubeflow pipelines and dvc.yaml stages', async () => {
    const result = await detect(pipelineOrchestration, {
      'dags/etl.py': 'from airflow import DAG\nwith DAG("etl") as dag:\n    pass\n',
      'assets.py': 'from dagster import asset\n\n@asset\ndef features():\n    return 1\n',
      'flow.py': 'from metaflow import FlowSpec, step\nclass Train(FlowSpec):\n    @step\n    def start(self):\n        self.next(self.end)\n',
      'kfp_pipe.py': 'from kfp import dsl\n@dsl.pipeline(name="p")\ndef pipe():\n    pass\n',
      'dvc.yaml': yaml`
        stages:
          train:
            cmd: python train.py
      `,
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
});
