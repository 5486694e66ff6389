// The mechanical decision aggregated from a kit's scorecards: per-competency
// means, spread and disagreement, must-have gates, recommendation
// (docs/interviews.md).
import { z } from 'zod';
import { CompetencyId } from './ids.js';
import { InterviewRedFlag, KitEvidence } from './kit.js';
import { Recommendation } from './scorecard.js';

/** One interviewer's value for a competency: their competency rating, or the mean of their question ratings. */
export const CompetencyVote = z.object({
  round: z.number().int(),
  interviewer: z.string(),
  value: z.number(),
  source: z.enum(['competency', 'questions']),
});
export type CompetencyVote = z.infer<typeof CompetencyVote>;

export const Spread = z.object({
  mean: z.number().nullable(),
  /** Highest minus lowest. */
  spread: z.number(),
  /** True when ratings differ by 2 or more. */
  disagreement: z.boolean(),
});
export type Spread = z.infer<typeof Spread>;

export const DECISION_SCHEMA_VERSION = '1.0';

export const Decision = z.object({
  schemaVersion: z.literal(DECISION_SCHEMA_VERSION),
  kit: z.string(),
  role: z.object({ name: z.string(), title: z.string() }),
  candidate: z.object({ label: z.string(), blind: z.boolean() }),
  scorecards: z.array(z.object({ round: z.number().int(), interviewer: z.string(), recommendation: Recommendation, file: z.string() })),
  /** Rounds without any scorecard: listed, never guessed. */
  missingRounds: z.array(z.object({ number: z.number().int(), title: z.string() })),
  competencies: z.array(Spread.extend({ id: CompetencyId, roleWeight: z.number(), evidenceScore: z.number().nullable(), votes: z.array(CompetencyVote) })),
  questions: z.array(
    Spread.extend({ id: z.string(), competency: CompetencyId, ratings: z.array(z.object({ interviewer: z.string(), rating: z.number() })) }),
  ),
  gates: z.array(z.object({ competency: CompetencyId, from: z.string(), mean: z.number().nullable(), met: z.boolean().nullable() })),
  /** Role-weighted mean of the rated competencies (1–4), and the share of the role's weight rated. */
  total: z.object({ score: z.number().nullable(), coverage: z.number() }),
  redFlags: z.array(z.object({ id: InterviewRedFlag, title: z.string(), by: z.array(z.string()) })),
  interviewerRecommendations: z.record(Recommendation, z.number().int()),
  recommendation: z.object({ value: Recommendation.nullable(), provisional: z.boolean(), reasons: z.array(z.string()) }),
  evidence: KitEvidence,
  advisory: z.string(),
});
export type Decision = z.infer<typeof Decision>;
