// The catalogue: tool knowledge as data (tools/*.ts), and lookups built once.
import { IMPORT_PACKAGES } from './imports.js';
import { normalizePackage } from './match.js';
import { DATA_TOOLS } from './tools/data.js';
import { ENGINEERING_TOOLS } from './tools/engineering.js';
import { LLM_TOOLS } from './tools/llm.js';
import { ML_TOOLS } from './tools/ml.js';
import { MLOPS_TOOLS } from './tools/mlops.js';
import { SERVING_TOOLS } from './tools/serving.js';
import type { ToolSpec } from './types.js';

export type { ToolSpec } from './types.js';
export { matchesAny, matchesName, normalizePackage } from './match.js';
export { IMPORT_PACKAGES } from './imports.js';
export { LINT_CONFIG_NAMES } from './tools/engineering.js';
export * as SERVING from './tools/serving.js';

export const TOOLS: readonly ToolSpec[] = [
  ...ENGINEERING_TOOLS,
  ...SERVING_TOOLS,
  ...MLOPS_TOOLS,
  ...ML_TOOLS,
  ...DATA_TOOLS,
  ...LLM_TOOLS,
];

const BY_ID = new Map<string, ToolSpec>();
for (const tool of TOOLS) {
  if (BY_ID.has(tool.id)) throw new Error(`catalogue: duplicate tool id ${tool.id}`);
  BY_ID.set(tool.id, tool);
}

export function getTool(id: string): ToolSpec {
  const tool = BY_ID.get(id);
  if (!tool) throw new Error(`catalogue: unknown tool id ${id}`);
  return tool;
}

export function hasTool(id: string): boolean {
  return BY_ID.has(id);
}

const BY_PACKAGE = new Map<string, ToolSpec[]>();
for (const tool of TOOLS) {
  for (const p of tool.pypi) {
    const key = normalizePackage(p);
    BY_PACKAGE.set(key, [...(BY_PACKAGE.get(key) ?? []), tool]);
  }
}

/** Tools a declared distribution name belongs to. */
export function toolsForPackage(pkg: string): ToolSpec[] {
  return BY_PACKAGE.get(normalizePackage(pkg)) ?? [];
}

/**
 * Candidate distributions for an imported top-level module (`sklearn` →
 * `scikit-learn`; `cv2` → `opencv-python`, `opencv-python-headless`, ...).
 * Unknown modules map to themselves, normalised.
 */
export function packagesForImport(module: string): string[] {
  const top = module.split('.')[0];
  const known = IMPORT_PACKAGES[top];
  const fromTools = TOOLS.filter((t) => t.imports.some((i) => i.split('.')[0] === top)).flatMap((t) => t.pypi);
  const all = new Set([...(known ?? []), ...fromTools].map(normalizePackage));
  if (all.size === 0) all.add(normalizePackage(top));
  return [...all];
}
