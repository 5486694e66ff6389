// Detect stage: facts → a verdict per signal, and the maturity level.
import type { FileFacts } from '../parse/types.js';
import { DetectContext } from './context.js';
import { computeMaturity } from './maturity.js';
import { DETECTORS } from './registry.js';
import { runDetector } from './run.js';
import type { Maturity, SignalResult } from './types.js';

export type * from './types.js';
export { SIGNAL_IDS, AREAS, AREA_TITLES, type SignalId, type Area } from './ids.js';
export { DETECTORS } from './registry.js';
export { DetectContext } from './context.js';
export { computeMaturity } from './maturity.js';
export { formatLocation } from './evidence.js';

export interface Detection {
  signals: SignalResult[];
  maturity: Maturity;
}

/** Runs every detector over a repository's facts. */
export function detectSignals(files: readonly FileFacts[], extra?: (ctx: DetectContext) => void): Detection {
  const ctx = new DetectContext(files);
  extra?.(ctx);
  const signals = DETECTORS.map((d) => runDetector(d, ctx));
  return { signals, maturity: computeMaturity(signals) };
}
