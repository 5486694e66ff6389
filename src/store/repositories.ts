// A candidate's repositories: a git URL or an uploaded archive (a file id),
// the commit chosen or resolved, and the shared scan result it reads.
import { UserError } from '../util/errors.js';
import { isId, newId, type StoreContext } from './context.js';
import type { RepositoriesTable } from './tables.js';

export type Repository = RepositoriesTable;

export interface NewRepository {
  candidateId: string;
  url?: string;
  fileId?: string;
  /** A commit chosen by the user (default: the remote's HEAD, resolved by the scan job). */
  commit?: string;
}

export class Repositories {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async add(input: NewRepository): Promise<Repository> {
    if (Boolean(input.url) === Boolean(input.fileId)) throw new UserError('a repository is a URL or an uploaded archive', 'E_INVALID');
    const row: Repository = {
      id: newId(),
      candidateId: input.candidateId,
      url: input.url ?? null,
      fileId: input.fileId ?? null,
      commit: input.commit ?? null,
      scanId: null,
      error: null,
      createdAt: this.#ctx.now(),
    };
    await this.#ctx.db.insertInto('repositories').values(row).execute();
    return row;
  }

  async get(id: string): Promise<Repository | undefined> {
    if (!isId(id)) return undefined;
    return this.#ctx.db.selectFrom('repositories').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listByCandidate(candidateId: string): Promise<Repository[]> {
    return this.#ctx.db.selectFrom('repositories').selectAll().where('candidateId', '=', candidateId).orderBy('createdAt').orderBy('id').execute();
  }

  async setCommit(id: string, commit: string): Promise<void> {
    await this.#ctx.db.updateTable('repositories').set({ commit }).where('id', '=', id).execute();
  }

  /** Points the repository at its scan result (clearing an earlier error). Idempotent. */
  async setScan(id: string, scanId: string): Promise<void> {
    await this.#ctx.db.updateTable('repositories').set({ scanId, error: null }).where('id', '=', id).execute();
  }

  async setError(id: string, error: string): Promise<void> {
    await this.#ctx.db.updateTable('repositories').set({ error }).where('id', '=', id).execute();
  }

  async remove(id: string): Promise<void> {
    await this.#ctx.db.deleteFrom('repositories').where('id', '=', id).execute();
  }
}
