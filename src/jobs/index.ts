// The job queue: in-process on the embedded store (the default), pg-boss when
// the store is PostgreSQL and a database URL is given, so `evident worker`
// processes on any machine share the work.
import type { Store } from '../store/index.js';
import { InProcessQueue } from './in-process.js';
import type { RetryPolicy, JobQueue } from './types.js';

export interface QueueOptions {
  /** `postgres://…`: pg-boss on that database. Absent: in-process. */
  databaseUrl?: string;
  retry?: Partial<RetryPolicy>;
  /** pg-boss: seconds before a silent job is taken over (default 900). */
  leaseSeconds?: number;
  /** pg-boss: seconds between lease checks (default a third of the lease, 1 to 30). */
  maintenanceSeconds?: number;
  /** pg-boss: idle poll, ms (default 1000). */
  pollMs?: number;
  /** pg-boss: run lease checks (default true; false for a process that only reads the queue). */
  supervise?: boolean;
}

export async function openQueue(store: Store, options: QueueOptions = {}): Promise<JobQueue> {
  if (!options.databaseUrl) return new InProcessQueue(store.ctx, { retry: options.retry });
  const { PgBossQueue } = await import('./pg-boss.js');
  return PgBossQueue.open({ ...options, databaseUrl: options.databaseUrl });
}

export { InProcessQueue } from './in-process.js';
export { PermanentJobError, isRetryable, errorReason } from './errors.js';
export { screeningHandlers, type ScreeningOptions } from './screening.js';
export { submitScreening, fanIn, waitForCandidates, type BatchProgress } from './submit.js';
export { runWorker, type WorkerOptions } from './worker.js';
export * from './types.js';
