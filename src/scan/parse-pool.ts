// The pool of parse worker threads (https://github.com/piscinajs/piscina):
// created on first use, once per process, and destroyed by whoever owns the
// process (it registers destroyParsePool with util/shutdown.ts, which the CLI
// runs after the command). Idle workers are unref'd by piscina, so a library
// user who never destroys it can still exit.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { onShutdown } from '../util/shutdown.js';
import type { ParseBatch } from './parse-worker.js';

export interface WorkerSpec {
  filename: string;
  execArgv?: string[];
}

/**
 * Where the worker is. Compiled (dist/), it is the `.js` beside this file.
 * From source (vitest, tsx) it is the `.ts` file, and the worker thread
 * needs tsx's loader, which it inherits when the process was started by tsx
 * and is given explicitly otherwise (vitest transforms in-process only).
 */
export function workerSpec(here: string = import.meta.url, execArgv: readonly string[] = process.execArgv): WorkerSpec {
  if (!here.endsWith('.ts')) return { filename: fileURLToPath(new URL('./parse-worker.js', here)) };
  const filename = fileURLToPath(new URL('./parse-worker.ts', here));
  if (execArgv.some((arg) => /[/\\]tsx[/\\]/.test(arg))) return { filename };
  const loader = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return { filename, execArgv: ['--import', loader] };
}

/** Threads to parse with: one per core the process may use, at most 8. */
export function parseThreadCount(): number {
  return Math.min(availableParallelism(), 8);
}

/**
 * Heap of one parse worker (MiB): a file whose facts outgrow it kills only
 * that worker (the file is then skipped), never the process.
 */
export const WORKER_HEAP_MIB = 768;

/** Tasks are batches of files; results the batch's outcomes as JSON text (parse-worker.ts). */
let pool: Piscina<ParseBatch, string> | undefined;

export function parsePool(): Piscina<ParseBatch, string> {
  if (!pool) {
    const threads = parseThreadCount();
    pool = new Piscina<ParseBatch, string>({
      ...workerSpec(),
      name: 'parseBatch',
      minThreads: threads,
      maxThreads: threads,
      // Threads stay for the next repository of a batch scan; unref'd when idle.
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MIB },
    });
    onShutdown(destroyParsePool);
  }
  return pool;
}

/** Whether a pool exists (for tests and the bench). */
export function hasParsePool(): boolean {
  return pool !== undefined;
}

/** Stops the worker threads; the next parse creates a new pool. Safe to call when there is none. */
export async function destroyParsePool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
