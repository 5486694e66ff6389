// pixi manifests (https://pixi.sh/latest/reference/pixi_manifest/): `pixi.toml`,
// or `[tool.pixi]` in pyproject.toml. Conda packages under `[dependencies]`
// (also `host-` and `build-dependencies`) and PyPI packages under
// `[pypi-dependencies]`, at the top, per feature (`[feature.dev.dependencies]`)
// and per platform (`[target.linux-64.dependencies]`, also inside a feature).
// A spec is a string (`">=2.1"`, `"2.1.*"`, `"*"`) or a table whose
// `version` is the spec; a path, git or url dependency has none. The lock
// file, `pixi.lock`, is read with the other lock files (lockfile.ts).
import { normalizePackage } from '../catalog/match.js';
import { isCondaPinned } from './conda-env.js';
import { tomlKeyLine, tomlLines, type TomlLines } from './lines.js';
import { loadToml } from './load.js';
import { pypiDependency } from './pep508.js';
import type { DependencyFact, FileFacts } from './types.js';

const CONDA_TABLES = ['dependencies', 'host-dependencies', 'build-dependencies'];
const PYPI_TABLE = 'pypi-dependencies';

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The version spec of an entry: the string, or a table's `version`; '' for `*` and for path, git or url entries. */
function specOf(value: unknown): string {
  const raw = typeof value === 'string' ? value : isTable(value) && typeof value.version === 'string' ? value.version : '';
  return raw.trim() === '*' ? '' : raw.trim();
}

/** Dependencies of one manifest table (`dependencies`, `pypi-dependencies`) at `path` in the document. */
function tableDependencies(table: Table, path: string[], doc: TomlLines, group: string | undefined): DependencyFact[] {
  const out: DependencyFact[] = [];
  for (const key of [...CONDA_TABLES, PYPI_TABLE]) {
    const entries = table[key];
    if (!isTable(entries)) continue;
    for (const [name, value] of Object.entries(entries)) {
      const spec = specOf(value);
      const line = tomlKeyLine(doc, [...path, key, name]) ?? tomlKeyLine(doc, [...path, key]) ?? 1;
      const text = doc.lines[line - 1]?.trim() ?? name;
      if (key === PYPI_TABLE) out.push(pypiDependency(normalizePackage(name), spec, line, text, group));
      else {
        const fact: DependencyFact = { name: normalizePackage(name), spec, pinned: spec !== '' && isCondaPinned(spec), ecosystem: 'conda', line, text };
        if (group !== undefined) fact.group = group;
        out.push(fact);
      }
    }
  }
  return out;
}

/** Dependencies of a pixi manifest table (the document itself, or pyproject's `tool.pixi`) at `path`. */
export function pixiDependencies(manifest: Table, path: string[], doc: TomlLines): DependencyFact[] {
  const out: DependencyFact[] = [];
  const withTargets = (table: Table, at: string[], group: string | undefined) => {
    out.push(...tableDependencies(table, at, doc, group));
    if (isTable(table.target)) {
      for (const [platform, spec] of Object.entries(table.target)) if (isTable(spec)) out.push(...tableDependencies(spec, [...at, 'target', platform], doc, group));
    }
  };
  withTargets(manifest, path, undefined);
  if (isTable(manifest.feature)) {
    for (const [name, feature] of Object.entries(manifest.feature)) if (isTable(feature)) withTargets(feature, [...path, 'feature', name], name);
  }
  return out;
}

/** Parses `pixi.toml`. A TOML syntax error gives a Problem and no facts. Never throws. */
export function parsePixi(text: string, path: string): Partial<FileFacts> {
  const loaded = loadToml(text, path);
  if (!loaded.data) return loaded.problem ? { problems: [loaded.problem] } : {};
  return { dependencies: pixiDependencies(loaded.data, [], tomlLines(text)) };
}
