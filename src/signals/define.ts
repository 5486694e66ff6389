import type { DetectContext } from './context.js';
import type { Area, SignalId } from './ids.js';
import type { Evidence } from './types.js';

/** What a detector's `detect` may return: evidence, or evidence with an explicit verdict for measured signals. */
export type DetectResult = Evidence[] | { evidence: Evidence[]; present?: boolean | null; note?: string };

/**
 * One detector per signal id (signals.md). The easy case is data only: the
 * catalogue tools whose use is evidence, and config files whose presence is.
 * The hard case adds `detect`, a pure function of the facts. `run.ts` turns
 * the evidence into a verdict by one documented rule.
 */
export interface Detector {
  id: SignalId;
  area: Area;
  /** Gate: absent unless one of these catalogue tools is imported or declared somewhere. */
  enablers?: readonly string[];
  /** Catalogue tools whose use (import or catalogue call) is evidence, and whose declaration is a hint. */
  tools?: readonly string[];
  /** Globs whose matching files are evidence (a bare name matches at any depth). */
  files?: readonly string[];
  detect?(ctx: DetectContext): DetectResult;
}

/** Identity function for type inference (citty's defineCommand). */
export function defineDetector(detector: Detector): Detector {
  return detector;
}
