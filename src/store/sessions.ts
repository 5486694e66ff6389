// Login sessions. The cookie carries a random token; the table keeps its
// sha256, so a copy of the database holds no live session. Each session has
// its own CSRF token for the server's double-submit check.
import { createHash, randomBytes } from 'node:crypto';
import type { StoreContext } from './context.js';
import type { User } from './users.js';

export interface NewSession {
  /** For the cookie; not stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ActiveSession {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function idOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class Sessions {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async create(userId: string, ttlMs = SESSION_TTL_MS): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const now = this.#ctx.now();
    const expiresAt = new Date(Date.parse(now) + ttlMs).toISOString();
    await this.#ctx.db.insertInto('sessions').values({ id: idOf(token), userId, csrfToken, createdAt: now, expiresAt }).execute();
    return { token, csrfToken, expiresAt };
  }

  /** The session's active user, or undefined (unknown, expired, or the account is no longer active). */
  async lookup(token: string): Promise<ActiveSession | undefined> {
    if (!token) return undefined;
    const row = await this.#ctx.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.status', 'users.createdAt', 'users.updatedAt', 'sessions.csrfToken', 'sessions.expiresAt'])
      .where('sessions.id', '=', idOf(token))
      .executeTakeFirst();
    if (!row || row.expiresAt <= this.#ctx.now() || row.status !== 'active') return undefined;
    const { csrfToken, expiresAt, ...user } = row;
    return { user, csrfToken, expiresAt };
  }

  async delete(token: string): Promise<void> {
    await this.#ctx.db.deleteFrom('sessions').where('id', '=', idOf(token)).execute();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.#ctx.db.deleteFrom('sessions').where('userId', '=', userId).execute();
  }

  async deleteExpired(): Promise<number> {
    const result = await this.#ctx.db.deleteFrom('sessions').where('expiresAt', '<=', this.#ctx.now()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
