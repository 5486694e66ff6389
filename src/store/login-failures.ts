// Failed sign-ins, kept in the store so that every server process on one
// database counts the same ones: per account and per client address, each in
// a sliding window. Keys are SHA-256 of `kind:value` (no email or address is
// stored in the clear), and rows older than the longest window are pruned on
// every write.
import { createHash } from 'node:crypto';
import { newId, type StoreContext } from './context.js';

export type ThrottleKind = 'account' | 'address';

/** The stored key of an account (its email, case-insensitive) or of a client address. */
export function throttleKey(kind: ThrottleKind, value: string): string {
  return createHash('sha256').update(`${kind}:${value.trim().toLowerCase()}`).digest('hex');
}

export class LoginFailures {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** Records one failure under each key, and forgets failures older than `keepMs`. */
  async record(keys: readonly string[], keepMs: number): Promise<void> {
    const at = this.#ctx.now();
    const before = new Date(Date.parse(at) - keepMs).toISOString();
    await this.#ctx.db.deleteFrom('loginFailures').where('at', '<', before).execute();
    if (keys.length > 0) await this.#ctx.db.insertInto('loginFailures').values(keys.map((key) => ({ id: newId(), key, at }))).execute();
  }

  /** Failures under `key` in the last `windowMs`. */
  async count(key: string, windowMs: number): Promise<number> {
    const since = new Date(Date.parse(this.#ctx.now()) - windowMs).toISOString();
    const row = await this.#ctx.db.selectFrom('loginFailures').select((eb) => eb.fn.countAll<number | string>().as('n')).where('key', '=', key).where('at', '>', since).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * 0 while `key` has fewer than `limit` failures in the last `windowMs`;
   * otherwise the milliseconds until the oldest failure that keeps it at the
   * limit leaves the window.
   */
  async retryAfterMs(key: string, limit: number, windowMs: number): Promise<number> {
    const now = Date.parse(this.#ctx.now());
    const since = new Date(now - windowMs).toISOString();
    const row = await this.#ctx.db
      .selectFrom('loginFailures')
      .select('at')
      .where('key', '=', key)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .orderBy('id')
      .limit(1)
      .offset(Math.max(0, limit - 1))
      .executeTakeFirst();
    if (!row) return 0;
    return Math.max(1, Date.parse(row.at) + windowMs - now);
  }

  /** Forgets the failures under `key` (an account after a successful sign-in). */
  async clear(key: string): Promise<void> {
    await this.#ctx.db.deleteFrom('loginFailures').where('key', '=', key).execute();
  }
}
