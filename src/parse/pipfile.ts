// Pipfile: https://pipenv.pypa.io/en/latest/pipfile.html
// `[packages]`, `[dev-packages]` (group `dev`) and custom package categories
// (https://pipenv.pypa.io/en/latest/pipfile.html#package-category-groups).
import { z } from 'zod';
import { normalizePackage } from '../catalog/match.js';
import { tomlKeyLine, tomlLines } from './lines.js';
import { loadToml } from './load.js';
import { looseRecord } from './loose.js';
import { pypiDependency } from './pep508.js';
import type { DependencyFact, FileFacts } from './types.js';

/** `"==1.2"`, `"*"`, or `{ version = "==1.2", extras = [...] }` / `{ git = ..., ref = ... }` (no version). */
export const PipfileDependency = z.union([
  z.string().transform((version) => ({ version })),
  z.object({ version: z.string().optional().catch(undefined) }),
]);

const PipfileCategory = looseRecord(PipfileDependency);

/** Tables that are not package categories. */
const NOT_PACKAGES = new Set(['source', 'requires', 'scripts', 'pipenv']);

/** Parses a Pipfile. A TOML syntax error gives a Problem and no facts. Never throws. */
export function parsePipfile(text: string, path: string): Partial<FileFacts> {
  const loaded = loadToml(text, path);
  if (!loaded.data) return loaded.problem ? { problems: [loaded.problem] } : {};
  const doc = tomlLines(text);
  const dependencies: DependencyFact[] = [];
  for (const [category, value] of Object.entries(loaded.data)) {
    if (NOT_PACKAGES.has(category)) continue;
    const group = category === 'packages' ? undefined : category === 'dev-packages' ? 'dev' : category;
    for (const [name, dep] of Object.entries(PipfileCategory.parse(value))) {
      const spec = dep.version?.trim() === '*' ? '' : (dep.version?.trim() ?? '');
      const line = tomlKeyLine(doc, [category, name]) ?? tomlKeyLine(doc, [category]) ?? 1;
      dependencies.push(pypiDependency(normalizePackage(name), spec, line, doc.lines[line - 1] ?? name, group));
    }
  }
  return { dependencies };
}
