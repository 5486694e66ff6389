// A worker: takes screening jobs until told to stop. SIGTERM or SIGINT stops
// it taking new ones; running jobs finish (or, past the grace period, go back
// to the queue for another worker) and it exits.
import type { Store } from '../store/index.js';
import { screeningHandlers, type ScreeningOptions } from './screening.js';
import type { JobEvent, JobQueue } from './types.js';

export interface WorkerOptions extends Omit<ScreeningOptions, 'store' | 'queue'> {
  store: Store;
  queue: JobQueue;
  concurrency?: number;
  /** Resolves the returned promise when aborted (a signal handler aborts it). */
  signal: AbortSignal;
  /** Time running jobs get to finish once stopping, ms (default 60 s). */
  graceMs?: number;
  onEvent?: (event: JobEvent) => void;
}

export async function runWorker(options: WorkerOptions): Promise<void> {
  const { store, queue } = options;
  const off = options.onEvent ? queue.onEvent(options.onEvent) : undefined;
  await queue.work(screeningHandlers({ ...options, store, queue }), { concurrency: options.concurrency ?? 1 });
  if (!options.signal.aborted) await new Promise<void>((resolve) => options.signal.addEventListener('abort', () => resolve(), { once: true }));
  await queue.stop({ timeoutMs: options.graceMs ?? 60_000 });
  off?.();
}
