// dvc.yaml reference: https://dvc.org/doc/user-guide/project-structure/dvcyaml-files
// Each entry of `stages:` is a StageFact (`foreach`/`do` and `matrix` stages
// included, with their templated command). Outputs are `outs` plus the
// stage's own `metrics` and `plots` files, written as strings or `{path: opts}`.
// Top-level `metrics`, `plots`, `params`, `artifacts` and `vars` become
// ConfigFacts `dvc:<section>`.
import type { Node } from 'yaml';
import type { ConfigFact, FileFacts, StageFact } from './types.js';
import { entries, get, isMapNode, items, readYaml, str, strings, yamlProblem } from './yaml-nodes.js';
import type { YamlEntry, YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

const SECTIONS = ['metrics', 'plots', 'params', 'vars'];

export function parseDvc(text: string, path: string): Partial<FileFacts> {
  const file = readYaml(text, 5);
  const stages: StageFact[] = [];
  const configs: ConfigFact[] = [];
  for (const root of file.roots) {
    for (const top of entries(file, root)) {
      if (top.key === 'stages') pushAll(stages, entries(file, top.value).map((stage) => stageFrom(file, stage)));
      else if (top.key === 'artifacts') pushAll(configs, artifactConfigs(file, top.value));
      else if (SECTIONS.includes(top.key)) configs.push({ key: `dvc:${top.key}`, text: sectionText(file, top), line: top.line });
    }
  }
  const problems = yamlProblem(file, path);
  return { stages, configs, ...(problems.length > 0 ? { problems } : {}) };
}

function stageFrom(file: YamlFile, stage: YamlEntry): StageFact {
  // `foreach`/`do` keeps the stage definition under `do`.
  const body = get(file, stage.value, 'do') ?? stage.value;
  return {
    name: stage.key,
    cmd: strings(file, get(file, body, 'cmd')).join(' && '),
    deps: pathsOf(file, get(file, body, 'deps')),
    outs: ['outs', 'metrics', 'plots'].flatMap((key) => pathsOf(file, get(file, body, key))),
    line: stage.line,
  };
}

/** Paths of a list whose items are `path` or `{ path: { options } }`. */
function pathsOf(file: YamlFile, list: Node | undefined): string[] {
  return items(file, list).flatMap((item) => {
    const text = str(file, item);
    if (text !== undefined) return [text];
    return isMapNode(file, item) ? entries(file, item).map((e) => e.key) : [];
  });
}

function artifactConfigs(file: YamlFile, artifacts: Node | undefined): ConfigFact[] {
  return entries(file, artifacts).map((artifact) => {
    const artifactPath = str(file, get(file, artifact.value, 'path')) ?? '';
    const type = str(file, get(file, artifact.value, 'type'));
    return { key: 'dvc:artifacts', text: `${artifact.key}: ${artifactPath}${type ? ` (type: ${type})` : ''}`, line: artifact.line };
  });
}

/** `metrics: eval/metrics.json, ...` from a section's files, or its keys for a map. */
function sectionText(file: YamlFile, section: YamlEntry): string {
  const names = isMapNode(file, section.value) ? entries(file, section.value).map((e) => e.key) : pathsOf(file, section.value);
  const joined = names.join(', ');
  return `${section.key}: ${joined.length > 200 ? `${joined.slice(0, 197)}...` : joined}`;
}
