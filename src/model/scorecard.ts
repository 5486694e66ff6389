// One interviewer's filled scorecard for one round of a kit (docs/interviews.md).
import { z } from 'zod';
import { CompetencyId } from './ids.js';
import { InterviewRedFlag } from './kit.js';

export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
/** An overall recommendation: there is no neutral option. */
export const Recommendation = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof Recommendation>;

/** A rating against the kit's 1–4 rubric, with the note that justifies it. */
export const ScorecardRating = z.object({
  rating: z.number().int().min(1).max(4),
  note: z.string().trim().min(1, 'a note is required for every rating'),
});
export type ScorecardRating = z.infer<typeof ScorecardRating>;

export const Scorecard = z.object({
  /** The kit id it is filed against. */
  kit: z.string().min(1),
  round: z.number().int().min(1),
  interviewer: z.string().min(1),
  questions: z.record(z.string(), ScorecardRating),
  competencies: z.partialRecord(CompetencyId, ScorecardRating),
  redFlags: z.partialRecord(InterviewRedFlag, z.boolean()),
  recommendation: Recommendation,
  /** Where it was read from, for messages (a file name, or a stored scorecard's label). */
  file: z.string(),
});
export type Scorecard = z.infer<typeof Scorecard>;
