// How a kit names a claimed tool: the lexicon's product name, after the CV's
// own words when they differ (a CV's "Datadog APM" reads `Datadog APM (Datadog)`).
import { getTool, hasTool } from '../catalog/index.js';
import { resolveSkill } from '../cv/lexicon.js';
import { claimLabel } from '../cv/prominence.js';

/**
 * A claimed tool's name as a CV says it: the lexicon's name, which is the
 * catalogue's unless the lexicon names the product otherwise (a CV's
 * "Kubeflow" is the platform, not the Kubeflow Pipelines package the
 * detector reads).
 */
export function toolName(tool: string): string {
  const skill = resolveSkill(tool);
  if (skill?.id === tool) return skill.name;
  return hasTool(tool) ? getTool(tool).name : (skill?.name ?? tool);
}

/** What kind of tool a claim names, from the lexicon ("web framework", "experiment tracker"), never a default "MLOps tool". */
export function toolKind(tool: string): string {
  return resolveSkill(tool)?.kind ?? 'tool';
}

/** A claimed tool as a question names it: the CV's words, then the product name when they differ (`Datadog APM (Datadog)`). */
export function claimedName(tool: string, cvText?: string): string {
  return claimLabel(toolName(tool), cvText);
}
