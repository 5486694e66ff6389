// The shared tool rule: what the catalogue's tools of a signal show, by the
// detector's `uses` (define.ts › ToolUseRule). run.ts applies it to every
// detector; a detector that needs another signal's tool evidence (rag needs
// the LLM calls of llm_integration) asks here, so both see the same thing.
import { getTool, toolsFor } from '../catalog/index.js';
import type { UsePattern } from '../catalog/types.js';
import type { DetectContext } from './context.js';
import type { FileFacts } from '../parse/types.js';
import type { ToolUseRule } from './define.js';
import { fileEvidence } from './evidence.js';
import type { SignalId } from './ids.js';
import { patternUses } from './lib/patterns.js';
import type { Evidence } from './types.js';

const CALL_PATTERNS = new Map<string, UsePattern[]>();

/** Each tool's `calls` as a name-only pattern (they match calls, decorators and base classes). */
export function callPatterns(signal: SignalId): UsePattern[] {
  let patterns = CALL_PATTERNS.get(signal);
  if (!patterns) {
    patterns = toolsFor(signal).flatMap((id) => {
      const calls = getTool(id).calls ?? [];
      return calls.length > 0 ? [{ tool: id, calls }] : [];
    });
    CALL_PATTERNS.set(signal, patterns);
  }
  return patterns;
}

/** Evidence that the signal's catalogue tools are used, by the rule. Shadowed tools show nothing (context.ts). */
export function toolEvidence(ctx: DetectContext, signal: SignalId, uses: ToolUseRule = 'import'): Evidence[] {
  if (uses === 'declared') return [];
  if (uses === 'import') {
    return toolsFor(signal).flatMap((id) => (getTool(id).importIsUse === false ? ctx.tool(id).uses.filter((e) => e.kind !== 'import') : ctx.tool(id).uses));
  }
  return patternUses(ctx, callPatterns(signal).filter((p) => !ctx.isShadowed(p.tool)));
}

/** The signal's tools' config files (`ToolSpec.files`) that `keep` accepts, each file once. */
export function toolFileEvidence(ctx: DetectContext, signal: SignalId, keep: (file: FileFacts, ctx: DetectContext) => boolean = () => true): Evidence[] {
  const out = new Map<string, Evidence>();
  for (const id of toolsFor(signal)) {
    const tool = getTool(id);
    if (!tool.files?.length) continue;
    for (const f of ctx.matching(tool.files)) if (!out.has(f.path) && keep(f, ctx)) out.set(f.path, fileEvidence(f.path, `${tool.name} config`, id));
  }
  return [...out.values()];
}

/** True when the tool is used in code or configured by one of its config files. */
export function isToolUsed(ctx: DetectContext, id: string): boolean {
  const files = getTool(id).files;
  return ctx.usesTool(id) || (files !== undefined && files.length > 0 && ctx.matching(files).length > 0);
}

/** Declared-only hints: the signal's tools that are declared, or imported and never used, and never used or configured anywhere. */
export function declaredHints(ctx: DetectContext, signal: SignalId): Evidence[] {
  return toolsFor(signal).flatMap((id) => (isToolUsed(ctx, id) ? [] : [...ctx.tool(id).declared, ...ctx.tool(id).imported]));
}
