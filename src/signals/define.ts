import type { UsePattern } from '../catalog/types.js';
import type { DetectContext } from './context.js';
import type { FileFacts } from '../parse/types.js';
import type { Area, SignalId } from './ids.js';
import type { Evidence } from './types.js';

/** What a detector's `detect` may return: evidence, or evidence with an explicit verdict for measured signals. */
export type DetectResult = Evidence[] | { evidence: Evidence[]; present?: boolean | null; note?: string };

/**
 * How a signal's catalogue tools (the tools whose `signals` name it) show use:
 * - `import`: an import of the tool, or a call its `calls` name;
 * - `call`: a call, decorator or base class its `calls` name (an import alone says too little);
 * - `declared`: nothing in code; their declarations are hints, and the
 *   detector's patterns and own checks decide.
 */
export type ToolUseRule = 'import' | 'call' | 'declared';

/**
 * One detector per signal id (signals.md). The easy case is data only: the
 * rule, and how the catalogue's tools of the signal count (`uses`, with
 * `patterns` for calls that count and `toolFiles` for config files). The
 * hard case adds `detect`, a pure function of the facts. run.ts turns the
 * evidence into a verdict by one documented rule.
 */
export interface Detector {
  id: SignalId;
  area: Area;
  /** The definition this detector implements, as ../shared/signals.md states it (docs/signals.md is generated from it). */
  rule: string;
  /** How the signal's catalogue tools show use; `import` when not given. */
  uses?: ToolUseRule;
  /** Calls, decorators and base classes that count (catalogue data: `catalog/tools/*-calls.ts`). */
  patterns?: readonly UsePattern[];
  /**
   * The config files of the signal's tools (`ToolSpec.files`) are evidence, unless a line of them is already cited;
   * a function keeps only the files it accepts (infra_as_code: a file that describes something).
   */
  toolFiles?: boolean | ((file: FileFacts, ctx: DetectContext) => boolean);
  /**
   * The detector's own checks. `found` is the evidence of the signal's
   * tools and patterns; the result is the signal's evidence (and verdict),
   * so a detector that only adds returns `[...found, ...own]`.
   */
  detect?(ctx: DetectContext, found: Evidence[]): DetectResult;
}

/** Identity function for type inference (citty's defineCommand). */
export function defineDetector(detector: Detector): Detector {
  return detector;
}
