// The default queue: jobs run inside this process, recorded in the store's
// `jobs` table (so `evident jobs` can list and retry them, and a restart picks
// up what was queued). One process works a SQLite store's queue; with
// PostgreSQL and several workers, use the pg-boss queue.
import type { Selectable } from 'kysely';
import { newId, type StoreContext } from '../store/context.js';
import type { JobsTable } from '../store/tables.js';
import { errorReason, isRetryable } from './errors.js';
import { JobEvents } from './events.js';
import {
  DEFAULT_RETRY,
  parsePayload,
  retryDelayMs,
  type JobHandlers,
  type JobInfo,
  type JobName,
  type JobPayload,
  type JobQueue,
  type JobStatus,
  type ListOptions,
  type RetryPolicy,
  type SubmitOptions,
  type WorkOptions,
} from './types.js';

type JobRow = Selectable<JobsTable>;

export interface InProcessOptions {
  retry?: Partial<RetryPolicy>;
}

function statusOf(row: JobRow): JobStatus {
  if (row.state === 'queued' && row.attempts > 0) return 'retry';
  return row.state;
}

function toInfo(row: JobRow): JobInfo {
  return {
    id: row.id,
    name: row.name as JobName,
    status: statusOf(row),
    candidateId: row.candidateId,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    error: row.error,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  readonly #ctx: StoreContext;
  readonly #retry: RetryPolicy;
  readonly #events = new JobEvents();
  readonly #running = new Map<string, Promise<void>>();
  readonly #abort = new AbortController();
  #handlers: JobHandlers | undefined;
  #concurrency = 1;
  #stopped = false;
  #pumping = false;
  #pumpAgain = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(ctx: StoreContext, options: InProcessOptions = {}) {
    this.#ctx = ctx;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  async submit<N extends JobName>(name: N, payload: JobPayload<N>, options: SubmitOptions = {}): Promise<string> {
    const data = parsePayload(name, payload);
    const key = options.singletonKey ?? null;
    const live = key ? await this.#liveWithKey(name, key) : undefined;
    if (live) return live;
    const now = this.#ctx.now();
    const id = newId();
    const candidateId = 'candidateId' in data ? data.candidateId : null;
    try {
      await this.#ctx.db
        .insertInto('jobs')
        .values({ id, name, payload: JSON.stringify(data), candidateId, singletonKey: key, state: 'queued', attempts: 0, maxAttempts: 1 + this.#retry.limit, error: null, runAfter: now, createdAt: now, startedAt: null, finishedAt: null })
        .execute();
    } catch (err) {
      // Another submission with the same key got in first: that job is this one.
      const raced = key ? await this.#liveWithKey(name, key) : undefined;
      if (raced) return raced;
      throw err;
    }
    this.#events.emit({ type: 'state', jobId: id, name, candidateId, status: 'queued' });
    this.#pump();
    return id;
  }

  async #liveWithKey(name: string, key: string): Promise<string | undefined> {
    const row = await this.#ctx.db.selectFrom('jobs').select('id').where('name', '=', name).where('singletonKey', '=', key).where('state', 'in', ['queued', 'running']).executeTakeFirst();
    return row?.id;
  }

  async work(handlers: JobHandlers, options: WorkOptions = {}): Promise<void> {
    this.#handlers = handlers;
    this.#concurrency = Math.max(1, options.concurrency ?? 1);
    // Jobs left running by a process that died are queued again (one process works this queue).
    await this.#ctx.db.updateTable('jobs').set({ state: 'queued' }).where('state', '=', 'running').execute();
    this.#pump();
  }

  /** Starts jobs while there are free lanes; re-entrant calls are folded into one loop. */
  #pump(): void {
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = true;
    void this.#fill().finally(() => {
      this.#pumping = false;
      if (this.#pumpAgain) {
        this.#pumpAgain = false;
        this.#pump();
      }
    });
  }

  async #fill(): Promise<void> {
    while (!this.#stopped && this.#handlers && this.#running.size < this.#concurrency) {
      const row = await this.#claim().catch(() => undefined);
      if (!row) {
        await this.#wakeForNext();
        return;
      }
      const run = this.#run(row).finally(() => {
        this.#running.delete(row.id);
        this.#pump();
      });
      this.#running.set(row.id, run);
    }
  }

  async #claim(): Promise<JobRow | undefined> {
    const now = this.#ctx.now();
    const next = await this.#ctx.db.selectFrom('jobs').select('id').where('state', '=', 'queued').where('runAfter', '<=', now).orderBy('runAfter').orderBy('createdAt').limit(1).executeTakeFirst();
    if (!next) return undefined;
    return this.#ctx.db
      .updateTable('jobs')
      .set((eb) => ({ state: 'running', attempts: eb('attempts', '+', 1), startedAt: now, finishedAt: null }))
      .where('id', '=', next.id)
      .where('state', '=', 'queued')
      .returningAll()
      .executeTakeFirst();
  }

  /** Sets a timer for the earliest job waiting on its retry delay. */
  async #wakeForNext(): Promise<void> {
    if (this.#stopped) return;
    // A store closed or unreachable meanwhile (a stop racing the last pump) sets no timer: the next enqueue or finish pumps again.
    const next = await this.#ctx.db
      .selectFrom('jobs')
      .select('runAfter')
      .where('state', '=', 'queued')
      .orderBy('runAfter')
      .limit(1)
      .executeTakeFirst()
      .catch(() => undefined);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!next || this.#stopped) return;
    const wait = Math.max(10, Date.parse(next.runAfter) - Date.parse(this.#ctx.now()));
    this.#timer = setTimeout(() => this.#pump(), Math.min(wait, 60_000));
    this.#timer.unref();
  }

  async #run(row: JobRow): Promise<void> {
    const name = row.name as JobName;
    const base = { jobId: row.id, name, candidateId: row.candidateId };
    this.#events.emit({ type: 'state', ...base, status: 'running' });
    try {
      const payload = parsePayload(name, JSON.parse(row.payload));
      const handler = this.#handlers?.[name] as (p: unknown, c: unknown) => Promise<void>;
      await handler(payload, {
        jobId: row.id,
        attempt: row.attempts,
        final: row.attempts >= row.maxAttempts,
        signal: this.#abort.signal,
        progress: (phase: string, done: number, total: number) => this.#events.emit({ type: 'progress', ...base, phase, done, total }),
      });
      await this.#ctx.db.updateTable('jobs').set({ state: 'completed', error: null, finishedAt: this.#ctx.now() }).where('id', '=', row.id).execute();
      this.#events.emit({ type: 'state', ...base, status: 'completed' });
    } catch (err) {
      await this.#failed(row, err).catch(() => {});
    }
  }

  async #failed(row: JobRow, err: unknown): Promise<void> {
    const error = errorReason(err);
    const base = { jobId: row.id, name: row.name as JobName, candidateId: row.candidateId };
    if (isRetryable(err) && row.attempts < row.maxAttempts) {
      const runAfter = new Date(Date.parse(this.#ctx.now()) + retryDelayMs(this.#retry, row.attempts)).toISOString();
      await this.#ctx.db.updateTable('jobs').set({ state: 'queued', error, runAfter }).where('id', '=', row.id).execute();
      this.#events.emit({ type: 'state', ...base, status: 'retry', error });
      return;
    }
    await this.#ctx.db.updateTable('jobs').set({ state: 'failed', error, finishedAt: this.#ctx.now() }).where('id', '=', row.id).execute();
    this.#events.emit({ type: 'state', ...base, status: 'failed', error });
  }

  async list(options: ListOptions = {}): Promise<JobInfo[]> {
    let query = this.#ctx.db.selectFrom('jobs').selectAll();
    const statuses = options.statuses;
    if (statuses) {
      const plain = (['running', 'completed', 'failed'] as const).filter((s) => statuses.includes(s));
      query = query.where((eb) =>
        eb.or([
          ...(plain.length > 0 ? [eb('state', 'in', plain)] : []),
          ...(statuses.includes('queued') ? [eb.and([eb('state', '=', 'queued'), eb('attempts', '=', 0)])] : []),
          ...(statuses.includes('retry') ? [eb.and([eb('state', '=', 'queued'), eb('attempts', '>', 0)])] : []),
        ]),
      );
    }
    const rows = await query
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .limit(Math.min(options.limit ?? 100, 10_000))
      .execute();
    return rows.map(toInfo);
  }

  async get(id: string): Promise<JobInfo | undefined> {
    const row = await this.#ctx.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toInfo(row);
  }

  async retry(id: string): Promise<boolean> {
    try {
      const result = await this.#ctx.db
        .updateTable('jobs')
        .set({ state: 'queued', attempts: 0, error: null, runAfter: this.#ctx.now(), startedAt: null, finishedAt: null })
        .where('id', '=', id)
        .where('state', '=', 'failed')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
    } catch {
      // The same work is already queued under its key.
      return false;
    }
    this.#pump();
    return true;
  }

  async forgetCandidate(candidateId: string): Promise<void> {
    await this.#ctx.db.deleteFrom('jobs').where('candidateId', '=', candidateId).execute();
  }

  onEvent(listener: Parameters<JobEvents['on']>[0]): () => void {
    return this.#events.on(listener);
  }

  async stop(options: { timeoutMs?: number } = {}): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#abort.abort();
    const all = Promise.allSettled([...this.#running.values()]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, options.timeoutMs ?? 30_000);
    });
    await Promise.race([all, timeout]);
    clearTimeout(timer);
  }
}
