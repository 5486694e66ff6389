// Proof that something is gone: every table of the store read back whole and
// searched for given strings (ids, names, emails, hashes), and the data
// folder listed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TABLES, type Store } from '../../src/store/index.js';

/** Every row of every table, as JSON text per table. */
export async function everyRow(store: Store): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const table of TABLES) dump[table] = JSON.stringify(await store.ctx.db.selectFrom(table).selectAll().execute());
  return dump;
}

/** `table: trace` for every trace still found (the audit log may keep `allowedInAudit`, an opaque id). */
export async function tracesLeft(store: Store, traces: readonly string[], allowedInAudit: readonly string[] = []): Promise<string[]> {
  const found: string[] = [];
  for (const [table, rows] of Object.entries(await everyRow(store))) {
    for (const trace of traces) {
      if (table === 'auditLog' && allowedInAudit.includes(trace)) continue;
      if (rows.includes(trace)) found.push(`${table}: ${trace}`);
    }
  }
  return found;
}

/** The names in the store's data folder of uploaded files. */
export async function storedFileNames(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'files')).catch(() => [] as string[])).sort();
}
