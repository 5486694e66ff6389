// pyproject.toml: https://packaging.python.org/en/latest/specifications/pyproject-toml/
// with Poetry (https://python-poetry.org/docs/pyproject/), PDM, uv, hatch and
// PEP 735 dependency groups (https://peps.python.org/pep-0735/), and pixi's `[tool.pixi]` (pixi.ts).
import { normalizePackage } from '../catalog/match.js';
import { entryLines, sectionEnd, tomlKeyLine, tomlLines, type TomlLines } from './lines.js';
import { loadToml, type TomlTable } from './load.js';
import { evidenceText, isPinned, pep508Dependency, pypiDependency } from './pep508.js';
import { pixiDependencies } from './pixi.js';
import { PyProject, type PoetryDependency } from './pyproject.schema.js';
import type { ConfigFact, DependencyFact, FileFacts, PackageFact } from './types.js';
import { pushAll } from '../util/arrays.js';

/** Parses pyproject.toml. A TOML syntax error gives a Problem and no facts. Never throws. */
export function parsePyproject(text: string, path: string): Partial<FileFacts> {
  const loaded = loadToml(text, path);
  if (!loaded.data) return loaded.problem ? { problems: [loaded.problem] } : {};
  const parsed = PyProject.safeParse(loaded.data);
  const data: PyProject = parsed.success ? parsed.data : { 'dependency-groups': {}, tool: {} };
  const doc = tomlLines(text);
  return {
    dependencies: [...standardDependencies(data, doc), ...toolDependencies(data, doc), ...poetryDependencies(data, doc), ...pixiTool(loaded.data, doc)],
    configs: configsOf(loaded.data, data, doc),
    packages: packagesOf(data, doc),
  };
}

/** pixi's manifest kept in pyproject.toml (`[tool.pixi.dependencies]`, `[tool.pixi.pypi-dependencies]`, features). */
function pixiTool(raw: Record<string, unknown>, doc: TomlLines): DependencyFact[] {
  const tool = raw.tool;
  const pixi = typeof tool === 'object' && tool !== null ? (tool as Record<string, unknown>).pixi : undefined;
  return typeof pixi === 'object' && pixi !== null && !Array.isArray(pixi) ? pixiDependencies(pixi as Record<string, unknown>, ['tool', 'pixi'], doc) : [];
}

/** DependencyFacts of a list of PEP 508 strings at a key path; invalid strings are skipped. */
function listDependencies(doc: TomlLines, path: string[], entries: readonly string[], group?: string): DependencyFact[] {
  const keyLine = tomlKeyLine(doc, path) ?? 1;
  const lines = entryLines(doc.lines, keyLine, entries, sectionEnd(doc, keyLine), doc.search);
  return entries.flatMap((entry, i) => pep508Dependency(entry, lines[i], group) ?? []);
}

function standardDependencies(data: PyProject, doc: TomlLines): DependencyFact[] {
  const out: DependencyFact[] = [];
  if (data.project) {
    pushAll(out, listDependencies(doc, ['project', 'dependencies'], data.project.dependencies));
    for (const [extra, list] of Object.entries(data.project['optional-dependencies'])) {
      pushAll(out, listDependencies(doc, ['project', 'optional-dependencies', extra], list, extra));
    }
  }
  for (const [group, list] of Object.entries(data['dependency-groups'])) {
    pushAll(out, listDependencies(doc, ['dependency-groups', group], list, group));
  }
  return out;
}

function toolDependencies(data: PyProject, doc: TomlLines): DependencyFact[] {
  const { uv, rye, pdm, hatch, flit } = data.tool;
  const out: DependencyFact[] = [];
  if (uv) pushAll(out, listDependencies(doc, ['tool', 'uv', 'dev-dependencies'], uv['dev-dependencies'], 'dev'));
  if (rye) pushAll(out, listDependencies(doc, ['tool', 'rye', 'dev-dependencies'], rye['dev-dependencies'], 'dev'));
  for (const [group, list] of Object.entries(pdm?.['dev-dependencies'] ?? {})) {
    pushAll(out, listDependencies(doc, ['tool', 'pdm', 'dev-dependencies', group], list, group));
  }
  for (const [env, spec] of Object.entries(hatch?.envs ?? {})) {
    pushAll(out, listDependencies(doc, ['tool', 'hatch', 'envs', env, 'dependencies'], spec.dependencies, env));
    pushAll(out, listDependencies(doc, ['tool', 'hatch', 'envs', env, 'extra-dependencies'], spec['extra-dependencies'], env));
  }
  const metadata = flit?.metadata;
  if (metadata) {
    pushAll(out, listDependencies(doc, ['tool', 'flit', 'metadata', 'requires'], metadata.requires));
    for (const [extra, list] of Object.entries(metadata['requires-extra'])) {
      pushAll(out, listDependencies(doc, ['tool', 'flit', 'metadata', 'requires-extra', extra], list, extra));
    }
  }
  return out;
}

/** Poetry's bare version `1.2.3` means `==1.2.3`; `^`, `~` and ranges are not pins. */
export function isPoetryPinned(version: string): boolean {
  const exact = /^\s*(?:==?\s*)?(\d[\w.+!*-]*)\s*$/.exec(version);
  return exact !== null && isPinned(`==${exact[1]}`);
}

function poetryTable(doc: TomlLines, path: string[], deps: Record<string, PoetryDependency>, group?: string): DependencyFact[] {
  const out: DependencyFact[] = [];
  for (const [name, dep] of Object.entries(deps)) {
    // `python` is the interpreter constraint, not a package.
    if (name.toLowerCase() === 'python') continue;
    const keyLine = tomlKeyLine(doc, [...path, name]);
    const spec = dep.version?.trim() ?? '';
    // A trailing comment is dropped when it holds no quote that could belong to a string.
    const text = keyLine === undefined ? `${name} = "${spec}"` : stripComment(doc.lines[keyLine - 1]);
    const fact = pypiDependency(normalizePackage(name), spec, keyLine ?? tomlKeyLine(doc, path) ?? 1, text, group);
    fact.pinned = isPoetryPinned(spec);
    out.push(fact);
  }
  return out;
}

/**
 * The line without a trailing comment that holds no quote (what
 * `/\s+#[^"']*$/` removes, found in one pass: that pattern backtracks
 * quadratically over a long run of spaces).
 */
export function stripComment(line: string): string {
  const lastQuote = Math.max(line.lastIndexOf('"'), line.lastIndexOf("'"));
  for (let hash = line.indexOf('#', lastQuote + 1); hash !== -1; hash = line.indexOf('#', hash + 1)) {
    let start = hash;
    while (start > 0 && /\s/.test(line[start - 1])) start--;
    if (start < hash) return line.slice(0, start);
  }
  return line;
}

function poetryDependencies(data: PyProject, doc: TomlLines): DependencyFact[] {
  const poetry = data.tool.poetry;
  if (!poetry) return [];
  const out = [
    ...poetryTable(doc, ['tool', 'poetry', 'dependencies'], poetry.dependencies),
    ...poetryTable(doc, ['tool', 'poetry', 'dev-dependencies'], poetry['dev-dependencies'], 'dev'),
  ];
  for (const [group, spec] of Object.entries(poetry.group)) {
    pushAll(out, poetryTable(doc, ['tool', 'poetry', 'group', group, 'dependencies'], spec.dependencies, group));
  }
  return out;
}

function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** True when the dotted key names a table (or array of tables) in the parsed data. */
function hasTable(raw: TomlTable, key: string): boolean {
  let node: unknown = raw;
  for (const part of key.split('.')) {
    if (Array.isArray(node)) node = node.at(-1);
    if (!isTable(node) || !(part in node)) return false;
    node = node[part];
  }
  return isTable(node) || (Array.isArray(node) && node.every(isTable));
}

/** A ConfigFact for every `[tool.*]` table header, and for each `tool.X` even without its own header. */
function configsOf(raw: TomlTable, data: PyProject, doc: TomlLines): ConfigFact[] {
  const out = new Map<string, ConfigFact>();
  // The first header nested under each `tool.X` (X may hold dots), found in one pass.
  const firstNested = new Map<string, number>();
  for (const header of doc.headers) {
    const parts = header.key.split('.');
    if (parts[0] !== 'tool') continue;
    for (let n = 2; n < Math.min(parts.length, 8); n++) {
      const key = parts.slice(0, n).join('.');
      if (!firstNested.has(key)) firstNested.set(key, header.line);
    }
  }
  for (const header of doc.headers) {
    if (!header.key.startsWith('tool.') || out.has(header.key) || !hasTable(raw, header.key)) continue;
    out.set(header.key, { key: header.key, text: header.text, line: header.line });
  }
  for (const tool of isTable(raw.tool) ? Object.keys(raw.tool) : []) {
    const key = `tool.${tool}`;
    if (out.has(key)) continue;
    const line = firstNested.get(key) ?? tomlKeyLine(doc, ['tool', tool]) ?? 1;
    out.set(key, { key, text: evidenceText(doc.lines[line - 1] ?? key), line });
  }
  const build = data['build-system'];
  if (build) {
    const line = tomlKeyLine(doc, ['build-system']) ?? 1;
    const backend = build['build-backend'];
    out.set('build-system', { key: 'build-system', text: backend ? `build-backend = "${backend}"` : '[build-system]', line });
  }
  return [...out.values()].sort((a, b) => a.line - b.line || a.key.length - b.key.length);
}

function packagesOf(data: PyProject, doc: TomlLines): PackageFact[] {
  const { poetry, uv, rye, pdm, flit } = data.tool;
  // Poetry `package-mode = false`, uv `package = false`, PDM `distribution = false`
  // and a Rye virtual project declare an application that is never built or
  // installed; the text says which key (`(not installable: virtual = true)`).
  const notInstallable =
    poetry?.['package-mode'] === false ? 'package-mode = false'
    : uv?.package === false ? 'package = false'
    : pdm?.distribution === false ? 'distribution = false'
    : rye?.virtual === true ? 'virtual = true'
    : undefined;
  const out: PackageFact[] = [];
  if (data.project) {
    out.push(packageFact('pep621', ['project'], data.project.name, notInstallable, doc));
  }
  if (poetry && (poetry.name !== undefined || poetry.packages !== undefined || poetry['package-mode'] === false)) {
    out.push(packageFact('poetry', ['tool', 'poetry'], poetry.name, notInstallable, doc));
  }
  const flitName = flit?.metadata?.['dist-name'] ?? flit?.metadata?.module;
  if (flitName !== undefined) out.push(packageFact('flit', ['tool', 'flit', 'metadata'], flitName, undefined, doc));
  return out;
}

/** `notInstallable`: the key that says the project is never installed, if one does. */
function packageFact(kind: string, path: string[], name: string | undefined, notInstallable: string | undefined, doc: TomlLines): PackageFact {
  const line = tomlKeyLine(doc, path) ?? 1;
  const header = `[${path.join('.')}]`;
  const named = name ? `${header} name = "${name}"` : header;
  const installable = notInstallable === undefined;
  const text = installable ? named : `${named} (not installable: ${notInstallable})`;
  const fact: PackageFact = { kind, installable, line, text };
  if (name !== undefined) fact.name = name;
  return fact;
}
