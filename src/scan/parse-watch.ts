// Runs a batch of parse jobs on the worker pool under a per-file time limit.
// The worker writes which file it is on, and since when, into a shared buffer;
// this thread checks it a few times a second, and when one file has taken
// longer than the limit it aborts the task, which makes piscina terminate
// that worker and start a fresh one. The file is recorded as skipped (reason
// `limit`) and the rest of the batch runs again without it. The clock starts
// when the worker starts the file, so time spent queued never counts.
import type { Piscina } from 'piscina';
import type { FactCache } from './fact-cache.js';
import type { ParseJob, ParseOutcome } from './parse-one.js';
import type { ParseBatch } from './parse-worker.js';

/** Default time one file may take to read and parse on a worker; `EVIDENT_PARSE_TIME_LIMIT_MS` overrides it. */
export const PARSE_TIME_LIMIT_MS = 10_000;

/** The per-file parse time limit in force (ms). */
export function parseTimeLimitMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = Number(env.EVIDENT_PARSE_TIME_LIMIT_MS);
  return Number.isFinite(raw) && raw > 0 ? raw : PARSE_TIME_LIMIT_MS;
}

/** Slots of the shared progress buffer (a Float64Array). */
export const PROGRESS_INDEX = 0;
export const PROGRESS_STARTED = 1;

/** A fresh progress buffer: no file started yet. */
export function progressBuffer(): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT);
  new Float64Array(buffer)[PROGRESS_INDEX] = -1;
  return buffer;
}

/** Called by the worker as it starts the file at `index` of its batch. */
export function markStarted(buffer: SharedArrayBuffer | undefined, index: number): void {
  if (!buffer) return;
  const view = new Float64Array(buffer);
  view[PROGRESS_STARTED] = 0;
  view[PROGRESS_INDEX] = index;
  view[PROGRESS_STARTED] = Date.now();
}

export class WorkerFailed extends Error {}

/**
 * Outcomes of `jobs`, in order. A file over the limit becomes a `limit`
 * skip. Any other worker failure (it could not start, or it died) throws
 * WorkerFailed, and the caller decides what to do with the batch.
 */
export async function runWatched(
  pool: Piscina<ParseBatch, string>,
  jobs: readonly ParseJob[],
  cache: FactCache | undefined,
  limitMs: number,
): Promise<ParseOutcome[]> {
  const out: ParseOutcome[] = new Array(jobs.length);
  let pending = jobs.map((_, i) => i);
  while (pending.length > 0) {
    const progress = progressBuffer();
    const view = new Float64Array(progress);
    const abort = new AbortController();
    const timer = setInterval(
      () => {
        const started = view[PROGRESS_STARTED];
        if (started > 0 && Date.now() - started > limitMs) abort.abort();
      },
      Math.max(10, Math.min(250, limitMs / 4)),
    );
    try {
      const batch = pending.map((i) => jobs[i]);
      const outcomes = JSON.parse(await pool.run({ jobs: batch, cache, progress }, { signal: abort.signal })) as ParseOutcome[];
      outcomes.forEach((outcome, k) => (out[pending[k]] = outcome));
      pending = [];
    } catch (err) {
      if (!abort.signal.aborted) throw new WorkerFailed('parse worker failed', { cause: err });
      const k = view[PROGRESS_INDEX];
      const slow = pending[k];
      out[slow] = { kind: 'skipped', skipped: { path: jobs[slow].path, reason: 'limit', detail: `parsing took over ${limitMs} ms (time limit)` } };
      pending = pending.filter((_, j) => j !== k);
    } finally {
      clearInterval(timer);
    }
  }
  return out;
}
