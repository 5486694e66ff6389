// Compiled Kubeflow pipelines: the KFP v2 pipeline spec (IR YAML,
// https://www.kubeflow.org/docs/components/pipelines/user-guides/core-functions/compile-a-pipeline/)
// that `kfp.compiler.Compiler().compile()` writes, with `pipelineInfo`,
// `deploymentSpec` (the executors) and `root.dag.tasks`; and the same spec under
// `pipelineSpec` in a Vertex AI PipelineJob. A compiled component alone (a
// `root` with no DAG of tasks) is no pipeline. KFP v1 compiled to an Argo
// `Workflow`, which is a Kubernetes object (manifest-kinds.ts).
import type { Node } from 'yaml';
import type { ManifestFact } from './types.js';
import { entries, entry, get, str } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

/** `kfp:pipeline` for a compiled pipeline spec, at its `pipelineInfo`; text `kfp pipeline <name>: <n> tasks`. */
export function kfpPipelineSpec(file: YamlFile, root: Node): ManifestFact[] {
  const spec = get(file, root, 'pipelineSpec') ?? root;
  const info = entry(file, spec, 'pipelineInfo');
  if (!info || !entry(file, spec, 'deploymentSpec')) return [];
  const tasks = entries(file, get(file, get(file, get(file, spec, 'root'), 'dag'), 'tasks')).length;
  if (tasks === 0) return [];
  const name = str(file, get(file, info.value, 'name')) ?? '';
  return [{ kind: 'kfp:pipeline', text: `kfp pipeline ${name}: ${tasks} task${tasks === 1 ? '' : 's'}`, line: info.line }];
}
