// The screen and rank use cases: one candidate (a CV and repositories)
// assessed against a role, and a batch of candidates ranked by fit.
import type { Assessment, RankResult } from '../model/index.js';
import type { BatchCandidate } from '../screen/candidates.js';
import { rankCandidates, type RankOptions } from './rank-candidates.js';
import { screenCandidate, type CandidateInput, type ScreenOptions } from './screen-candidate.js';

export type { BatchCandidate, CandidateInput, RankOptions, ScreenOptions };

/** Screens one candidate: parses the CV, scans the repositories, assesses them against the role. */
export function screen(input: CandidateInput, options: ScreenOptions): Promise<Assessment> {
  return screenCandidate(input, options);
}

/** Screens a batch (a bounded number at a time; failures recorded, not fatal) and ranks it. */
export function rank(batch: readonly BatchCandidate[], options: RankOptions): Promise<RankResult> {
  return rankCandidates(batch, options);
}
