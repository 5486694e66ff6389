// One scorecard per interviewer per round of a candidate (an interviewer may
// take two rounds, and files a card for each): the scorecards table gains a
// `round` column and its unique key becomes (candidate, interviewer, round).
// Neither SQLite nor a portable ALTER can change a table's unique
// constraint, so the table is rebuilt, the same way on both databases: the
// round of each existing card is the one it names, else the interviewer's
// first assigned round, else 1.
import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration runs against whatever schema is there */
type Db = Kysely<any>;

/** A row as read through the store's CamelCasePlugin. */
interface OldRow {
  id: string;
  candidateId: string;
  interviewerId: string;
  card: string;
  submitted: number;
  submittedAt: string | null;
  updatedAt: string;
}

function roundNamed(card: string): number | undefined {
  try {
    const round = (JSON.parse(card) as { round?: unknown }).round;
    return typeof round === 'number' && Number.isInteger(round) && round >= 1 ? round : undefined;
  } catch {
    return undefined;
  }
}

async function rebuild(db: Db, key: string[], keyName: string, withRound: boolean): Promise<void> {
  let table = db.schema
    .createTable('scorecards_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('interviewer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));
  if (withRound) table = table.addColumn('round', 'integer', (c) => c.notNull());
  await table
    .addColumn('card', 'text', (c) => c.notNull())
    .addColumn('submitted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint(keyName, key as never)
    .execute();
}

async function up(db: Db): Promise<void> {
  await rebuild(db, ['candidate_id', 'interviewer_id', 'round'], 'scorecards_round_key', true);
  const rows = (await db.selectFrom('scorecards').selectAll().execute()) as OldRow[];
  const assignments = (await db.selectFrom('assignments').select(['candidateId', 'interviewerId', 'round']).orderBy('round').execute()) as Array<{ candidateId: string; interviewerId: string; round: number }>;
  for (const row of rows) {
    const first = assignments.find((a) => a.candidateId === row.candidateId && a.interviewerId === row.interviewerId)?.round;
    await db
      .insertInto('scorecards_next')
      .values({ ...row, round: roundNamed(row.card) ?? first ?? 1 })
      .execute();
  }
  await db.schema.dropTable('scorecards').execute();
  await db.schema.alterTable('scorecards_next').renameTo('scorecards').execute();
}

async function down(db: Db): Promise<void> {
  // Back to one card per interviewer per candidate: the first round's is kept.
  await rebuild(db, ['candidate_id', 'interviewer_id'], 'scorecards_pair_key', false);
  const rows = (await db.selectFrom('scorecards').selectAll().orderBy('round').execute()) as Array<OldRow & { round: number }>;
  const kept = new Set<string>();
  for (const { round: _round, ...row } of rows) {
    const pair = `${row.candidateId} ${row.interviewerId}`;
    if (kept.has(pair)) continue;
    kept.add(pair);
    await db.insertInto('scorecards_next').values(row).execute();
  }
  await db.schema.dropTable('scorecards').execute();
  await db.schema.alterTable('scorecards_next').renameTo('scorecards').execute();
}

export const scorecardRounds: Migration = { up, down };
