// The programs a job spec file runs, for an orchestrator task that submits the
// spec (signals/lib/task-specs.ts): a Spark operator SparkApplication's
// `mainApplicationFile` and `arguments`
// (https://www.kubeflow.org/docs/components/spark-operator/user-guide/writing-sparkapplication/),
// a Kubernetes container's `command` and `args` (Pod, Job, CronJob, pod
// templates), a Databricks job's `spark_python_task.python_file`,
// `notebook_task.notebook_path` and `spark_submit_task.parameters`
// (https://docs.databricks.com/api/workspace/jobs/submit), an EMR step's
// `HadoopJarStep.Args`. Each is a ConfigFact `spec:run` whose text is the
// command, followed by `spec:image` for the image it runs in, when given.
// YAML and JSON alike (JSON is YAML). Nothing is run.
import type { Node } from 'yaml';
import type { ConfigFact } from './types.js';
import { entries, get, items, readYaml, str, strings } from './yaml-nodes.js';
import type { YamlFile } from './yaml-nodes.js';

/** Keys whose presence makes a file worth reading for spec runs (a cheap test on JSON before parsing). */
export const SPEC_KEYS = /mainApplicationFile|"containers"|spark_python_task|python_file|notebook_task|spark_submit_task|HadoopJarStep/;
const MAX_DEPTH = 12;
/** Larger JSON is data. */
const MAX_SPEC_BYTES = 256 * 1024;

/** `spec:run` and `spec:image` facts of every document of a parsed YAML or JSON file. */
export function specRuns(file: YamlFile): ConfigFact[] {
  const out: ConfigFact[] = [];
  for (const root of file.roots) walk(file, root, 0, out);
  return out;
}

/** The same, from JSON text that names a spec key (other JSON is data and is not read). */
export function jsonSpecRuns(text: string): { configs?: ConfigFact[] } {
  if (text.length > MAX_SPEC_BYTES || !SPEC_KEYS.test(text)) return {};
  const found = specRuns(readYaml(text, 1));
  return found.length > 0 ? { configs: found } : {};
}

function push(out: ConfigFact[], command: string, line: number, image?: string, imageLine?: number): void {
  const text = command.trim();
  if (!text) return;
  out.push({ key: 'spec:run', text, line });
  if (image) out.push({ key: 'spec:image', text: image, line: imageLine ?? line });
}

function walk(file: YamlFile, node: Node | undefined, depth: number, out: ConfigFact[]): void {
  if (depth > MAX_DEPTH) return;
  const list = items(file, node);
  if (list.length > 0) {
    for (const item of list) walk(file, item, depth + 1, out);
    return;
  }
  const own = entries(file, node);
  if (own.length === 0) return;
  const at = (key: string) => own.find((e) => e.key === key);
  const main = at('mainApplicationFile');
  const mainFile = str(file, main?.value);
  if (main && mainFile) {
    const image = at('image');
    push(out, [mainFile, ...strings(file, at('arguments')?.value)].join(' '), main.line, str(file, image?.value), image?.line);
  }
  for (const key of ['containers', 'initContainers']) {
    for (const c of items(file, at(key)?.value)) {
      const command = [...strings(file, get(file, c, 'command')), ...strings(file, get(file, c, 'args'))].join(' ');
      const image = str(file, get(file, c, 'image'));
      const line = entries(file, c)[0]?.line ?? at(key)?.line ?? 1;
      if (command) push(out, command, line, image);
      else if (image) out.push({ key: 'spec:image', text: image, line });
    }
  }
  const python = str(file, get(file, at('spark_python_task')?.value, 'python_file')) ?? (at('spark_python_task') ? undefined : str(file, at('python_file')?.value));
  if (python) push(out, [python, ...strings(file, get(file, at('spark_python_task')?.value, 'parameters'))].join(' '), (at('spark_python_task') ?? at('python_file'))?.line ?? 1);
  const notebook = str(file, get(file, at('notebook_task')?.value, 'notebook_path'));
  if (notebook) push(out, notebook, at('notebook_task')?.line ?? 1);
  const submit = strings(file, get(file, at('spark_submit_task')?.value, 'parameters'));
  if (submit.length > 0) push(out, ['spark-submit', ...submit].join(' '), at('spark_submit_task')?.line ?? 1);
  const step = strings(file, get(file, at('HadoopJarStep')?.value, 'Args'));
  if (step.length > 0) push(out, step.join(' '), at('HadoopJarStep')?.line ?? 1);
  for (const e of own) if (!['containers', 'initContainers', 'HadoopJarStep', 'spark_python_task', 'notebook_task', 'spark_submit_task'].includes(e.key)) walk(file, e.value, depth + 1, out);
}
