// `evident worker` processes of the built CLI for the scale-out tests: started
// against a PostgreSQL database, their stdout lines kept and waited on.
import { spawn, type ChildProcess } from 'node:child_process';

export const BIN = new URL('../../dist/src/cli/bin.js', import.meta.url).pathname;

export interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  /** What the worker wrote to stderr (kept to say why a worker died). */
  errors: string[];
  /** Resolves with the first output line matching `pattern`. */
  waitFor: (pattern: RegExp) => Promise<string>;
  exited: Promise<number | null>;
}

/** Starts `evident worker` (lease 5 s, file:// URLs allowed) on the database. */
export function startWorker(databaseUrl: string, dataDir: string, concurrency: number): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', String(concurrency), '--lease-seconds', '5', '--allow-file-urls', '--data-dir', dataDir], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  let rest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.pattern.test(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp) => {
    const seen = lines.find((l) => pattern.test(l));
    return seen ? Promise.resolve(seen) : new Promise<string>((resolve) => waiters.push({ pattern, resolve }));
  };
  return { child, lines, errors, waitFor, exited };
}

/** SIGKILLs every worker still running and waits for them. */
export async function killWorkers(workers: WorkerProcess[]): Promise<void> {
  for (const w of workers.splice(0)) {
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await w.exited;
  }
}

/**
 * Resolves when no job is queued, running or waiting to retry. A candidate is
 * screened once its assessment is saved, which can be before the last input
 * job's own completion is written: tests that read the jobs wait for this.
 */
export async function waitForDrained(queue: { list: (o: { statuses: Array<'queued' | 'running' | 'retry'>; limit: number }) => Promise<unknown[]> }, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await queue.list({ statuses: ['queued', 'running', 'retry'], limit: 1 })).length > 0) {
    if (Date.now() > until) throw new Error('jobs still live after the batch finished');
    await new Promise((r) => setTimeout(r, 200));
  }
}
