// Failed sign-ins in the store (src/store/login-failures.ts), so that the
// sign-in limit holds across server processes on one database.
import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration runs against whatever schema is there */
type Db = Kysely<any>;

async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['key', 'at']).execute();
  await db.schema.createIndex('login_failures_at').on('login_failures').column('at').execute();
}

async function down(db: Db): Promise<void> {
  await db.schema.dropTable('login_failures').ifExists().execute();
}

export const loginFailures: Migration = { up, down };
