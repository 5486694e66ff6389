// Reads and parses the walked files. Only files of a parsed format are read;
// the rest are counted by size. Large trees are parsed on worker threads
// (parse-pool.ts), small ones in this thread, where starting workers would
// cost more than it saves. Either way the result is in walk order.
import type { Skipped, WalkedFile } from '../ingest/types.js';
import { formatOf, hasParser, initPython, languageOf } from '../parse/index.js';
import type { FileFacts } from '../parse/types.js';
import { analyserVersion } from '../version.js';
import type { FactCache } from './fact-cache.js';
import { parseJobs, type ParseJob, type ParseOutcome } from './parse-one.js';
import { parsePool, parseThreadCount } from './parse-pool.js';
import { parseTimeLimitMs, runWatched, WorkerFailed } from './parse-watch.js';

/** Worker threads are used above either threshold (of files to parse, and their bytes). */
export const PARALLEL_MIN_FILES = 200;
export const PARALLEL_MIN_BYTES = 5 * 1024 * 1024;

/**
 * Files larger than this are parsed on a worker, under the per-file time
 * limit (parse-watch.ts), even in a tree small enough to parse in this
 * thread; below it every parser's cost is bounded by its linear design.
 */
export const WATCHED_MIN_BYTES = 256 * 1024;

/** A batch sent to a worker holds at most this many files or bytes (one larger file goes alone). */
const BATCH_FILES = 64;
const BATCH_BYTES = 1024 * 1024;
/** The last bytes of a tree go in smaller batches (see `batches`). */
const TAIL_BYTES = 4 * 1024 * 1024;
const TAIL_BATCH_FILES = 16;
const TAIL_BATCH_BYTES = 256 * 1024;

export interface ParseFilesOptions {
  onProgress?: (done: number, total: number) => void;
  /** Folder of the fact cache (fact-cache.ts), keyed by analyserVersion(); no cache when absent. */
  cacheDir?: string;
  /** `auto` (default): threads for large trees; `always` and `never` force the choice. */
  parallel?: 'auto' | 'always' | 'never';
  /**
   * Hears each file's facts as soon as they and those of every file before
   * it are in: the same facts, in the same (walk) order, as `facts` in the
   * result. The detect stage starts its per-file work here while the
   * workers parse (signals/context.ts › FactFeed).
   */
  onFacts?: (facts: FileFacts) => void;
}

/** How the files were handled. */
export interface ParseStats {
  /** Files walked. */
  files: number;
  /** Files of unparsed formats, counted by size only. */
  counted: number;
  /** Files parsed now. */
  parsed: number;
  /** Files whose facts came from the cache. */
  cached: number;
  /** Files read but skipped (binary, unreadable). */
  skipped: number;
  /** Bytes of the files read (parsed, from the cache, or skipped after reading), by their walked size. */
  bytesRead: number;
  /** Worker threads used; 0 when parsed in this thread. */
  threads: number;
}

export interface ParsedFiles {
  facts: FileFacts[];
  skipped: Skipped[];
  stats: ParseStats;
}

interface IndexedJob extends ParseJob {
  index: number;
  size: number;
}

export async function parseFiles(files: readonly WalkedFile[], options: ParseFilesOptions = {}): Promise<ParsedFiles> {
  const results: Array<FileFacts | ParseOutcome> = new Array(files.length);
  const jobs: IndexedJob[] = [];
  let bytes = 0;
  files.forEach((file, index) => {
    const format = formatOf(file.path);
    if (!hasParser(file.path)) results[index] = countOnly(file, format);
    else {
      jobs.push({ path: file.path, abs: file.abs, index, size: file.size });
      bytes += file.size;
    }
  });
  const threads = chooseThreads(options.parallel ?? 'auto', jobs.length, bytes);
  let done = files.length - jobs.length;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(done, files.length);
  };
  // Facts are handed on in walk order: `next` is the first file not yet handed on.
  let next = 0;
  const handOn = (): void => {
    for (; next < results.length && results[next] !== undefined; next++) {
      const r = results[next];
      if (!('kind' in r)) options.onFacts?.(r);
      else if (r.kind === 'facts') options.onFacts?.(r.facts);
    }
  };
  const place = (job: IndexedJob, outcome: ParseOutcome): void => {
    results[job.index] = outcome;
    if (options.onFacts && job.index === next) handOn();
  };
  if (options.onFacts) handOn();
  const cache = options.cacheDir ? { dir: options.cacheDir, analyser: await analyserVersion(options.cacheDir) } : undefined;
  if (threads > 0) await parseInPool(jobs, cache, place, progress);
  else if (options.parallel === 'never') await parseHere(jobs, cache, place, progress);
  else {
    await parseInPool(jobs.filter((j) => j.size > WATCHED_MIN_BYTES), cache, place, progress);
    await parseHere(jobs.filter((j) => j.size <= WATCHED_MIN_BYTES), cache, place, progress);
  }
  if (jobs.length === 0) options.onProgress?.(files.length, files.length);
  if (options.onFacts) handOn();
  return collect(results, files.length - jobs.length, threads, bytes);
}

function chooseThreads(parallel: 'auto' | 'always' | 'never', count: number, bytes: number): number {
  if (parallel === 'never' || count === 0) return 0;
  const threads = parseThreadCount();
  if (parallel === 'always') return threads;
  const large = count > PARALLEL_MIN_FILES || bytes > PARALLEL_MIN_BYTES;
  return large && threads > 1 ? threads : 0;
}

type Place = (job: IndexedJob, outcome: ParseOutcome) => void;

async function parseHere(jobs: IndexedJob[], cache: FactCache | undefined, place: Place, progress: (n: number) => void): Promise<void> {
  await initPython();
  let reported = 0;
  await parseJobs(jobs, cache, (outcome, i) => {
    place(jobs[i], outcome);
    const n = i + 1;
    if (n % 50 === 0 || n === jobs.length) {
      progress(n - reported);
      reported = n;
    }
  });
}

async function parseInPool(jobs: IndexedJob[], cache: FactCache | undefined, place: Place, progress: (n: number) => void): Promise<void> {
  if (jobs.length === 0) return;
  const pool = parsePool();
  const limitMs = parseTimeLimitMs();
  const run = async (batch: IndexedJob[]): Promise<void> => {
    const outcomes = await runWatched(pool, batch.map(({ path, abs }) => ({ path, abs })), cache, limitMs);
    outcomes.forEach((outcome, i) => place(batch[i], outcome));
  };
  // One batch per thread, and one more waiting in piscina's queue: a worker
  // that finishes a batch starts the next at once, instead of waiting while
  // this thread reads its result and hands the facts on (onFacts).
  const queue = batches(jobs);
  const runner = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      try {
        await run(batch);
      } catch (err) {
        if (!(err instanceof WorkerFailed)) throw err;
        // A worker that cannot start or dies must not lose the scan: each file alone.
        for (const job of batch) await runAlone(job);
      }
      progress(batch.length);
    }
  };
  const runAlone = async (job: IndexedJob): Promise<void> => {
    try {
      await run([job]);
    } catch (err) {
      if (!(err instanceof WorkerFailed)) throw err;
      // Small files are safe to parse here; a large one that killed a worker is not.
      if (job.size <= WATCHED_MIN_BYTES) {
        await initPython();
        place(job, (await parseJobs([job], cache))[0]);
      } else {
        place(job, { kind: 'skipped', skipped: { path: job.path, reason: 'limit', detail: 'the parse worker stopped (memory limit)' } });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parseThreadCount() + 1, queue.length) }, runner));
}

/**
 * Consecutive runs of jobs, cut at BATCH_FILES files or BATCH_BYTES bytes,
 * and smaller in the last TAIL_BYTES, so the workers finish close together
 * instead of one parsing a last full batch while the other waits.
 */
function batches(jobs: IndexedJob[]): IndexedJob[][] {
  const out: IndexedJob[][] = [];
  let current: IndexedJob[] = [];
  let size = 0;
  let left = jobs.reduce((n, j) => n + j.size, 0);
  for (const job of jobs) {
    const tail = left <= TAIL_BYTES;
    left -= job.size;
    const maxFiles = tail ? TAIL_BATCH_FILES : BATCH_FILES;
    const maxBytes = tail ? TAIL_BATCH_BYTES : BATCH_BYTES;
    if (current.length > 0 && (current.length >= maxFiles || size + job.size > maxBytes)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(job);
    size += job.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function collect(results: Array<FileFacts | ParseOutcome>, counted: number, threads: number, bytesRead: number): ParsedFiles {
  const facts: FileFacts[] = [];
  const skipped: Skipped[] = [];
  const stats: ParseStats = { files: results.length, counted, parsed: 0, cached: 0, skipped: 0, threads, bytesRead };
  for (const r of results) {
    if (!('kind' in r)) facts.push(r);
    else if (r.kind === 'skipped') {
      skipped.push(r.skipped);
      stats.skipped++;
    } else {
      facts.push(r.facts);
      if (r.cached) stats.cached++;
      else stats.parsed++;
    }
  }
  return { facts, skipped, stats };
}

export function countOnly(file: WalkedFile, format = formatOf(file.path)): FileFacts {
  const f: FileFacts = { path: file.path, format, size: file.size, lines: 0 };
  const language = languageOf(file.path);
  if (language) f.language = language;
  return f;
}
