// The scale-out queue: pg-boss on PostgreSQL, for any number of `evident
// worker` processes on any machines. Each job has a lease (pg-boss's expiry):
// a worker killed mid-job stops renewing nothing, its lease runs out, and the
// next maintenance pass (any live worker) puts the job back for another
// worker. Queues use the `stately` policy and every job a singleton key, so a
// duplicate submission while the first waits is the same job.
import PgBoss from 'pg-boss';
import { newId } from '../store/context.js';
import { errorReason, isRetryable } from './errors.js';
import { JobEvents } from './events.js';
import { deleteCandidateJobs, lastAttempt, listJobs, liveJobWithKey, SCHEMA } from './pg-boss-jobs.js';
import {
  DEFAULT_RETRY,
  JOB_NAMES,
  parsePayload,
  type JobEvent,
  type JobHandlers,
  type JobInfo,
  type JobName,
  type JobPayload,
  type JobQueue,
  type ListOptions,
  type RetryPolicy,
  type SubmitOptions,
  type WorkOptions,
} from './types.js';

export interface PgBossQueueOptions {
  databaseUrl: string;
  retry?: Partial<RetryPolicy>;
  /** Seconds a job may run before another worker may take it over (default 900); given, it becomes the queues' setting. */
  leaseSeconds?: number;
  /** Seconds between checks for expired leases (default a third of the lease, 1 to 30). */
  maintenanceSeconds?: number;
  /** Wait between polls when there is no job, ms (default 1000). */
  pollMs?: number;
  /** pg-boss's connection pool (default 4). */
  poolSize?: number;
  /** Run lease checks and archiving (default true; off for a process that only lists jobs). */
  supervise?: boolean;
}

/** A clone (time limit 2 minutes) and a scan fit well inside. */
export const DEFAULT_LEASE_SECONDS = 900;

/** Assessments first, so candidates finish; then CVs, then scans. */
const FETCH_ORDER: readonly JobName[] = ['assess-candidate', 'parse-cv', 'scan-repository'];

type Fetched = PgBoss.JobWithMetadata<unknown>;

/** Waits `ms` or until aborted; the abort listener goes with the wait (a lane polls for days). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => (clearTimeout(timer), resolve());
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Creates a queue unless it exists. Processes starting together on a fresh
 * database (a worker and `rank --submit`) may deadlock creating the queues'
 * partitions: PostgreSQL picks one as the victim, which tries again.
 */
async function createQueueOnce(boss: PgBoss, name: JobName, settings: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(name)) return;
      await boss.createQueue(name, { name, ...settings });
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      // 40P01 deadlock, 23505 a unique key taken by the other process's creation.
      if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt));
    }
  }
}

export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  readonly #boss: PgBoss;
  readonly #retry: RetryPolicy;
  readonly #pollMs: number;
  readonly #events = new JobEvents();
  readonly #abort = new AbortController();
  readonly #active = new Map<string, JobName>();
  #lanes: Promise<void>[] = [];
  #handlers: JobHandlers | undefined;
  #closed = false;
  /** The last error pg-boss reported (a lost connection while PostgreSQL restarts). */
  lastError: Error | undefined;

  private constructor(options: PgBossQueueOptions) {
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#pollMs = options.pollMs ?? 1000;
    this.#boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: SCHEMA,
      max: options.poolSize ?? 4,
      schedule: false,
      supervise: options.supervise ?? true,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? Math.min(30, Math.max(1, Math.floor((options.leaseSeconds ?? DEFAULT_LEASE_SECONDS) / 3))),
      expireInSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
      retryLimit: this.#retry.limit,
      retryDelay: Math.round(this.#retry.delayMs / 1000),
      retryBackoff: this.#retry.backoff,
    });
    // pg-boss reports lost connections here and carries on; an unhandled 'error' would end the process.
    this.#boss.on('error', (err) => {
      this.lastError = err;
    });
  }

  /**
   * Connects, creates pg-boss's schema and the queues if needed. The lease is
   * a queue setting, taken by each job when queued: `leaseSeconds`, when
   * given, changes it for jobs queued from then on.
   */
  static async open(options: PgBossQueueOptions): Promise<PgBossQueue> {
    const queue = new PgBossQueue(options);
    await queue.#boss.start();
    const settings = {
      policy: 'stately' as const,
      retryLimit: queue.#retry.limit,
      retryDelay: Math.round(queue.#retry.delayMs / 1000),
      retryBackoff: queue.#retry.backoff,
      expireInSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
    };
    for (const name of JOB_NAMES) {
      await createQueueOnce(queue.#boss, name, settings);
      if (options.leaseSeconds !== undefined) await queue.#boss.updateQueue(name, { name, policy: 'stately', expireInSeconds: options.leaseSeconds });
    }
    return queue;
  }

  get #db(): PgBoss.Db {
    return this.#boss.getDb();
  }

  async submit<N extends JobName>(name: N, payload: JobPayload<N>, options: SubmitOptions = {}): Promise<string> {
    const data = parsePayload(name, payload);
    // Stately queues allow one waiting job per key; a job without a key of its own gets a unique one.
    const key = options.singletonKey ?? `job:${newId()}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const live = options.singletonKey ? await liveJobWithKey(this.#db, name, key) : undefined;
      if (live) return live;
      const id = await this.#boss.send(name, data, { singletonKey: key });
      if (id) {
        this.#events.emit({ type: 'state', jobId: id, name, candidateId: data.candidateId, status: 'queued' });
        return id;
      }
    }
    throw new Error(`could not queue ${name}`);
  }

  async work(handlers: JobHandlers, options: WorkOptions = {}): Promise<void> {
    this.#handlers = handlers;
    const lanes = Math.max(1, options.concurrency ?? 1);
    this.#lanes = Array.from({ length: lanes }, () => this.#lane());
  }

  async #lane(): Promise<void> {
    while (!this.#abort.signal.aborted) {
      const job = await this.#fetch();
      if (job) await this.#run(job);
      else await sleep(this.#pollMs, this.#abort.signal);
    }
  }

  async #fetch(): Promise<Fetched | undefined> {
    for (const name of FETCH_ORDER) {
      if (this.#abort.signal.aborted) return undefined;
      // pg-boss's fetch answers [] when the database is away; the lane polls again.
      const [job] = await this.#boss.fetch<unknown>(name, { batchSize: 1, includeMetadata: true }).catch(() => [] as Fetched[]);
      if (job) return job;
    }
    return undefined;
  }

  async #run(job: Fetched): Promise<void> {
    const name = job.name as JobName;
    const candidateId = (job.data as { candidateId?: string } | null)?.candidateId ?? null;
    const base = { jobId: job.id, name, candidateId };
    this.#active.set(job.id, name);
    this.#events.emit({ type: 'state', ...base, status: 'running' });
    try {
      const payload = parsePayload(name, job.data);
      const handler = this.#handlers?.[name] as (p: unknown, c: unknown) => Promise<void>;
      await handler(payload, {
        jobId: job.id,
        attempt: job.retryCount + 1,
        final: job.retryCount >= job.retryLimit,
        signal: this.#abort.signal,
        progress: (phase: string, done: number, total: number) => this.#events.emit({ type: 'progress', ...base, phase, done, total }),
      });
      await this.#persist(() => this.#boss.complete(name, job.id));
      this.#events.emit({ type: 'state', ...base, status: 'completed' });
    } catch (err) {
      const error = errorReason(err);
      const retry = isRetryable(err) && job.retryCount < job.retryLimit;
      await this.#persist(async () => {
        if (!retry) await lastAttempt(this.#db, name, job.id);
        await this.#boss.fail(name, job.id, { message: error });
      });
      this.#events.emit({ type: 'state', ...base, status: retry ? 'retry' : 'failed', error });
    } finally {
      this.#active.delete(job.id);
    }
  }

  /** Writes a job's outcome, riding out a short database outage; if it never lands, the lease runs out and the job runs again (results are idempotent). */
  async #persist(write: () => Promise<unknown>): Promise<void> {
    for (let attempt = 0; attempt < 10 && !this.#closed; attempt++) {
      try {
        await write();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
      }
    }
  }

  async list(options: ListOptions = {}): Promise<JobInfo[]> {
    return listJobs(this.#db, Math.min(options.limit ?? 100, 10_000), { statuses: options.statuses });
  }

  async get(id: string): Promise<JobInfo | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [job] = await listJobs(this.#db, 1, { id });
    return job;
  }

  async retry(id: string): Promise<boolean> {
    const job = await this.get(id);
    if (!job || job.status !== 'failed') return false;
    const result = await this.#boss.retry(job.name, id);
    return (result as unknown as { affected?: number }).affected === 1;
  }

  async forgetCandidate(candidateId: string): Promise<void> {
    await deleteCandidateJobs(this.#db, candidateId);
  }

  onEvent(listener: (event: JobEvent) => void): () => void {
    return this.#events.on(listener);
  }

  /** Stops taking jobs; a job still running after `timeoutMs` is handed back (failed as retryable) for another worker. */
  async stop(options: { timeoutMs?: number } = {}): Promise<void> {
    this.#abort.abort();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 30_000);
    });
    const outcome = await Promise.race([Promise.allSettled(this.#lanes), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      for (const [id, name] of this.#active) await this.#boss.fail(name, id, { message: 'the worker stopped before finishing; handed back' }).catch(() => {});
    }
    this.#closed = true;
    await this.#boss.stop({ graceful: false, wait: true, timeout: 1000 }).catch(() => {});
  }
}
