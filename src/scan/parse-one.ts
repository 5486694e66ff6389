// Reads and parses one walked file, through the fact cache when one is given.
// The same code runs in the main thread (small trees) and in the parse
// workers (parse-worker.ts), so both give identical facts. Files are read
// synchronously: a worker has nothing else to do meanwhile, and a promise
// read costs a thread-pool round trip and an extra fstat per file.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { looksBinary } from '../ingest/skip-rules.js';
import type { Skipped } from '../ingest/types.js';
import { parseFile } from '../parse/index.js';
import type { FileFacts } from '../parse/types.js';
import { cacheKey, readCachedFacts, writeCachedFacts, type FactCache } from './fact-cache.js';

/** A file to parse: what a worker needs, and nothing heavy (no bytes). */
export interface ParseJob {
  /** Repository-relative POSIX path. */
  path: string;
  /** Absolute path on disk. */
  abs: string;
}

export type ParseOutcome =
  | { kind: 'facts'; facts: FileFacts; cached: boolean }
  | { kind: 'skipped'; skipped: Skipped };

/** Opening never waits for a writer: a file replaced by a FIFO since the walk is refused, not read. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The file's bytes, or undefined when it cannot be read (gone since the walk, or no longer a regular file). */
export function readJob(job: ParseJob): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(job.abs, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Text saved as UTF-16 (Windows editors, `pip freeze > requirements.txt` in
 * PowerShell) starts with a byte-order mark and is full of NUL bytes: it is
 * re-encoded as UTF-8 so it is parsed, not skipped as binary.
 */
export function utf8Of(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return bytes;
  return Buffer.from(new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes), 'utf8');
}

/** Parses bytes already read (or reports why not). Requires `await initPython()` first. */
export async function parseBytes(job: ParseJob, raw: Uint8Array | undefined, cache?: FactCache): Promise<ParseOutcome> {
  if (!raw) return { kind: 'skipped', skipped: { path: job.path, reason: 'unreadable' } };
  const bytes = utf8Of(raw);
  if (looksBinary(bytes)) return { kind: 'skipped', skipped: { path: job.path, reason: 'binary', detail: 'NUL bytes' } };
  if (!cache) return { kind: 'facts', facts: parseFile(job.path, bytes), cached: false };
  const key = cacheKey(cache.analyser, job.path, bytes);
  const hit = await readCachedFacts(cache.dir, key, job.path, bytes.byteLength);
  if (hit) return { kind: 'facts', facts: hit, cached: true };
  const facts = parseFile(job.path, bytes);
  await writeCachedFacts(cache.dir, key, facts);
  return { kind: 'facts', facts, cached: false };
}

/**
 * Reads and parses jobs in order. `onStart` hears of each file as its read
 * begins (the worker's time-limit clock, parse-watch.ts).
 */
export async function parseJobs(
  jobs: readonly ParseJob[],
  cache: FactCache | undefined,
  onEach?: (outcome: ParseOutcome, index: number) => void,
  onStart?: (index: number) => void,
): Promise<ParseOutcome[]> {
  const out: ParseOutcome[] = [];
  for (let i = 0; i < jobs.length; i++) {
    onStart?.(i);
    const outcome = await parseBytes(jobs[i], readJob(jobs[i]), cache);
    out.push(outcome);
    onEach?.(outcome, i);
  }
  return out;
}
