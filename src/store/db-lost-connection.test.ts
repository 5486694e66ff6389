// A PostgreSQL connection lost while the store holds it (a server restart
// between two queries of one unit of work) must fail that unit of work, not
// end the process: pg emits 'error' on a checked-out client, and pg-pool
// listens only while the client is idle. Issue 11's restart test caught a
// worker dying of exactly this ("terminating connection due to administrator
// command", unhandled 'error' event).
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PG_ADMIN_URL } from '../../test/helpers/store.js';
import { openDatabase, type OpenDatabase } from './db.js';

let opened: OpenDatabase;
let drop: () => Promise<void>;
const uncaught: unknown[] = [];
const record = (err: unknown) => uncaught.push(err);

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  opened = await openDatabase({ databaseUrl: db.url, poolSize: 2 });
  process.on('uncaughtException', record);
});
afterAll(async () => {
  process.off('uncaughtException', record);
  await opened.db.destroy();
  await drop();
});

async function terminate(pid: number): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('select pg_terminate_backend($1)', [pid]);
  } finally {
    await admin.end();
  }
}

describe('store/db: a connection lost while held', () => {
  it('fails the holder\'s next query, keeps the process alive, and the pool serves new queries', async () => {
    const outcome = await opened.db.connection().execute(async (conn) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(conn);
      await terminate(rows[0].pid);
      // Give the server's FATAL message time to arrive while no query is active.
      await new Promise((r) => setTimeout(r, 300));
      return sql`select 1`.execute(conn).then(
        () => 'ran',
        (err: Error) => `failed: ${err.message}`,
      );
    });
    expect(outcome).toMatch(/^failed: /);
    expect(uncaught).toEqual([]);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(opened.db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
