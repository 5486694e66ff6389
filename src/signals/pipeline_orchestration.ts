// A pipeline is shown by what defines it (a DAG, a @flow, an @asset, a
// FlowSpec, a kfp pipeline, a dvc.yaml stage), not by an import. An agent
// control graph (LangGraph) and Ray Train/Tune are not workflow pipelines.
import { PIPELINE_MANIFESTS, PIPELINE_PATTERNS } from '../catalog/tools/mlops-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { configEvidence } from './evidence.js';
import { dvcStages } from './lib/dvc.js';
import type { Evidence } from './types.js';

export const pipelineOrchestration = defineDetector({
  id: 'pipeline_orchestration',
  area: 'mlops',
  rule: 'the ML workflow is a pipeline of steps: Airflow DAGs, Prefect flows, Dagster assets/jobs, Kubeflow / Vertex pipelines, ZenML, Metaflow, Kedro, Flyte, `dvc.yaml` stages, SageMaker Pipelines, Ray workflows.',
  // The orchestrators' own `calls` define a pipeline (a DAG, @flow, FlowSpec); cloud pipelines are patterns.
  uses: 'call',
  patterns: PIPELINE_PATTERNS,
  detect: (ctx, found) => [...found, ...stages(ctx), ...manifests(ctx)],
});

function stages(ctx: DetectContext): Evidence[] {
  return dvcStages(ctx).map(({ file, stage }) => configEvidence(file.path, stage, `stage ${stage.name}: ${stage.cmd.slice(0, 100)}`, 'dvc'));
}

/** Argo and Tekton workflows (Kubeflow compiles to Argo). */
function manifests(ctx: DetectContext): Evidence[] {
  return ctx.files.flatMap((f) =>
    (f.manifests ?? []).filter((m) => PIPELINE_MANIFESTS.includes(m.kind)).map((m) => configEvidence(f.path, m, m.text)),
  );
}
