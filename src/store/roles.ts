// Roles: a title, the role profile (validated by RoleProfile) and blind mode
// (identity hidden from interviewers).
import type { Selectable } from 'kysely';
import { RoleProfile } from '../assess/role-profile.js';
import { isId, newId, toFlag, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';
import type { RolesTable } from './tables.js';

export interface Role {
  id: string;
  title: string;
  profile: RoleProfile;
  blind: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

function toRole(row: Selectable<RolesTable>): Role {
  return { ...row, profile: decodeJson(RoleProfile, 'role profile', row.profile), blind: row.blind === 1 };
}

export class Roles {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async create(input: { profile: RoleProfile; title?: string; blind?: boolean; createdBy?: string }): Promise<Role> {
    const now = this.#ctx.now();
    const row: Selectable<RolesTable> = {
      id: newId(),
      title: input.title ?? input.profile.title,
      profile: encodeJson(RoleProfile, 'role profile', input.profile),
      blind: toFlag(input.blind ?? false),
      createdBy: input.createdBy ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.#ctx.db.insertInto('roles').values(row).execute();
    return toRole(row);
  }

  async get(id: string): Promise<Role | undefined> {
    if (!isId(id)) return undefined;
    const row = await this.#ctx.db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRole(row);
  }

  async list(): Promise<Role[]> {
    const rows = await this.#ctx.db.selectFrom('roles').selectAll().orderBy('title').orderBy('id').execute();
    return rows.map(toRole);
  }

  async update(id: string, change: { title?: string; profile?: RoleProfile; blind?: boolean }): Promise<Role | undefined> {
    if (!isId(id)) return undefined;
    await this.#ctx.db
      .updateTable('roles')
      .set({
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.profile ? { profile: encodeJson(RoleProfile, 'role profile', change.profile) } : {}),
        ...(change.blind !== undefined ? { blind: toFlag(change.blind) } : {}),
        updatedAt: this.#ctx.now(),
      })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  /** Removes the role; its candidates stay, without a role (delete them one by one to erase them). */
  async delete(id: string): Promise<void> {
    if (!isId(id)) return;
    await this.#ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('candidates').set({ roleId: null }).where('roleId', '=', id).execute();
      await trx.deleteFrom('roles').where('id', '=', id).execute();
    });
  }
}
