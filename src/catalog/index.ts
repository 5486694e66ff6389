// The catalogue: tool knowledge as data (tools/*.ts), and lookups built once.
import type { SignalId } from '../model/ids.js';
import { DATA_TOOLS } from './tools/data.js';
import { ENGINEERING_TOOLS } from './tools/engineering.js';
import { LLM_TOOLS } from './tools/llm.js';
import { ML_TOOLS } from './tools/ml.js';
import { MLOPS_TOOLS } from './tools/mlops.js';
import { SERVING_TOOLS } from './tools/serving.js';
import type { ToolSpec } from './types.js';

export type { ToolSpec } from './types.js';
export { matchesAny, normalizePackage } from './match.js';
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
const BY_SIGNAL = new Map<string, string[]>();
for (const tool of TOOLS) {
  if (BY_ID.has(tool.id)) throw new Error(`catalogue: duplicate tool id ${tool.id}`);
  BY_ID.set(tool.id, tool);
  for (const signal of tool.signals) BY_SIGNAL.set(signal, [...(BY_SIGNAL.get(signal) ?? []), tool.id]);
}

export function getTool(id: string): ToolSpec {
  const tool = BY_ID.get(id);
  if (!tool) throw new Error(`catalogue: unknown tool id ${id}`);
  return tool;
}

export function hasTool(id: string): boolean {
  return BY_ID.has(id);
}

/** The catalogue tools mapped to a signal (`ToolSpec.signals`), in catalogue order. */
export function toolsFor(signal: SignalId): readonly string[] {
  return BY_SIGNAL.get(signal) ?? [];
}
