// MLflow Projects (MLproject file): https://mlflow.org/docs/latest/projects.html#mlproject-file
// `name` and the environment (`conda_env`, `python_env`, `docker_env`) become
// ConfigFacts `mlproject:<key>`; each entry point is a StageFact with its command.
import type { ConfigFact, FileFacts, StageFact } from './types.js';
import { entries, entry, get, readYaml, str, strings, yamlProblem } from './yaml-nodes.js';

const CONFIG_KEYS = ['name', 'conda_env', 'python_env', 'docker_env'];

export function parseMlproject(text: string, path: string): Partial<FileFacts> {
  const file = readYaml(text, 1);
  const root = file.roots[0];
  const configs: ConfigFact[] = [];
  for (const key of CONFIG_KEYS) {
    const found = entry(file, root, key);
    if (!found) continue;
    // docker_env is a map: its image is what identifies it.
    const value = str(file, found.value) ?? str(file, get(file, found.value, 'image')) ?? '';
    configs.push({ key: `mlproject:${key}`, text: `${key}: ${value}`.trim(), line: found.line });
  }
  const stages: StageFact[] = entries(file, get(file, root, 'entry_points')).map((point) => ({
    name: point.key,
    cmd: strings(file, get(file, point.value, 'command')).join(' '),
    deps: [],
    outs: [],
    line: point.line,
  }));
  const problems = yamlProblem(file, path);
  return { configs, stages, ...(problems.length > 0 ? { problems } : {}) };
}
