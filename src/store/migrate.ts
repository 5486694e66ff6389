// Migrations live in code (no folder read at run time, so the built package and
// a bundled worker carry them). Append new ones; never edit a shipped one.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { init } from './migrations/0001-init.js';
import { discoveryAndNotes } from './migrations/0002-discovery-notes.js';
import { loginFailures } from './migrations/0003-login-failures.js';
import { scorecardRounds } from './migrations/0004-scorecard-rounds.js';
import type { Database } from './tables.js';

/** Every migration by name, applied in name order (exported for the tests that migrate down and up). */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-init': init,
  '0002-discovery-notes': discoveryAndNotes,
  '0003-login-failures': loginFailures,
  '0004-scorecard-rounds': scorecardRounds,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/** Brings the schema up to date; concurrent callers (two workers starting) are serialised by Kysely's migration lock. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
}
