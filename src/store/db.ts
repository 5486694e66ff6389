// Opens the database: SQLite through better-sqlite3 by default (a file under
// ~/.evident, or an explicit path), PostgreSQL through `pg` when a database URL
// is given. Both get the same tables (migrations run on open) and the same
// camelCase names through CamelCasePlugin.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** `postgres://…`: PostgreSQL. Otherwise SQLite. */
  databaseUrl?: string;
  /** SQLite file (default ~/.evident/evident.db); `:memory:` for a throw-away database. */
  dbPath?: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite file, when SQLite. */
  path?: string;
}

export function defaultHome(): string {
  return process.env.EVIDENT_HOME ? resolve(process.env.EVIDENT_HOME) : join(homedir(), '.evident');
}

export function defaultDbPath(): string {
  return join(defaultHome(), 'evident.db');
}

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function openSqlite(path: string): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
  } catch (err) {
    throw new UserError(`cannot open the database ${path}: ${(err as Error).message}`, 'E_DB', { cause: err });
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'sqlite', path };
}

function openPostgres(url: string, poolSize: number): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A client losing its server (a restart) must not crash the process. An idle
  // one is reported on the pool, which replaces it; pg-pool does not listen to a
  // checked-out one (a unit of work between two queries), whose 'error' would go
  // unhandled: listen for its whole life. Its next query then fails, and the
  // pool discards it on release because it is no longer queryable.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'postgres' };
}

/** Opens (creating if needed) and migrates the database. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<OpenDatabase> {
  const url = options.databaseUrl;
  if (url !== undefined && url !== '' && !isPostgresUrl(url)) throw new UserError('DATABASE_URL must start with postgres:// or postgresql://', 'E_USAGE');
  const opened = url ? openPostgres(url, options.poolSize ?? 10) : openSqlite(options.dbPath ?? defaultDbPath());
  try {
    await migrateToLatest(opened.db);
  } catch (err) {
    await opened.db.destroy().catch(() => {});
    const where = opened.dialect === 'postgres' ? redactSecrets(url ?? '') : opened.path;
    throw new UserError(`cannot prepare the database ${where}: ${(err as Error).message}`, 'E_DB', { cause: err });
  }
  return opened;
}
