// Repository discovery per candidate (issue 12) and interview notes per
// interviewer and round (issue 13). Both are about a candidate: ON DELETE
// CASCADE, and deleteCandidate() deletes them explicitly too.
import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration runs against whatever schema is there */
type Db = Kysely<any>;

async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('discoveries')
    .addColumn('candidate_id', 'text', (c) => c.primaryKey().references('candidates.id').onDelete('cascade'))
    .addColumn('cv_file_id', 'text')
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('choice', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('interview_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('candidates.id').onDelete('cascade'))
    .addColumn('interviewer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('review', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('interview_notes_key', ['candidate_id', 'interviewer_id', 'round'])
    .execute();
}

async function down(db: Db): Promise<void> {
  await db.schema.dropTable('interview_notes').ifExists().execute();
  await db.schema.dropTable('discoveries').ifExists().execute();
}

export const discoveryAndNotes: Migration = { up, down };
