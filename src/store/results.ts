// Per-candidate stage results: a CV's parse, the assessment against a role,
// the interview kit and the decision. Each is one row under a unique key,
// written in one statement (insert, or replace on the same key), so a retried
// job rewrites its own row and never adds a second one.
import type { Selectable } from 'kysely';
import { Assessment, CvResult, Decision, Kit } from '../model/index.js';
import { isId, newId, type StoreContext } from './context.js';
import { decodeJson, encodeJson } from './json.js';
import type { AssessmentsTable } from './tables.js';

export interface StoredAssessment {
  id: string;
  candidateId: string;
  roleId: string;
  assessment: Assessment;
  createdAt: string;
}

function toAssessment(row: Selectable<AssessmentsTable>): StoredAssessment {
  const { result, ...rest } = row;
  return { ...rest, assessment: decodeJson(Assessment, 'assessment', result) };
}

export class CvResults {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** Keeps the first parse of this file by this analyser version. */
  async save(input: { fileId: string; candidateId: string; analyserVersion: string; result: CvResult }): Promise<void> {
    const { result, ...key } = input;
    await this.#ctx.db
      .insertInto('cvResults')
      .values({ ...key, result: encodeJson(CvResult, 'CV result', result), createdAt: this.#ctx.now() })
      .onConflict((oc) => oc.columns(['fileId', 'analyserVersion']).doNothing())
      .execute();
  }

  async get(fileId: string, analyserVersion: string): Promise<CvResult | undefined> {
    if (!isId(fileId)) return undefined;
    const row = await this.#ctx.db.selectFrom('cvResults').select('result').where('fileId', '=', fileId).where('analyserVersion', '=', analyserVersion).executeTakeFirst();
    return row && decodeJson(CvResult, 'CV result', row.result);
  }
}

export class Assessments {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** The candidate's assessment for the role, replacing an earlier one (a new screening). */
  async save(input: { candidateId: string; roleId: string; assessment: Assessment }): Promise<StoredAssessment> {
    const result = encodeJson(Assessment, 'assessment', input.assessment);
    const createdAt = this.#ctx.now();
    await this.#ctx.db
      .insertInto('assessments')
      .values({ id: newId(), candidateId: input.candidateId, roleId: input.roleId, result, createdAt })
      .onConflict((oc) => oc.columns(['candidateId', 'roleId']).doUpdateSet({ result, createdAt }))
      .execute();
    return (await this.get(input.candidateId, input.roleId)) as StoredAssessment;
  }

  async get(candidateId: string, roleId: string): Promise<StoredAssessment | undefined> {
    if (!isId(candidateId) || !isId(roleId)) return undefined;
    const row = await this.#ctx.db.selectFrom('assessments').selectAll().where('candidateId', '=', candidateId).where('roleId', '=', roleId).executeTakeFirst();
    return row && toAssessment(row);
  }

  /** The most recent assessment of the candidate, whatever the role. */
  async latest(candidateId: string): Promise<StoredAssessment | undefined> {
    if (!isId(candidateId)) return undefined;
    const row = await this.#ctx.db.selectFrom('assessments').selectAll().where('candidateId', '=', candidateId).orderBy('createdAt', 'desc').orderBy('id').executeTakeFirst();
    return row && toAssessment(row);
  }

  async listByRole(roleId: string): Promise<StoredAssessment[]> {
    const rows = await this.#ctx.db.selectFrom('assessments').selectAll().where('roleId', '=', roleId).orderBy('candidateId').execute();
    return rows.map(toAssessment);
  }
}

export class Kits {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** The candidate's kit, replacing an earlier one. */
  async save(input: { candidateId: string; assessmentId?: string; kit: Kit }): Promise<void> {
    const kit = encodeJson(Kit, 'kit', input.kit);
    const createdAt = this.#ctx.now();
    const assessmentId = input.assessmentId ?? null;
    await this.#ctx.db
      .insertInto('kits')
      .values({ id: newId(), candidateId: input.candidateId, assessmentId, kit, createdAt })
      .onConflict((oc) => oc.column('candidateId').doUpdateSet({ kit, assessmentId, createdAt }))
      .execute();
  }

  async get(candidateId: string): Promise<Kit | undefined> {
    if (!isId(candidateId)) return undefined;
    const row = await this.#ctx.db.selectFrom('kits').select('kit').where('candidateId', '=', candidateId).executeTakeFirst();
    return row && decodeJson(Kit, 'kit', row.kit);
  }
}

export class Decisions {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async save(input: { candidateId: string; decidedBy?: string; decision: Decision }): Promise<void> {
    const decision = encodeJson(Decision, 'decision', input.decision);
    const createdAt = this.#ctx.now();
    const decidedBy = input.decidedBy ?? null;
    await this.#ctx.db
      .insertInto('decisions')
      .values({ candidateId: input.candidateId, decidedBy, decision, createdAt })
      .onConflict((oc) => oc.column('candidateId').doUpdateSet({ decision, decidedBy, createdAt }))
      .execute();
  }

  async get(candidateId: string): Promise<{ decision: Decision; decidedBy: string | null; createdAt: string } | undefined> {
    if (!isId(candidateId)) return undefined;
    const row = await this.#ctx.db.selectFrom('decisions').selectAll().where('candidateId', '=', candidateId).executeTakeFirst();
    return row && { decision: decodeJson(Decision, 'decision', row.decision), decidedBy: row.decidedBy, createdAt: row.createdAt };
  }
}
