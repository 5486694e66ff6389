// Detect stage: facts → a verdict per signal, and the maturity level.
import type { FileFacts } from '../parse/types.js';
import { DetectContext, type FactFeed } from './context.js';
import { computeMaturity } from './maturity.js';
import { DETECTORS } from './registry.js';
import { filesPerProject, isMultiProject, projectRoots } from '../scan/projects.js';
import { runDetector, selectEvidence } from './run.js';
import { TOOLS } from '../catalog/index.js';
import { configEvidence, fileEvidence } from './evidence.js';
import type { Evidence, Maturity, SignalResult, ToolUse } from './types.js';
import { onEachFile } from './per-file.js';
import { warmPatternUses } from './lib/patterns.js';
import { callPatterns } from './tool-rule.js';
import { toolCommands } from './lib/tool-commands.js';
import { claimOnlyUses } from './lib/claim-uses.js';

export type * from './types.js';
export { SIGNAL_IDS, AREAS, AREA_TITLES, type SignalId, type Area } from './ids.js';
export { DETECTORS } from './registry.js';
export { DetectContext, FactFeed } from './context.js';
export { computeMaturity } from './maturity.js';
export { formatLocation } from './evidence.js';

export interface Detection {
  signals: SignalResult[];
  maturity: Maturity;
  tools: ToolUse[];
  /** Project roots, when the repository holds two projects or more, up to MAX_PROJECT_ROOTS (src/scan/projects.ts). */
  projects?: string[];
}

const TOOL_EVIDENCE = 3;

// The detectors' call patterns are matched against each file as it arrives (FactFeed in context.ts).
onEachFile((file) => {
  for (const d of DETECTORS) {
    if (d.patterns) warmPatternUses(file, d.patterns);
    if (d.uses === 'call') warmPatternUses(file, callPatterns(d.id));
  }
});

/** Runs every detector over a repository's facts (`feed`: the same facts, seen as they were parsed; see FactFeed). */
export function detectSignals(files: readonly FileFacts[], extra?: (ctx: DetectContext) => void, feed?: FactFeed): Detection {
  const ctx = new DetectContext(files, feed);
  extra?.(ctx);
  const signals = DETECTORS.map((d) => runDetector(d, ctx));
  const roots = projectRoots(files);
  const detection: Detection = { signals, maturity: computeMaturity(signals), tools: toolUses(ctx, roots) };
  if (isMultiProject(roots)) detection.projects = roots;
  return detection;
}

/** Every catalogue tool the repository uses or declares, with its first evidence (for claims vs evidence). */
export function toolUses(ctx: DetectContext, roots: readonly string[] = []): ToolUse[] {
  const out: ToolUse[] = [];
  // A command-line tool the project runs (CI, Makefile, scripts, nox, pre-commit) is used (lib/tool-commands.ts).
  const ran = toolCommands(ctx);
  // A Spark table format named as a data source, a call of a package beyond the part that feeds a signal (lib/claim-uses.ts).
  const more = claimOnlyUses(ctx);
  for (const tool of TOOLS) {
    // `from transformers import DataTransformer` in a repository with its own `transformers/` package is not Hugging Face (context.ts).
    const { uses, declared } = ctx.tool(tool.id);
    // A config file of nothing but whitespace and comments configures nothing (parse/blank.ts).
    const configs = tool.files?.length ? ctx.matching(tool.files).filter((f) => !f.blank).map((f) => f.path) : [];
    const commands = ran.get(tool.id) ?? [];
    const extra = more.get(tool.id) ?? [];
    if (uses.length === 0 && extra.length === 0 && declared.length === 0 && configs.length === 0 && commands.length === 0) continue;
    const members = tool.projectFiles?.length ? projectMembers(ctx, configs, tool.projectFiles, tool.id) : [];
    const files = new Set([...uses.map((e) => e.path), ...extra.map((e) => e.path), ...configs, ...members.map((e) => e.path), ...commands.map((e) => e.path)]);
    const projects = filesPerProject(files, roots);
    const inCode = selectEvidence([...uses, ...members, ...extra], TOOL_EVIDENCE);
    out.push({
      tool: tool.id,
      used: uses.length > 0 || extra.length > 0 || configs.length > 0 || commands.length > 0,
      files: files.size,
      evidence: inCode.length < TOOL_EVIDENCE ? [...inCode, ...selectEvidence(commands, TOOL_EVIDENCE - inCode.length)] : inCode,
      configFiles: configs.slice(0, TOOL_EVIDENCE),
      declared: declared.slice(0, TOOL_EVIDENCE),
      ...(projects ? { projects } : {}),
    });
  }
  return out;
}

/**
 * The files of each project a tool's config file roots (ToolSpec.projectFiles,
 * relative to the config's folder: the SQL files under a dbt project's `models/`), each
 * cited at its first SQL statement, or as a file.
 */
function projectMembers(ctx: DetectContext, configs: readonly string[], globs: readonly string[], tool: string): Evidence[] {
  const dirs = [...new Set(configs.map((c) => (c.includes('/') ? c.slice(0, c.lastIndexOf('/') + 1) : '')))];
  const found = ctx.matching(dirs.flatMap((d) => globs.map((g) => `${d}${g}`)));
  return found.map((f) => {
    const first = f.sql?.[0];
    return first ? configEvidence(f.path, first, first.text, tool) : fileEvidence(f.path, 'file present', tool);
  });
}
