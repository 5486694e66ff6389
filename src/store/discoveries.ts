// Repository discovery per candidate (issue 12): what discovery found from
// the CV and the profiles (one row per candidate, replaced by a new run), and
// the recruiter's choice of repositories to screen.
import { DiscoverBody, Discovery, DiscoveryChoice } from '../model/index.js';
import { isId, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';

export interface StoredDiscovery {
  candidateId: string;
  /** The CV file discovery read, or null when there was none. */
  cvFileId: string | null;
  request: DiscoverBody;
  result: Discovery;
  choice: DiscoveryChoice | null;
  createdAt: string;
}

export class Discoveries {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** Keeps a new discovery for the candidate; an earlier one and its choice are replaced. */
  async save(input: { candidateId: string; cvFileId: string | null; request: DiscoverBody; result: Discovery }): Promise<StoredDiscovery> {
    const row = {
      cvFileId: input.cvFileId,
      request: encodeJson(DiscoverBody, 'discovery request', input.request),
      result: encodeJson(Discovery, 'discovery', input.result),
      choice: null,
      createdAt: this.#ctx.now(),
    };
    await this.#ctx.db
      .insertInto('discoveries')
      .values({ candidateId: input.candidateId, ...row })
      .onConflict((oc) => oc.column('candidateId').doUpdateSet(row))
      .execute();
    return (await this.get(input.candidateId)) as StoredDiscovery;
  }

  async get(candidateId: string): Promise<StoredDiscovery | undefined> {
    if (!isId(candidateId)) return undefined;
    const row = await this.#ctx.db.selectFrom('discoveries').selectAll().where('candidateId', '=', candidateId).executeTakeFirst();
    if (!row) return undefined;
    return {
      candidateId: row.candidateId,
      cvFileId: row.cvFileId,
      request: decodeJson(DiscoverBody, 'discovery request', row.request),
      result: decodeJson(Discovery, 'discovery', row.result),
      choice: row.choice === null ? null : decodeJson(DiscoveryChoice, 'discovery choice', row.choice),
      createdAt: row.createdAt,
    };
  }

  async setChoice(candidateId: string, keys: string[], chosenBy: string | null): Promise<DiscoveryChoice> {
    const choice: DiscoveryChoice = { keys, chosenBy, chosenAt: this.#ctx.now() };
    await this.#ctx.db.updateTable('discoveries').set({ choice: encodeJson(DiscoveryChoice, 'discovery choice', choice) }).where('candidateId', '=', candidateId).execute();
    return choice;
  }
}
