// Elyra pipeline files (`*.pipeline`, https://elyra.readthedocs.io/en/latest/user_guide/pipelines.html):
// JSON in the common pipeline-flow format (`doc_type: pipeline`, `json_schema`
// .../pipeline-flow/pipeline-flow-v3-schema.json). Each execution node of each
// pipeline is a StageFact: a generic node runs the notebook or script in its
// `filename` (`component_parameters.filename`, `app_data.filename` before
// format 3), a custom node runs the component its `op` names. A generic node
// with no file runs nothing and is left out. The pipeline's runtime
// (`runtime_type` KUBEFLOW_PIPELINES, APACHE_AIRFLOW, LOCAL, or the older
// `runtime`) becomes a ConfigFact `elyra:runtime`. JSON is read as YAML 1.2
// so every fact keeps its line.
import type { Node } from 'yaml';
import type { ConfigFact, FileFacts, StageFact } from './types.js';
import { entry, get, items, readYaml, str, strings, yamlProblem } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

/** Ops of Elyra's generic nodes, which run the file they name. */
const GENERIC_OP = /^execute-[\w-]+-node$/;

export function parseElyraPipeline(text: string, path: string): Partial<FileFacts> {
  const file = readYaml(text, 1);
  const problems = yamlProblem(file, path);
  const root = file.roots[0];
  const stages: StageFact[] = [];
  const configs: ConfigFact[] = [];
  if (isPipelineFlow(file, root)) {
    for (const pipeline of items(file, get(file, root, 'pipelines'))) {
      pushAll(stages, items(file, get(file, pipeline, 'nodes')).flatMap((node) => stageOf(file, node)));
      const appData = get(file, pipeline, 'app_data');
      const runtime = entry(file, appData, 'runtime_type') ?? entry(file, appData, 'runtime');
      const name = str(file, runtime?.value);
      if (runtime && name) configs.push({ key: 'elyra:runtime', text: name, line: runtime.line });
    }
  }
  return { stages, configs, ...(problems.length > 0 ? { problems } : {}) };
}

/** The pipeline-flow document header: `doc_type: pipeline` or its schema URL, and a `pipelines` list. */
function isPipelineFlow(file: YamlFile, root: Node | undefined): boolean {
  if (!entry(file, root, 'pipelines')) return false;
  return str(file, get(file, root, 'doc_type')) === 'pipeline' || /pipeline-flow/.test(str(file, get(file, root, 'json_schema')) ?? '');
}

function stageOf(file: YamlFile, node: Node): StageFact[] {
  const opEntry = entry(file, node, 'op');
  const op = str(file, opEntry?.value);
  if (str(file, get(file, node, 'type')) !== 'execution_node' || !opEntry || !op) return [];
  const appData = get(file, node, 'app_data');
  const params = get(file, appData, 'component_parameters') ?? appData;
  const filename = entry(file, params, 'filename');
  const script = str(file, filename?.value);
  if (GENERIC_OP.test(op) && !script) return [];
  const label = str(file, get(file, appData, 'label')) || str(file, get(file, get(file, appData, 'ui_data'), 'label'));
  return [
    {
      name: label || script || op,
      cmd: script ?? op,
      deps: strings(file, get(file, params, 'dependencies')),
      outs: strings(file, get(file, params, 'outputs')),
      line: filename?.line ?? opEntry.line,
    },
  ];
}
