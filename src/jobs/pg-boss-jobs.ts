// Reading pg-boss's own tables for `evident jobs`: the live table and the
// archive (finished jobs move there after a while), mapped to JobInfo.
import type PgBoss from 'pg-boss';
import { JOB_NAMES, type JobInfo, type JobName, type JobStatus } from './types.js';

export const SCHEMA = 'pgboss';

const COLUMNS = `id::text, name, state::text, retry_count, retry_limit, output->>'message' as message, data->>'candidateId' as candidate_id, created_on, started_on, completed_on`;

interface Row {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  retry_limit: number;
  message: string | null;
  candidate_id: string | null;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
}

const STATUS: Record<string, JobStatus> = { created: 'queued', retry: 'retry', active: 'running', completed: 'completed', cancelled: 'failed', failed: 'failed' };

function iso(d: Date | null): string | null {
  return d ? new Date(d).toISOString() : null;
}

function toInfo(row: Row): JobInfo {
  const status = STATUS[row.state] ?? 'failed';
  const failedish = status === 'failed' || status === 'retry';
  return {
    id: row.id,
    name: row.name as JobName,
    status,
    candidateId: row.candidate_id,
    attempts: row.started_on ? row.retry_count + 1 : 0,
    maxAttempts: row.retry_limit + 1,
    error: row.state === 'cancelled' ? 'cancelled' : failedish ? (row.message ?? null) : null,
    createdAt: iso(row.created_on) as string,
    startedAt: iso(row.started_on),
    finishedAt: iso(row.completed_on),
  };
}

/** pg-boss's states for each status. */
function statesOf(statuses: readonly JobStatus[]): string[] {
  return Object.entries(STATUS)
    .filter(([, status]) => statuses.includes(status))
    .map(([state]) => state);
}

/** Jobs newest first (of the given statuses, or one by id), from the live table and the archive. */
export async function listJobs(db: PgBoss.Db, limit: number, filter: { id?: string; statuses?: readonly JobStatus[] } = {}): Promise<JobInfo[]> {
  const params: unknown[] = [JOB_NAMES, limit];
  let where = 'name = any($1)';
  if (filter.id) where += ` and id = $${params.push(filter.id)}::uuid`;
  if (filter.statuses) where += ` and state::text = any($${params.push(statesOf(filter.statuses))})`;
  const { rows } = await db.executeSql(
    `select * from (
       select ${COLUMNS} from ${SCHEMA}.job where ${where}
       union all
       select ${COLUMNS} from ${SCHEMA}.archive where ${where}
     ) j order by created_on desc, id limit $2`,
    params,
  );
  return (rows as Row[]).map(toInfo);
}

/** The live (waiting, retrying or running) job with this key, if any. */
export async function liveJobWithKey(db: PgBoss.Db, name: JobName, key: string): Promise<string | undefined> {
  const { rows } = await db.executeSql(`select id::text from ${SCHEMA}.job where name = $1 and singleton_key = $2 and state < 'completed' order by created_on limit 1`, [name, key]);
  return (rows[0] as { id: string } | undefined)?.id;
}

/** Makes the job's current attempt its last: bad input is not retried. */
export async function lastAttempt(db: PgBoss.Db, name: JobName, id: string): Promise<void> {
  await db.executeSql(`update ${SCHEMA}.job set retry_limit = retry_count where name = $1 and id = $2::uuid`, [name, id]);
}

export async function deleteCandidateJobs(db: PgBoss.Db, candidateId: string): Promise<void> {
  for (const table of ['job', 'archive']) await db.executeSql(`delete from ${SCHEMA}.${table} where data->>'candidateId' = $1`, [candidateId]);
}
