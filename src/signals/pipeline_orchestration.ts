// signals.md › pipeline_orchestration: the ML workflow is a pipeline of steps: Airflow DAGs, Prefect flows, Dagster assets/jobs, Kubeflow / Vertex pipelines, ZenML, Metaflow, Kedro, Flyte, dvc.yaml stages, SageMaker Pipelines, Ray workf...
import { defineDetector } from './define.js';

export const pipelineOrchestration = defineDetector({
  id: 'pipeline_orchestration',
  area: 'mlops',
});
