// Interview notes (issue 13): one interviewer's notes or transcript for one
// round of a candidate, kept as the analysis of src/notes (the sentences it
// quotes, the findings, the suggestions) with the interviewer's verdict on
// each suggestion. The uploaded bytes are not kept.
import { NotesAnalysis, NotesReview } from '../model/index.js';
import { isId, newId, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';

export interface StoredNotes {
  candidateId: string;
  interviewerId: string;
  round: number;
  /** The file's name, or `pasted`. */
  source: string;
  analysis: NotesAnalysis;
  review: NotesReview;
  updatedAt: string;
}

type Row = { candidateId: string; interviewerId: string; round: number; source: string; analysis: string; review: string; updatedAt: string };

const toNotes = (row: Row): StoredNotes => ({
  candidateId: row.candidateId,
  interviewerId: row.interviewerId,
  round: row.round,
  source: row.source,
  analysis: decodeJson(NotesAnalysis, 'notes analysis', row.analysis),
  review: decodeJson(NotesReview, 'notes review', row.review),
  updatedAt: row.updatedAt,
});

export class InterviewNotes {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** The interviewer's notes for the round, replacing earlier ones (and their verdicts). */
  async save(input: { candidateId: string; interviewerId: string; round: number; source: string; analysis: NotesAnalysis }): Promise<StoredNotes> {
    const values = { source: input.source, analysis: encodeJson(NotesAnalysis, 'notes analysis', input.analysis), review: '{}', updatedAt: this.#ctx.now() };
    await this.#ctx.db
      .insertInto('interviewNotes')
      .values({ id: newId(), candidateId: input.candidateId, interviewerId: input.interviewerId, round: input.round, ...values })
      .onConflict((oc) => oc.columns(['candidateId', 'interviewerId', 'round']).doUpdateSet(values))
      .execute();
    return (await this.get(input.candidateId, input.interviewerId, input.round)) as StoredNotes;
  }

  async get(candidateId: string, interviewerId: string, round: number): Promise<StoredNotes | undefined> {
    if (!isId(candidateId) || !isId(interviewerId)) return undefined;
    const row = await this.#ctx.db
      .selectFrom('interviewNotes')
      .selectAll()
      .where('candidateId', '=', candidateId)
      .where('interviewerId', '=', interviewerId)
      .where('round', '=', round)
      .executeTakeFirst();
    return row && toNotes(row);
  }

  async listByCandidate(candidateId: string): Promise<StoredNotes[]> {
    if (!isId(candidateId)) return [];
    const rows = await this.#ctx.db.selectFrom('interviewNotes').selectAll().where('candidateId', '=', candidateId).orderBy('round').orderBy('interviewerId').execute();
    return rows.map(toNotes);
  }

  /** Replaces the verdicts; undefined when there are no such notes. */
  async setReview(candidateId: string, interviewerId: string, round: number, review: NotesReview): Promise<StoredNotes | undefined> {
    if (!isId(candidateId) || !isId(interviewerId)) return undefined;
    await this.#ctx.db
      .updateTable('interviewNotes')
      .set({ review: encodeJson(NotesReview, 'notes review', review), updatedAt: this.#ctx.now() })
      .where('candidateId', '=', candidateId)
      .where('interviewerId', '=', interviewerId)
      .where('round', '=', round)
      .execute();
    return this.get(candidateId, interviewerId, round);
  }

  async remove(candidateId: string, interviewerId: string, round: number): Promise<boolean> {
    if (!isId(candidateId) || !isId(interviewerId)) return false;
    const result = await this.#ctx.db.deleteFrom('interviewNotes').where('candidateId', '=', candidateId).where('interviewerId', '=', interviewerId).where('round', '=', round).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
