// The audit log: who viewed, changed, exported or deleted what, and when.
// Entries name subjects by opaque id and carry a short code as detail, never a
// name, an email or CV text, so they can outlive the candidate they are about.
import { UserError } from '../util/errors.js';
import { newId, type StoreContext } from './context.js';
import { AUDIT_ACTIONS, type AuditAction, type AuditLogTable } from './tables.js';

export type AuditEntry = AuditLogTable;

export interface NewAuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  /** A short code such as `scorecard.submit`: letters, digits, `.`, `_`, `-`. */
  detail?: string;
}

const CODE = /^[A-Za-z0-9._-]{0,80}$/;

export class AuditLog {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async record(entry: NewAuditEntry): Promise<void> {
    const detail = entry.detail ?? '';
    if (!AUDIT_ACTIONS.includes(entry.action)) throw new UserError(`unknown audit action ${entry.action}`, 'E_INVALID');
    // A code, not free text: free text is how personal data ends up in logs.
    if (!CODE.test(detail) || !CODE.test(entry.subjectType)) throw new Error('audit detail must be a short code');
    await this.#ctx.db
      .insertInto('auditLog')
      .values({ id: newId(), actorId: entry.actorId, action: entry.action, subjectType: entry.subjectType, subjectId: entry.subjectId, detail, at: this.#ctx.now() })
      .execute();
  }

  /** Newest first. */
  async list(filter: { subjectId?: string; actorId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let q = this.#ctx.db.selectFrom('auditLog').selectAll();
    if (filter.subjectId) q = q.where('subjectId', '=', filter.subjectId);
    if (filter.actorId) q = q.where('actorId', '=', filter.actorId);
    return q
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(Math.min(filter.limit ?? 200, 1000))
      .execute();
  }
}
