// One scorecard per interviewer per round of a candidate, on SQLite and
// PostgreSQL: the unique key refuses a second card for a round (even one
// written past the store's own check), a second round has its own card, and
// migration 0004 carries cards of the earlier schema over to their rounds.
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { card, handKit } from '../../test/helpers/interview.js';
import { STORE_FACTORIES, type TestStore } from '../../test/helpers/store.js';
import { newId } from './context.js';
import type { Store } from './index.js';
import { MIGRATIONS } from './migrate.js';

describe.each(STORE_FACTORIES)('store/$name scorecards per round', (factory) => {
  let t: TestStore;
  let store: Store;

  beforeEach(async () => {
    t = await factory.create();
    store = t.store;
  });
  afterEach(async () => {
    await t.dispose();
  });

  async function interviewerOn(rounds: number[]) {
    const { user } = await store.users.create({ email: `i${newId().slice(0, 8)}@example.com`, role: 'interviewer', password: 'interviewer one!' });
    const candidate = await store.candidates.create({ label: 'c' });
    await store.kits.save({ candidateId: candidate.id, kit: handKit() });
    for (const round of rounds) await store.assignments.assign(candidate.id, user.id, round);
    return { user, candidate };
  }

  it('keeps a draft and a submitted card per round; a second card for a round is refused with E_SUBMITTED', async () => {
    const { user, candidate } = await interviewerOn([1, 2]);

    await store.scorecards.saveDraft(candidate.id, user.id, 2, { questions: { q9: { rating: 2 } } });
    await store.scorecards.submit(candidate.id, user.id, card(1, 'i1', { q1: 3 }));

    expect(await store.scorecards.get(candidate.id, user.id, 2)).toMatchObject({ round: 2, submitted: false, card: { round: 2, questions: { q9: { rating: 2 } } } });
    expect(await store.scorecards.hasSubmitted(candidate.id, user.id, 1)).toBe(true);
    expect(await store.scorecards.hasSubmitted(candidate.id, user.id, 2)).toBe(false);
    expect(await store.scorecards.hasSubmitted(candidate.id, user.id)).toBe(true);
    await expect(store.scorecards.submit(candidate.id, user.id, card(1, 'i1', { q1: 1 }))).rejects.toMatchObject({ code: 'E_SUBMITTED', message: 'your scorecard for round 1 is already submitted' });
    await expect(store.scorecards.saveDraft(candidate.id, user.id, 1, {})).rejects.toMatchObject({ code: 'E_SUBMITTED' });

    await store.scorecards.submit(candidate.id, user.id, card(2, 'i1', { q9: 4 }));

    expect((await store.scorecards.listSubmitted(candidate.id)).map((s) => [s.round, s.card.round])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect((await store.scorecards.listByInterviewer(candidate.id, user.id)).map((s) => [s.round, s.submitted])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('the database itself refuses a second row for (candidate, interviewer, round)', async () => {
    const { user, candidate } = await interviewerOn([1]);
    await store.scorecards.submit(candidate.id, user.id, card(1, 'i1', { q1: 3 }));
    const row = { candidateId: candidate.id, interviewerId: user.id, round: 1, card: '{}', submitted: 1 as const, submittedAt: null, updatedAt: '2026-01-01T00:00:00.000Z' };

    await expect(store.ctx.db.insertInto('scorecards').values({ id: newId(), ...row }).execute()).rejects.toThrow(/unique|UNIQUE|duplicate/);
    await store.ctx.db.insertInto('scorecards').values({ id: newId(), ...row, round: 2 }).execute();
    expect(await store.ctx.db.selectFrom('scorecards').select('round').orderBy('round').execute()).toEqual([{ round: 1 }, { round: 2 }]);
  });

  it('migration 0004 gives each card of the earlier schema its round: the one it names, else the first assigned, else 1', async () => {
    const migrator = new Migrator({ db: store.ctx.db, provider: { getMigrations: async () => MIGRATIONS } });
    const { user, candidate } = await interviewerOn([3]);
    const { user: other } = await store.users.create({ email: 'o@example.com', role: 'interviewer', password: 'interviewer two!' });
    const down = await migrator.migrateTo('0003-login-failures');
    expect(down.error).toBeUndefined();
    const old = (id: string, interviewerId: string, cardJson: string, submitted: 0 | 1) => ({ id, candidateId: candidate.id, interviewerId, card: cardJson, submitted, submittedAt: submitted ? '2026-01-02T00:00:00.000Z' : null, updatedAt: '2026-01-02T00:00:00.000Z' });
    const db = store.ctx.db as unknown as import('kysely').Kysely<Record<string, Record<string, unknown>>>;
    await db.insertInto('scorecards').values(old(newId(), user.id, JSON.stringify({ questions: {} }), 0)).execute();
    await db.insertInto('scorecards').values(old(newId(), other.id, JSON.stringify(card(2, 'o', { q1: 2 })), 1)).execute();
    await expect(db.insertInto('scorecards').values(old(newId(), other.id, '{}', 0)).execute()).rejects.toThrow();

    const up = await migrator.migrateToLatest();

    expect(up.error).toBeUndefined();
    const rows = await store.ctx.db.selectFrom('scorecards').select(['interviewerId', 'round', 'submitted']).orderBy('round').execute();
    expect(rows).toEqual([
      { interviewerId: other.id, round: 2, submitted: 1 },
      { interviewerId: user.id, round: 3, submitted: 0 },
    ]);
    expect((await store.scorecards.listSubmitted(candidate.id)).map((s) => s.card.questions.q1.rating)).toEqual([2]);
    // The rebuilt table keeps its foreign keys: deleting the candidate's row cascades to the cards.
    await store.ctx.db.deleteFrom('candidates').where('id', '=', candidate.id).execute();
    expect(await store.ctx.db.selectFrom('scorecards').selectAll().execute()).toEqual([]);
  });
});
