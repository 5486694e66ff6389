// YAML files that no named format claims are read by their content: a conda
// environment under any name (conda-env.ts), pip requirements lines under a
// requirements name whatever the extension (`requirements_predict.yml`,
// https://pip.pypa.io/en/stable/reference/requirements-file-format/), and
// GitLab jobs in a file a pipeline may include (ci.ts), and otherwise
// deployment descriptors and settings (manifests.ts).
import { isMap, isSeq } from 'yaml';
import { parseGitlabByContent } from './ci.js';
import { parseCondaEnvByContent } from './conda-env.js';
import { loadYaml } from './load.js';
import { parseYamlManifests } from './manifests.js';
import { countRequirementLines, parseRequirements } from './requirements.js';
import type { FileFacts } from './types.js';

/** Named like a requirements file (the `.txt` pattern of parse/index.ts, with a YAML extension). */
const REQUIREMENTS_NAME = /(^|\/)([^/]*requirements[^/]*|requirements\/[^/]+)\.ya?ml$/i;

export function parseYamlFile(text: string, path: string): Partial<FileFacts> {
  return parseCondaEnvByContent(text, path) ?? parsePipLines(text, path) ?? parseGitlabByContent(text) ?? parseYamlManifests(text, path);
}

/**
 * A requirements-named file that is no YAML mapping or list, whose lines read
 * as requirements (more of them dependencies than not): read as pip
 * requirements. Undefined otherwise.
 */
function parsePipLines(text: string, path: string): Partial<FileFacts> | undefined {
  if (!REQUIREMENTS_NAME.test(path)) return undefined;
  const { doc, problems } = loadYaml(text, path);
  // pip lines are one plain YAML scalar (or not YAML at all); a mapping or list is some other tool's file (Ansible, Helm 2).
  if (problems.length === 0 && (isMap(doc.contents) || isSeq(doc.contents))) return undefined;
  const { dependencies, invalid } = countRequirementLines(text);
  return dependencies > invalid ? { format: 'requirements', ...parseRequirements(text, path) } : undefined;
}
