// Scan results, shared across candidates: keyed by (commit, analyser version,
// variant), so a commit already scanned by this analyser is never scanned
// again. The key is unique in the table; save() inserts or keeps the existing
// row, so a retried or racing job cannot duplicate a result. withLock() lets
// one worker do the work while another waiting on the same key then finds it.
import { sql } from 'kysely';
import { z } from 'zod';
import { RepoScan } from '../model/index.js';
import { isId, newId, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';

/** What a scan job keeps: the scan and the cited source lines (the checkout is gone afterwards). */
export const StoredScan = z.object({ scan: RepoScan, snippets: z.record(z.string(), z.string()) });
export type StoredScan = z.infer<typeof StoredScan>;

export interface ScanKey {
  /** A git commit, or `sha256:<hex>` of an uploaded archive. */
  commit: string;
  analyserVersion: string;
  /** A hash of the options that change the result ('' for none). */
  variant: string;
}

export function scanKeyText(key: ScanKey): string {
  return `scan|${key.commit}|${key.analyserVersion}|${key.variant}`;
}

/** Waiters per key inside this process (SQLite has one writer process; PostgreSQL adds an advisory lock). */
const localLocks = new Map<string, Promise<unknown>>();

async function withLocalLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = localLocks.get(key) ?? Promise.resolve();
  const run = before.catch(() => {}).then(work);
  const tail = run.catch(() => {});
  localLocks.set(key, tail);
  try {
    return await run;
  } finally {
    if (localLocks.get(key) === tail) localLocks.delete(key);
  }
}

export class Scans {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async findId(key: ScanKey): Promise<string | undefined> {
    const row = await this.#ctx.db
      .selectFrom('scanResults')
      .select('id')
      .where('commit', '=', key.commit)
      .where('analyserVersion', '=', key.analyserVersion)
      .where('variant', '=', key.variant)
      .executeTakeFirst();
    return row?.id;
  }

  async get(id: string): Promise<StoredScan | undefined> {
    if (!isId(id)) return undefined;
    const row = await this.#ctx.db.selectFrom('scanResults').select('result').where('id', '=', id).executeTakeFirst();
    return row && decodeJson(StoredScan, 'scan result', row.result);
  }

  /** Stores the result under its key, once: a second save of the same key keeps the first and returns its id. */
  async save(key: ScanKey, result: StoredScan): Promise<string> {
    const id = newId();
    await this.#ctx.db
      .insertInto('scanResults')
      .values({ id, ...key, result: encodeJson(StoredScan, 'scan result', result), createdAt: this.#ctx.now() })
      .onConflict((oc) => oc.columns(['commit', 'analyserVersion', 'variant']).doNothing())
      .execute();
    const stored = await this.findId(key);
    if (!stored) throw new Error('scan result was not stored');
    return stored;
  }

  /**
   * Runs `work` holding the key's lock: in this process, and on PostgreSQL
   * across processes (a session advisory lock, released by the server if the
   * holder dies). `work` should look for the result first.
   */
  async withLock<T>(key: ScanKey, work: () => Promise<T>): Promise<T> {
    const text = scanKeyText(key);
    if (this.#ctx.dialect !== 'postgres') return withLocalLock(text, work);
    return withLocalLock(text, () =>
      this.#ctx.db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(hashtextextended(${text}, 0))`.execute(conn);
        try {
          return await work();
        } finally {
          await sql`select pg_advisory_unlock(hashtextextended(${text}, 0))`.execute(conn).catch(() => {});
        }
      }),
    );
  }

  /** Deletes the result unless a repository points at it (a scan that finished after its candidate was deleted). */
  async dropIfUnreferenced(id: string): Promise<void> {
    await this.#ctx.db
      .deleteFrom('scanResults')
      .where('id', '=', id)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('repositories').select('id').where('scanId', '=', id))))
      .execute();
  }

  async count(): Promise<number> {
    const row = await this.#ctx.db.selectFrom('scanResults').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
