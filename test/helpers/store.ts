// Store factories for tests: a fresh SQLite file in a temporary folder, or a
// fresh PostgreSQL database with a unique name at 127.0.0.1:5432 (trust auth,
// user postgres), dropped afterwards. PostgreSQL must be up: CI guarantees it,
// and a test that needs it fails (never skips) when it is not.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store, type StoreOptions } from '../../src/store/index.js';

export const PG_ADMIN_URL = process.env.EVIDENT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  dataDir: string;
  /** The PostgreSQL URL of the test database (undefined for SQLite). */
  databaseUrl?: string;
  dispose: () => Promise<void>;
}

export interface StoreFactory {
  name: 'sqlite' | 'postgres';
  create: (options?: Pick<StoreOptions, 'now'>) => Promise<TestStore>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name; returns its URL and a dropper. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `evident_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export const sqliteFactory: StoreFactory = {
  name: 'sqlite',
  async create(options = {}) {
    const dir = await mkdtemp(join(tmpdir(), 'evident-store-'));
    const dataDir = join(dir, 'data');
    const store = await openStore({ ...options, dbPath: join(dir, 'evident.db'), dataDir });
    return {
      store,
      dataDir,
      dispose: async () => {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresFactory: StoreFactory = {
  name: 'postgres',
  async create(options = {}) {
    const db = await createTestDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'evident-store-'));
    const dataDir = join(dir, 'data');
    const store = await openStore({ ...options, databaseUrl: db.url, dataDir });
    return {
      store,
      dataDir,
      databaseUrl: db.url,
      dispose: async () => {
        await store.close();
        await db.drop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
};

export const STORE_FACTORIES: StoreFactory[] = [sqliteFactory, postgresFactory];
