// The rank use case's result: every candidate of a batch screened against one
// role, sorted by fit (docs/assessment-schema.md, "rank").
import { z } from 'zod';
import { Assessment } from './assessment.js';

/** Milliseconds spent in each stage of screening (summed over candidates). */
export const StageTimings = z.object({ cv: z.number(), scan: z.number(), assess: z.number() });
export type StageTimings = z.infer<typeof StageTimings>;

export const Ranked = z.object({
  /** 1, 2, ... by fit; null when there is not enough public evidence to score (listed apart). */
  rank: z.number().int().nullable(),
  /** Folder name or manifest id; omitted in blind mode (it may be a name). */
  id: z.string().optional(),
  assessment: Assessment,
});
export type Ranked = z.infer<typeof Ranked>;

export const RankFailure = z.object({ id: z.string(), error: z.string() });
export type RankFailure = z.infer<typeof RankFailure>;

export const RankResult = z.object({
  ranked: z.array(Ranked),
  failures: z.array(RankFailure),
  timings: StageTimings,
  wallMs: z.number(),
});
export type RankResult = z.infer<typeof RankResult>;
