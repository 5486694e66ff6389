// A pipeline is shown by what defines it (a DAG, a @flow, an @asset, a
// FlowSpec, a kfp pipeline, a dvc.yaml stage, a node of an Elyra `.pipeline`
// file, a compiled Kubeflow pipeline), not by an import. An agent
// control graph (LangGraph) and Ray Train/Tune are not workflow pipelines.
// "The ML workflow" (signals.md): a flow or DAG in a repository, or a
// sub-project of one, with no ML at all (no model trained or run, no ML or
// LLM library, no LLM call, no experiment tracking: lib/ml-projects.ts)
// orchestrates data jobs, not an ML workflow, and is absent with a note.
// A flow or DAG outside the projects that do ML still counts when one of its
// tasks runs another part of the repository that does (lib/task-targets.ts):
// a container image built from the training folder, a command naming a
// script that trains or predicts, a module it imports; the task is cited
// beside the pipeline. An image the repository does not build, or a target
// that does no ML (an ingest job, dbt), leaves it absent.
// A DAG or flow whose every step is a function that does nothing (`pass`,
// a docstring, prints: lib/empty-steps.ts) orchestrates no step at all.
import { PIPELINE_MANIFESTS, PIPELINE_PATTERNS } from '../catalog/tools/mlops-calls.js';
import { isTestPath, type DetectContext, type PyFile } from './context.js';
import { defineDetector, type DetectResult } from './define.js';
import { configEvidence } from './evidence.js';
import { dvcStages } from './lib/dvc.js';
import { withoutEmptySteps } from './lib/empty-steps.js';
import { doesMl, mlProjects } from './lib/ml-projects.js';
import { moduleIndexOf } from './lib/local-modules.js';
import { targetEvidence, taskTargets } from './lib/task-targets.js';
import type { Evidence } from './types.js';

export const pipelineOrchestration = defineDetector({
  id: 'pipeline_orchestration',
  area: 'mlops',
  rule: 'the ML workflow is a pipeline of steps: Airflow DAGs, Prefect flows, Dagster assets/jobs, Kubeflow / Vertex pipelines, ZenML, Metaflow, Kedro, Flyte, `dvc.yaml` stages, SageMaker Pipelines, Ray workflows.',
  // The orchestrators' own `calls` define a pipeline (a DAG, @flow, FlowSpec); cloud pipelines are patterns.
  uses: 'call',
  patterns: PIPELINE_PATTERNS,
  // A test that loads the DAGs (`DagBag()`, the Astro template's integrity test) defines no pipeline: the DAGs it
  // tests count where they are defined.
  detect: (ctx, found) => {
    const { kept, emptied } = withoutEmptySteps(ctx, [...found.filter((e) => !isTestPath(e.path)), ...stages(ctx), ...elyraNodes(ctx), ...manifests(ctx)]);
    if (emptied.length === 0 || kept.some((e) => e.kind !== 'declared-only')) return inMlProjects(ctx, kept);
    return { evidence: kept, present: false, note: `orchestrated steps do nothing: every task of ${shown(emptied)} is a function whose body is empty (pass, ..., a docstring) or only prints and logs` };
  },
});

/** Shown paths in the note of a pipeline without ML. */
const NOTE_PATHS = 3;

function shown(paths: string[]): string {
  return `${paths.slice(0, NOTE_PATHS).join(', ')}${paths.length > NOTE_PATHS ? ', ...' : ''}`;
}

/** The pipelines of projects that do ML; when none does, absent with a note naming the pipelines set aside. */
function inMlProjects(ctx: DetectContext, evidence: Evidence[]): DetectResult {
  const strong = evidence.filter((e) => e.kind !== 'declared-only');
  if (strong.length === 0) return evidence;
  const ml = mlProjects(ctx);
  const outside = new Set(strong.filter((e) => !ctx.inProjects(e.path, ml)).map((e) => e.path));
  const reached = mlTasks(ctx, outside, evidence);
  const kept = evidence.filter((e) => e.kind === 'declared-only' || ctx.inProjects(e.path, ml) || reached.has(e.path));
  for (const tasks of reached.values()) kept.push(...tasks);
  if (kept.length > evidence.length - strong.length) return kept;
  const paths = [...new Set(strong.map((e) => e.path))].sort();
  return {
    evidence: kept,
    present: false,
    note: `orchestrated jobs hold no ML step: no model trained or run, no ML or LLM library and no experiment tracking in the project of ${shown(paths)}`,
  };
}

/**
 * The tasks of pipeline files outside the ML projects that run ML elsewhere
 * in the repository (a target file that does ML, or a module it imports
 * that does), by pipeline file, cited with the orchestrator's tool.
 */
function mlTasks(ctx: DetectContext, paths: ReadonlySet<string>, evidence: Evidence[]): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  const index = moduleIndexOf(ctx.python);
  const ml = (f: PyFile) => doesMl(f) || (!f.notebook && index.reachable(f, 1).some((r) => !r.test && doesMl(r)));
  for (const file of ctx.python.filter((f) => paths.has(f.path))) {
    const tool = evidence.find((e) => e.path === file.path && e.tool)?.tool;
    const found: Evidence[] = [];
    for (const target of taskTargets(ctx, file)) {
      const shown = target.files.find(ml);
      if (shown) found.push(targetEvidence(file, target, shown, tool));
    }
    if (found.length > 0) out.set(file.path, found);
  }
  return out;
}

function stages(ctx: DetectContext): Evidence[] {
  return dvcStages(ctx).map(({ file, stage }) => configEvidence(file.path, stage, `stage ${stage.name}: ${stage.cmd.slice(0, 100)}`, 'dvc'));
}

/** Elyra's runtimes by the orchestrator that runs the pipeline (parse/elyra.ts). */
const ELYRA_RUNTIMES: Readonly<Record<string, string>> = { KUBEFLOW_PIPELINES: 'kubeflow', kfp: 'kubeflow', APACHE_AIRFLOW: 'airflow', airflow: 'airflow' };

/** The nodes of Elyra pipelines, and the runtime of a pipeline that has nodes; a node-less `.pipeline` file is no pipeline. */
function elyraNodes(ctx: DetectContext): Evidence[] {
  return ctx.ofFormat('elyra').flatMap((f) => {
    const nodes = (f.stages ?? []).map((s) => configEvidence(f.path, s, `Elyra node ${s.name}: ${s.cmd.slice(0, 100)}`, 'elyra'));
    if (nodes.length === 0) return [];
    const runtimes = (f.configs ?? []).filter((c) => c.key === 'elyra:runtime');
    return [...runtimes.map((c) => configEvidence(f.path, c, `Elyra runtime ${c.text}`, Object.hasOwn(ELYRA_RUNTIMES, c.text) ? ELYRA_RUNTIMES[c.text] : 'elyra')), ...nodes];
  });
}

/** Argo and Tekton workflows (Kubeflow v1 compiles to Argo), and compiled Kubeflow v2 pipelines. */
function manifests(ctx: DetectContext): Evidence[] {
  return ctx.files.flatMap((f) =>
    (f.manifests ?? [])
      .filter((m) => PIPELINE_MANIFESTS.includes(m.kind))
      .map((m) => configEvidence(f.path, m, m.text, m.kind === 'kfp:pipeline' ? 'kubeflow' : undefined)),
  );
}
