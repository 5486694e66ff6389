// conda environment files: https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#create-env-file-manually
// with package match specs (https://docs.conda.io/projects/conda/en/latest/user-guide/concepts/pkg-specs.html)
// and a nested `pip:` list read as requirements lines.
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLSeq } from 'yaml';
import { normalizePackage } from '../catalog/match.js';
import { loadYaml } from './load.js';
import { evidenceText } from './pep508.js';
import { readRequirementLine } from './requirements.js';
import type { ConfigFact, DependencyFact, FileFacts } from './types.js';

/** `[channel::]name[ spec]`: `numpy=1.2`, `pytorch::pytorch>=2`, `numpy 1.2 py38_0`. */
// One way to match each run of spaces, and a spec that may hold any character:
// `\s*(?:\[...\])?\s*(.*)$` backtracked quadratically when `.` met a line break.
const MATCH_SPEC = /^(?:(?<channel>\S+?)::)?(?<name>[A-Za-z0-9_][A-Za-z0-9_.+-]*)\s*(?:\[[^\]]*\]\s*)?(?<spec>[\s\S]*)$/;
// A version may carry an epoch (`1!152`).
const EXACT = /^(?<op>==|=)?\s*(?<version>(?:\d+!)?[^\s=<>!~,|]+)(?:(?:\s+|=)(?<build>\S+))?$/;

/**
 * A conda pin: `==1.2`, `=1.2`, `1.2` (space form) or any version with a
 * build string; a major-only `=3` / `=3.*` and operators are ranges.
 */
export function isCondaPinned(spec: string): boolean {
  const m = EXACT.exec(spec.trim());
  if (!m?.groups) return false;
  const { op, version, build } = m.groups;
  const release = version.replace(/^\d+!/, '').replace(/\.?\*$/, '');
  if (release.includes('*')) return false;
  const depth = release.split('.').length;
  if (op === '==') return !version.endsWith('*') || depth >= 2;
  return depth >= 2 || (build !== undefined && build !== '*');
}

/** A DependencyFact (ecosystem conda) from a match spec; undefined when it is not one. */
export function condaDependency(text: string, line: number): DependencyFact | undefined {
  const m = MATCH_SPEC.exec(text.trim());
  if (!m?.groups) return undefined;
  const spec = m.groups.spec.trim();
  return { name: normalizePackage(m.groups.name), spec, pinned: isCondaPinned(spec), ecosystem: 'conda', line, text: evidenceText(text) };
}

/** Parses a conda environment file. Files without a `dependencies` list are not conda envs: no facts, no problem. */
export function parseCondaEnv(text: string, path: string): Partial<FileFacts> {
  const { doc, lineOf, problems } = loadYaml(text, path);
  // Other YAML that happens to be named like an env file (CI, Helm templates) is not ours to report.
  if (problems.length > 0) return /^dependencies\s*:/m.test(text) ? { problems } : {};
  const deps = isMap(doc.contents) ? doc.contents.get('dependencies', true) : undefined;
  if (!isSeq(deps)) return {};
  return condaFacts(deps, lineOf);
}

/** The top-level keys of an environment file (conda's spec, and conda-lock's `platforms`). */
const ENVIRONMENT_KEYS = new Set(['name', 'channels', 'dependencies', 'prefix', 'variables', 'platforms']);
/** What may follow a package name in a match spec: nothing, an operator, a version or a wildcard. */
const SPEC_START = /^$|^[=<>!~*]|^\d/;

/**
 * A conda environment under a name that does not say so (`env-gpu.yaml`,
 * `requirements.yml`): only conda's own top-level keys, and a non-empty
 * `dependencies` list of match specs and `pip:` lists. Other YAML with a
 * `dependencies` key (Helm 2 `requirements.yaml` maps, Ansible role metadata,
 * tool configs beside other keys) is not one. Undefined when it is not one.
 */
export function parseCondaEnvByContent(text: string, path: string): Partial<FileFacts> | undefined {
  if (!/^dependencies[ \t]*:/m.test(text)) return undefined;
  const { doc, lineOf, problems } = loadYaml(text, path);
  if (problems.length > 0 || !isMap(doc.contents)) return undefined;
  if (!doc.contents.items.every((pair) => isScalar(pair.key) && ENVIRONMENT_KEYS.has(String(pair.key.value)))) return undefined;
  const deps = doc.contents.get('dependencies', true);
  if (!isSeq(deps) || deps.items.length === 0 || !deps.items.every(isEnvironmentEntry)) return undefined;
  return { format: 'conda-env', ...condaFacts(deps, lineOf) };
}

function isEnvironmentEntry(item: unknown): boolean {
  if (isScalar(item)) {
    const spec = typeof item.value === 'string' ? MATCH_SPEC.exec(item.value.trim())?.groups?.spec : undefined;
    return spec !== undefined && SPEC_START.test(spec.trim());
  }
  if (!isMap(item) || item.items.length !== 1) return false;
  const pip = item.get('pip', true);
  return isSeq(pip) && pip.items.every((entry) => isScalar(entry) && typeof entry.value === 'string');
}

/** Dependencies of a `dependencies` list: match specs, and requirements lines of its `pip:` lists. */
function condaFacts(deps: YAMLSeq, lineOf: (offset: number) => number): Partial<FileFacts> {
  const dependencies: DependencyFact[] = [];
  const configs: ConfigFact[] = [];
  const lineOfNode = (node: YamlNode): number => lineOf(node.range?.[0] ?? 0);
  for (const item of deps.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      const fact = condaDependency(item.value, lineOfNode(item));
      if (fact) dependencies.push(fact);
    } else if (isMap(item)) {
      const pip = item.get('pip', true);
      if (!isSeq(pip)) continue;
      for (const entry of pip.items) {
        if (!isScalar(entry) || typeof entry.value !== 'string') continue;
        const read = readRequirementLine(entry.value.trim(), lineOfNode(entry));
        if (read.kind === 'dependency') dependencies.push(read.fact);
        else if (read.kind === 'include') configs.push(read.fact);
      }
    }
  }
  return configs.length > 0 ? { dependencies, configs } : { dependencies };
}
