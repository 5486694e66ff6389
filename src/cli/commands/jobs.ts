// `evident worker` takes screening jobs; `evident jobs` lists them (queued,
// running, failed with reasons) and `evident jobs retry ID` queues a failed
// one again. With DATABASE_URL the queue is pg-boss on PostgreSQL; without,
// the embedded store's own queue.
import type { Command } from 'commander';
import type { JobEvent, JobInfo, JobQueue, JobStatus } from '../../jobs/index.js';
import type { Store } from '../../store/index.js';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { chooseFormat, emit, withOutput, type OutputFlags } from '../output.js';

const JOBS_FORMATS = ['terminal', 'json'] as const;

interface StoreFlags {
  db?: string;
  dataDir?: string;
}

function positiveInt(value: string, name: string, max = 100_000): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError(`${name} must be a whole number from 1 to ${max}`, 'E_USAGE');
  return n;
}

async function openBoth(flags: StoreFlags, queueOptions: { supervise?: boolean; leaseSeconds?: number } = {}, concurrency = 1): Promise<{ store: Store; queue: JobQueue }> {
  const { openStore } = await import('../../store/index.js');
  const { openQueue } = await import('../../jobs/index.js');
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // A scan holds one connection for its key's lock and needs another for its queries.
  const store = await openStore({ databaseUrl, dbPath: flags.db, dataDir: flags.dataDir, poolSize: 2 * concurrency + 2 });
  try {
    return { store, queue: await openQueue(store, { databaseUrl, ...queueOptions }) };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** One line per state change, and one when a scan starts reading a checkout (`walk`). */
function eventLine(e: JobEvent): string | undefined {
  const at = new Date().toISOString();
  if (e.type === 'progress') return e.phase === 'walk' ? `${at} ${e.jobId} ${e.name} walk ${e.total} files\n` : undefined;
  const error = e.error ? `: ${e.error}` : '';
  return `${at} ${e.jobId} ${e.name} ${e.status}${error}\n`;
}

function jobsTable(jobs: JobInfo[]): string {
  const counts = new Map<JobStatus, number>();
  for (const j of jobs) counts.set(j.status, (counts.get(j.status) ?? 0) + 1);
  const summary = [...counts].map(([s, n]) => `${s} ${n}`).join(' · ') || 'no jobs';
  const rows = jobs.map((j) => [j.id, j.name.padEnd(16), j.status.padEnd(9), `${j.attempts}/${j.maxAttempts}`.padEnd(5), j.error ?? ''].join('  ').trimEnd());
  return `${summary}\n${rows.map((r) => `${r}\n`).join('')}`;
}

export function registerJobs(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('take screening jobs from the queue until stopped (SIGTERM/SIGINT); DATABASE_URL: pg-boss on PostgreSQL')
    .option('--concurrency <n>', 'jobs run at once', '1')
    .option('--db <path>', 'the embedded store (default ~/.evident/evident.db; ignored with DATABASE_URL)')
    .option('--data-dir <dir>', 'uploaded files (default: data/ beside the database)')
    .option('--lease-seconds <n>', 'seconds before a silent job is given to another worker (pg-boss; a queue setting, default 900)')
    .option('--allow-file-urls', 'accept file:// repository URLs (local testing only: never for a server)')
    .action(async (flags: StoreFlags & { concurrency: string; leaseSeconds?: string; allowFileUrls?: boolean }) => {
      const concurrency = positiveInt(flags.concurrency, '--concurrency', 64);
      const leaseSeconds = flags.leaseSeconds === undefined ? undefined : positiveInt(flags.leaseSeconds, '--lease-seconds');
      const { runWorker } = await import('../../jobs/index.js');
      const { remoteAllowancesFromEnv } = await import('../../ingest/remote-guard.js');
      const { store, queue } = await openBoth(flags, { leaseSeconds }, concurrency);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      io.err(`evident worker: ${queue.kind} queue, ${concurrency} at a time\n`);
      try {
        await runWorker({ store, queue, concurrency, signal: stop.signal, allowFileUrls: flags.allowFileUrls, remote: remoteAllowancesFromEnv(process.env), onEvent: (e) => io.out(eventLine(e) ?? '') });
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await store.close();
      }
      setExit(0);
    });

  const jobs = withOutput(
    program
      .command('jobs')
      .description('list queued, running and failed jobs with their reasons')
      .option('--status <list>', 'only these statuses, comma-separated (queued, retry, running, completed, failed)')
      .option('--limit <n>', 'most jobs listed', '100'),
    JOBS_FORMATS,
    'terminal',
  )
    .option('--db <path>', 'the embedded store (ignored with DATABASE_URL)')
    .action(async (flags: StoreFlags & OutputFlags & { status?: string; limit: string }) => {
      const format = chooseFormat(flags, JOBS_FORMATS, 'terminal');
      const statuses = flags.status?.split(',').map((s) => s.trim()) as JobStatus[] | undefined;
      const { JOB_STATUSES } = await import('../../jobs/index.js');
      const unknown = statuses?.find((s) => !JOB_STATUSES.includes(s));
      if (unknown) throw new UserError(`unknown status ${unknown} (${JOB_STATUSES.join(', ')})`, 'E_USAGE');
      const { store, queue } = await openBoth(flags, { supervise: false });
      try {
        const list = await queue.list({ statuses, limit: positiveInt(flags.limit, '--limit') });
        await emit(io, flags, format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : jobsTable(list));
      } finally {
        await queue.stop({ timeoutMs: 1000 });
        await store.close();
      }
      setExit(0);
    });
  jobs
    .command('retry <id>')
    .description('queue a failed job again')
    .option('--db <path>', 'the embedded store (ignored with DATABASE_URL)')
    .action(async (id: string, flags: StoreFlags, cmd: Command) => {
      // `jobs` has --db too: commander may have given the flag to it.
      const { store, queue } = await openBoth({ ...(cmd.parent?.opts() as StoreFlags), ...flags }, { supervise: false });
      try {
        if (!(await queue.retry(id))) throw new UserError(`no failed job ${id}`, 'E_NOT_FOUND');
        io.out(`queued ${id} again\n`);
      } finally {
        await queue.stop({ timeoutMs: 1000 });
        await store.close();
      }
      setExit(0);
    });
}
