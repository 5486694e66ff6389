// Interviews: which interviewer takes which round of a candidate, and their
// scorecards (one per interviewer per round of a candidate). A draft may be incomplete;
// a submitted card is complete (the Scorecard schema) and final.
import { z } from 'zod';
import { CompetencyId, InterviewRedFlag, Recommendation, Scorecard } from '../model/index.js';
import { UserError } from '../util/errors.js';
import { isId, newId, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';

const DraftRating = z.object({ rating: z.number().int().min(1).max(4).optional(), note: z.string().optional() });

/** A scorecard being filled: every part optional. */
export const ScorecardDraft = z
  .object({
    kit: z.string(),
    round: z.number().int().min(1),
    interviewer: z.string(),
    questions: z.record(z.string(), DraftRating),
    competencies: z.partialRecord(CompetencyId, DraftRating),
    redFlags: z.partialRecord(InterviewRedFlag, z.boolean()),
    recommendation: Recommendation,
    file: z.string(),
  })
  .partial();
export type ScorecardDraft = z.infer<typeof ScorecardDraft>;

export interface Assignment {
  id: string;
  candidateId: string;
  interviewerId: string;
  round: number;
  createdAt: string;
}

export type StoredScorecard =
  | { interviewerId: string; round: number; submitted: false; card: ScorecardDraft; updatedAt: string }
  | { interviewerId: string; round: number; submitted: true; card: Scorecard; submittedAt: string; updatedAt: string };

export class Assignments {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** Assigns the round; assigning it again changes nothing. */
  async assign(candidateId: string, interviewerId: string, round: number): Promise<void> {
    await this.#ctx.db
      .insertInto('assignments')
      .values({ id: newId(), candidateId, interviewerId, round, createdAt: this.#ctx.now() })
      .onConflict((oc) => oc.columns(['candidateId', 'interviewerId', 'round']).doNothing())
      .execute();
  }

  async unassign(candidateId: string, interviewerId: string, round: number): Promise<void> {
    await this.#ctx.db.deleteFrom('assignments').where('candidateId', '=', candidateId).where('interviewerId', '=', interviewerId).where('round', '=', round).execute();
  }

  async listByCandidate(candidateId: string): Promise<Assignment[]> {
    return this.#ctx.db.selectFrom('assignments').selectAll().where('candidateId', '=', candidateId).orderBy('round').orderBy('interviewerId').execute();
  }

  async listByInterviewer(interviewerId: string): Promise<Assignment[]> {
    return this.#ctx.db.selectFrom('assignments').selectAll().where('interviewerId', '=', interviewerId).orderBy('createdAt').orderBy('id').execute();
  }

  async isAssigned(candidateId: string, interviewerId: string): Promise<boolean> {
    if (!isId(candidateId) || !isId(interviewerId)) return false;
    const row = await this.#ctx.db.selectFrom('assignments').select('id').where('candidateId', '=', candidateId).where('interviewerId', '=', interviewerId).executeTakeFirst();
    return Boolean(row);
  }
}

export class Scorecards {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** The interviewer's card for one round of the candidate, draft or submitted. */
  async get(candidateId: string, interviewerId: string, round: number): Promise<StoredScorecard | undefined> {
    if (!isId(candidateId) || !isId(interviewerId)) return undefined;
    const row = await this.#ctx.db.selectFrom('scorecards').selectAll().where('candidateId', '=', candidateId).where('interviewerId', '=', interviewerId).where('round', '=', round).executeTakeFirst();
    return row ? this.#stored(row) : undefined;
  }

  /** The interviewer's cards for the candidate, every round, drafts included, by round. */
  async listByInterviewer(candidateId: string, interviewerId: string): Promise<StoredScorecard[]> {
    if (!isId(candidateId) || !isId(interviewerId)) return [];
    const rows = await this.#ctx.db.selectFrom('scorecards').selectAll().where('candidateId', '=', candidateId).where('interviewerId', '=', interviewerId).orderBy('round').execute();
    return rows.map((row) => this.#stored(row));
  }

  #stored(row: { interviewerId: string; round: number; submitted: number; card: string; submittedAt: string | null; updatedAt: string }): StoredScorecard {
    const { interviewerId, round } = row;
    if (row.submitted === 1) return { interviewerId, round, submitted: true, card: decodeJson(Scorecard, 'scorecard', row.card), submittedAt: row.submittedAt ?? row.updatedAt, updatedAt: row.updatedAt };
    return { interviewerId, round, submitted: false, card: decodeJson(ScorecardDraft, 'scorecard draft', row.card), updatedAt: row.updatedAt };
  }

  /** Saves the draft of one round; refused once that round's card is submitted. */
  async saveDraft(candidateId: string, interviewerId: string, round: number, draft: ScorecardDraft): Promise<void> {
    const card = encodeJson(ScorecardDraft, 'scorecard draft', { ...draft, round });
    const updatedAt = this.#ctx.now();
    const result = await this.#ctx.db
      .insertInto('scorecards')
      .values({ id: newId(), candidateId, interviewerId, round, card, submitted: 0, submittedAt: null, updatedAt })
      .onConflict((oc) => oc.columns(['candidateId', 'interviewerId', 'round']).doUpdateSet({ card, updatedAt }).where('scorecards.submitted', '=', 0))
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) throw new UserError(`your scorecard for round ${round} is already submitted`, 'E_SUBMITTED');
  }

  /**
   * Submits the complete card for its round, once: the unique key (candidate,
   * interviewer, round) makes a second submission fail even from another
   * process at the same moment.
   */
  async submit(candidateId: string, interviewerId: string, scorecard: Scorecard): Promise<void> {
    const card = encodeJson(Scorecard, 'scorecard', scorecard);
    const now = this.#ctx.now();
    const round = scorecard.round;
    const result = await this.#ctx.db
      .insertInto('scorecards')
      .values({ id: newId(), candidateId, interviewerId, round, card, submitted: 1, submittedAt: now, updatedAt: now })
      .onConflict((oc) => oc.columns(['candidateId', 'interviewerId', 'round']).doUpdateSet({ card, submitted: 1, submittedAt: now, updatedAt: now }).where('scorecards.submitted', '=', 0))
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) throw new UserError(`your scorecard for round ${round} is already submitted`, 'E_SUBMITTED');
  }

  /** Submitted cards only: what an interviewer may see once they submitted their own. */
  async listSubmitted(candidateId: string): Promise<Array<{ interviewerId: string; round: number; card: Scorecard; submittedAt: string }>> {
    const rows = await this.#ctx.db.selectFrom('scorecards').selectAll().where('candidateId', '=', candidateId).where('submitted', '=', 1).orderBy('submittedAt').orderBy('id').execute();
    return rows.map((r) => ({ interviewerId: r.interviewerId, round: r.round, card: decodeJson(Scorecard, 'scorecard', r.card), submittedAt: r.submittedAt ?? r.updatedAt }));
  }

  /** Whether the interviewer submitted the card of `round`, or of any round when none is named. */
  async hasSubmitted(candidateId: string, interviewerId: string, round?: number): Promise<boolean> {
    if (!isId(candidateId) || !isId(interviewerId)) return false;
    let query = this.#ctx.db.selectFrom('scorecards').select('id').where('candidateId', '=', candidateId).where('interviewerId', '=', interviewerId).where('submitted', '=', 1);
    if (round !== undefined) query = query.where('round', '=', round);
    return Boolean(await query.executeTakeFirst());
  }
}
