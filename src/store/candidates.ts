// Candidates: a label (a name, or `Candidate 3` in blind mode), the role they
// are screened for, their git identities and where screening stands.
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { isId, newId, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';
import type { CandidateRecord } from '../model/index.js';
import type { CandidatesTable, CandidateStatus } from './tables.js';

/** A candidate as it leaves the store: the model's record. */
export type Candidate = CandidateRecord;

export interface NewCandidate {
  label: string;
  roleId?: string | null;
  emails?: string[];
  names?: string[];
  createdBy?: string;
}

const Strings = z.array(z.string().max(500)).max(50);

function toCandidate(row: Selectable<CandidatesTable>): Candidate {
  return { ...row, emails: decodeJson(Strings, 'candidate emails', row.emails), names: decodeJson(Strings, 'candidate names', row.names) };
}

export class Candidates {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async create(input: NewCandidate): Promise<Candidate> {
    const now = this.#ctx.now();
    const row: Selectable<CandidatesTable> = {
      id: newId(),
      roleId: input.roleId ?? null,
      label: input.label,
      status: 'new',
      error: null,
      emails: encodeJson(Strings, 'candidate emails', input.emails ?? []),
      names: encodeJson(Strings, 'candidate names', input.names ?? []),
      createdBy: input.createdBy ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.#ctx.db.insertInto('candidates').values(row).execute();
    return toCandidate(row);
  }

  async get(id: string): Promise<Candidate | undefined> {
    if (!isId(id)) return undefined;
    const row = await this.#ctx.db.selectFrom('candidates').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCandidate(row);
  }

  async listByRole(roleId: string): Promise<Candidate[]> {
    const rows = await this.#ctx.db.selectFrom('candidates').selectAll().where('roleId', '=', roleId).orderBy('createdAt').orderBy('id').execute();
    return rows.map(toCandidate);
  }

  async list(): Promise<Candidate[]> {
    const rows = await this.#ctx.db.selectFrom('candidates').selectAll().orderBy('createdAt').orderBy('id').execute();
    return rows.map(toCandidate);
  }

  /** The candidates an interviewer is assigned to (any round). */
  async listForInterviewer(userId: string): Promise<Candidate[]> {
    const rows = await this.#ctx.db
      .selectFrom('candidates')
      .selectAll('candidates')
      .where('id', 'in', (eb) => eb.selectFrom('assignments').select('candidateId').where('interviewerId', '=', userId))
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(toCandidate);
  }

  async update(id: string, change: { label?: string; roleId?: string | null; emails?: string[]; names?: string[] }): Promise<Candidate | undefined> {
    if (!isId(id)) return undefined;
    await this.#ctx.db
      .updateTable('candidates')
      .set({
        ...(change.label !== undefined ? { label: change.label } : {}),
        ...(change.roleId !== undefined ? { roleId: change.roleId } : {}),
        ...(change.emails ? { emails: encodeJson(Strings, 'candidate emails', change.emails) } : {}),
        ...(change.names ? { names: encodeJson(Strings, 'candidate names', change.names) } : {}),
        updatedAt: this.#ctx.now(),
      })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  /** Sets where screening stands; `error` is what failed, shown on the candidate (cleared when omitted). */
  async setStatus(id: string, status: CandidateStatus, error: string | null = null): Promise<void> {
    await this.#ctx.db
      .updateTable('candidates')
      .set({ status, error: error ?? (status === 'failed' ? 'failed' : null), updatedAt: this.#ctx.now() })
      .where('id', '=', id)
      .execute();
  }
}
