// Accounts: admin, recruiter or interviewer; invited (no password yet) or
// active. Password hashes never leave this module.
import { createHash, randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import { USER_ROLES, type UserRecord, type UserRole } from '../model/index.js';
import { UserError } from '../util/errors.js';
import { isId, newId, type StoreContext } from './context.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import type { UsersTable, UserStatus } from './tables.js';

/** An account as it leaves the store: the model's record (no password or invitation hash). */
export type User = UserRecord;

export interface NewUser {
  email: string;
  name?: string;
  role: UserRole;
  /** Given: the account is active. Omitted: invited, with a token to set it. */
  password?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** A hash to verify against when the email is unknown, so a login takes as long either way. */
let decoyHash: Promise<string> | undefined;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toUser(row: Selectable<UsersTable>): User {
  const { passwordHash: _hash, inviteTokenHash: _token, ...user } = row;
  return user;
}

function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 320) throw new UserError('not an email address', 'E_INVALID');
  return e;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new UserError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`, 'E_INVALID');
  if (password.length > MAX_PASSWORD_LENGTH) throw new UserError(`a password has at most ${MAX_PASSWORD_LENGTH} characters`, 'E_INVALID');
}

export class Users {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** Creates an account; an invited one comes with its token (shown once, stored hashed). */
  async create(input: NewUser): Promise<{ user: User; inviteToken?: string }> {
    if (!USER_ROLES.includes(input.role)) throw new UserError(`unknown role ${input.role}`, 'E_INVALID');
    const email = normaliseEmail(input.email);
    if (await this.findByEmail(email)) throw new UserError('an account with this email exists', 'E_EXISTS');
    if (input.password !== undefined) checkPassword(input.password);
    const inviteToken = input.password === undefined ? randomBytes(24).toString('base64url') : undefined;
    const now = this.#ctx.now();
    const row: Selectable<UsersTable> = {
      id: newId(),
      email,
      name: input.name?.trim() || email,
      role: input.role,
      status: input.password === undefined ? 'invited' : 'active',
      passwordHash: input.password === undefined ? null : await hashPassword(input.password),
      inviteTokenHash: inviteToken ? tokenHash(inviteToken) : null,
      createdAt: now,
      updatedAt: now,
    };
    await this.#ctx.db.insertInto('users').values(row).execute();
    return { user: toUser(row), ...(inviteToken ? { inviteToken } : {}) };
  }

  async get(id: string): Promise<User | undefined> {
    if (!isId(id)) return undefined;
    const row = await this.#ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const row = await this.#ctx.db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    return row && toUser(row);
  }

  async list(): Promise<User[]> {
    const rows = await this.#ctx.db.selectFrom('users').selectAll().orderBy('email').execute();
    return rows.map(toUser);
  }

  async count(): Promise<number> {
    const row = await this.#ctx.db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The active user with this email and password, or undefined (same time either way). */
  async authenticate(email: string, password: string): Promise<User | undefined> {
    const row = await this.#ctx.db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!row?.passwordHash || row.status !== 'active') {
      decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
      await verifyPassword(password, await decoyHash);
      return undefined;
    }
    return (await verifyPassword(password, row.passwordHash)) ? toUser(row) : undefined;
  }

  /** Sets the password of the invitation's account and activates it; undefined for an unknown or used token. */
  async acceptInvite(token: string, password: string): Promise<User | undefined> {
    checkPassword(password);
    const row = await this.#ctx.db.selectFrom('users').selectAll().where('inviteTokenHash', '=', tokenHash(token)).executeTakeFirst();
    if (!row || row.status !== 'invited') return undefined;
    await this.#ctx.db
      .updateTable('users')
      .set({ passwordHash: await hashPassword(password), inviteTokenHash: null, status: 'active', updatedAt: this.#ctx.now() })
      .where('id', '=', row.id)
      .execute();
    return this.get(row.id);
  }

  async setPassword(id: string, password: string): Promise<void> {
    checkPassword(password);
    await this.#ctx.db.updateTable('users').set({ passwordHash: await hashPassword(password), updatedAt: this.#ctx.now() }).where('id', '=', id).execute();
  }

  async update(id: string, change: { name?: string; role?: UserRole; status?: UserStatus }): Promise<User | undefined> {
    if (change.role && !USER_ROLES.includes(change.role)) throw new UserError(`unknown role ${change.role}`, 'E_INVALID');
    if (!isId(id)) return undefined;
    await this.#ctx.db.updateTable('users').set({ ...change, updatedAt: this.#ctx.now() }).where('id', '=', id).execute();
    if (change.status === 'disabled') await this.#ctx.db.deleteFrom('sessions').where('userId', '=', id).execute();
    return this.get(id);
  }

  /** Removes the account, its sessions, assignments, scorecards and interview notes (foreign keys cascade). */
  async delete(id: string): Promise<void> {
    if (!isId(id)) return;
    await this.#ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('userId', '=', id).execute();
      await trx.deleteFrom('assignments').where('interviewerId', '=', id).execute();
      await trx.deleteFrom('scorecards').where('interviewerId', '=', id).execute();
      await trx.deleteFrom('interviewNotes').where('interviewerId', '=', id).execute();
      await trx.deleteFrom('users').where('id', '=', id).execute();
    });
  }
}
