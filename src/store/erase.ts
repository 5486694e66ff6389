// Deleting a candidate removes every row, file and cached result about them,
// in one transaction, then the uploaded bytes. A scan result is keyed by
// commit and shared: it stays only while another candidate's repository still
// points at it. The audit log keeps entries about the candidate's opaque id
// (never a name or text), and gains one recording the deletion.
import type { StoreContext } from './context.js';
import { isId } from './context.js';
import type { Files } from './files.js';
import { AuditLog } from './audit.js';

export interface EraseReport {
  /** Rows deleted per table. */
  rows: Record<string, number>;
  files: number;
  /** Shared scan results kept because another candidate references them. */
  sharedScansKept: number;
}

const CANDIDATE_TABLES = ['jobs', 'interviewNotes', 'discoveries', 'decisions', 'scorecards', 'assignments', 'kits', 'assessments', 'cvResults', 'repositories', 'files'] as const;

export async function eraseCandidate(ctx: StoreContext, files: Files, candidateId: string, actorId: string | null): Promise<EraseReport | undefined> {
  if (!isId(candidateId)) return undefined;
  const report: EraseReport = { rows: {}, files: 0, sharedScansKept: 0 };
  const fileIds = await ctx.db.transaction().execute(async (trx) => {
    const found = await trx.selectFrom('candidates').select('id').where('id', '=', candidateId).executeTakeFirst();
    if (!found) return undefined;
    const ids = (await trx.selectFrom('files').select('id').where('candidateId', '=', candidateId).execute()).map((r) => r.id);
    const scans = await trx.selectFrom('repositories').select('scanId').where('candidateId', '=', candidateId).where('scanId', 'is not', null).execute();
    const scanIds = [...new Set(scans.map((s) => s.scanId as string))];
    for (const table of CANDIDATE_TABLES) {
      const result = await trx.deleteFrom(table).where('candidateId', '=', candidateId).executeTakeFirst();
      report.rows[table] = Number(result.numDeletedRows);
    }
    const result = await trx.deleteFrom('candidates').where('id', '=', candidateId).executeTakeFirst();
    report.rows.candidates = Number(result.numDeletedRows);
    if (scanIds.length > 0) {
      const stillUsed = await trx.selectFrom('repositories').select('scanId').where('scanId', 'in', scanIds).execute();
      const kept = new Set(stillUsed.map((r) => r.scanId));
      report.sharedScansKept = kept.size;
      const drop = scanIds.filter((id) => !kept.has(id));
      const deleted = drop.length > 0 ? await trx.deleteFrom('scanResults').where('id', 'in', drop).executeTakeFirst() : undefined;
      report.rows.scanResults = Number(deleted?.numDeletedRows ?? 0);
    }
    return ids;
  });
  if (!fileIds) return undefined;
  await files.removeBytes(fileIds);
  report.files = fileIds.length;
  await new AuditLog(ctx).record({ actorId, action: 'delete', subjectType: 'candidate', subjectId: candidateId, detail: 'candidate.erase' });
  return report;
}
