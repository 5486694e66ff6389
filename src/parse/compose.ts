// Compose file reference: https://docs.docker.com/reference/compose-file/services/
// One `compose:service` manifest per service (text `name: image` or
// `name: build <context>`); images and commands are also ConfigFacts
// (`compose:image`, `compose:command`) so detectors can see e.g.
// `prom/prometheus` or `mlflow server` without re-reading the file.
import type { Node } from 'yaml';
import { envSettings } from './env-settings.js';
import type { ConfigFact, FileFacts, ManifestFact } from './types.js';
import { entries, entry, get, has, isMapNode, readYaml, str, strings, yamlProblem } from './yaml-nodes.js';
import type { YamlEntry, YamlFile } from './yaml-nodes.js';
import { pushAll } from '../util/arrays.js';

export function parseCompose(text: string, path: string): Partial<FileFacts> {
  const file = readYaml(text, 20);
  const manifests: ManifestFact[] = [];
  const configs: ConfigFact[] = [];
  for (const root of file.roots) {
    for (const service of servicesOf(file, root)) {
      manifests.push({ kind: 'compose:service', text: describeService(file, service), line: service.line });
      pushAll(configs, serviceConfigs(file, service));
    }
  }
  // `environment:` settings that switch tracing on (env-settings.ts).
  pushAll(configs, envSettings(text));
  const problems = yamlProblem(file, path);
  return { manifests, configs, ...(problems.length > 0 ? { problems } : {}) };
}

/** `services:` entries; a version-1 file has its services at the top level. */
function servicesOf(file: YamlFile, root: Node | undefined): YamlEntry[] {
  const services = get(file, root, 'services');
  if (services) return entries(file, services).filter((e) => isMapNode(file, e.value));
  return entries(file, root).filter((e) => isMapNode(file, e.value) && (has(file, e.value, 'image') || has(file, e.value, 'build')));
}

function describeService(file: YamlFile, service: YamlEntry): string {
  // A service that builds (and perhaps tags its image) runs the project's own code: say so first.
  const build = get(file, service.value, 'build');
  if (build) return `${service.key}: build ${str(file, build) ?? str(file, get(file, build, 'context')) ?? '.'}`;
  const image = str(file, get(file, service.value, 'image'));
  if (image) return `${service.key}: ${image}`;
  return service.key;
}

function serviceConfigs(file: YamlFile, service: YamlEntry): ConfigFact[] {
  const out: ConfigFact[] = [];
  const image = entry(file, service.value, 'image');
  const imageText = str(file, image?.value);
  if (image && imageText) out.push({ key: 'compose:image', text: imageText, line: image.line });
  for (const key of ['entrypoint', 'command']) {
    const found = entry(file, service.value, key);
    const words = strings(file, found?.value);
    if (found && words.length > 0) out.push({ key: 'compose:command', text: `${service.key}: ${words.join(' ')}`, line: found.line });
  }
  return out;
}

