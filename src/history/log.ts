// One pass of `git log` for every statistic: non-merge commits with author
// (as recorded: no .mailmap is ever read, see git-shadow.ts), dates and
// lines added per path, with renames followed (renames.ts). When objects are missing
// (a partial clone, a repository whose large blobs were left out) that pass
// fails; the history is then read in two steps, so that what can be read
// still counts: every commit's header (needs commit objects only), then the
// lines added, commit by commit; a commit whose diff fails is read around
// its missing blobs (readAround), and only what stays unknown is left
// without lines and credited to no one.
import { GitRunError, tryGit, type CandidateRepo } from './git.js';
import { hasNumstat, LOG_FORMAT } from './log-parse.js';
import type { BoundLimits, Selection } from './bound.js';
import { followRenames } from './renames.js';
import { readAround } from './log-around.js';
import { copyChanges, DIFF_FLAGS, stream } from './log-stream.js';
import type { CommitRecord } from './types.js';

export { parseLog } from './log-parse.js';
export { MAX_LEFT_OUT_PATHS, MAX_PARTIAL_READS } from './log-around.js';
export { MAX_LOG_BYTES } from './log-stream.js';

const LOG_FLAGS = ['--no-merges', ...DIFF_FLAGS];
/** Time for reading the whole log, ms. */
export const LOG_TIMEOUT_MS = 120_000;
/** Unreadable commits skipped one by one before the rest are counted as unreadable too... */
export const MAX_UNREADABLE_SKIPS = 200;
/** ...or sooner, once this many were skipped and more commits failed than were read (a blobless clone). */
export const EARLY_STOP_SKIPS = 20;

/** What the log could not give. */
export interface LogGaps {
  /** Non-merge commits whose changes could not be read (their lines are not counted). */
  unreadableCommits: number;
  /** The walk stopped before the first commit (a missing commit, or a time or output limit). */
  truncated: boolean;
  /** Why, one sentence. */
  reason: string;
}

export interface LogResult {
  commits: CommitRecord[];
  gaps?: LogGaps;
  /** Present when the history was bounded (bound.ts). */
  bounded?: { otherCommits: number; summarisedCommits: number; sampledCommits: number };
}

/** How to bound a large history: the limits, and which commits to read in full, chosen from headers and paths. */
export interface LogBound {
  limits: BoundLimits;
  select(commits: readonly CommitRecord[]): Selection;
}

const unreadableReason = (n: number) => `objects missing from the repository: the changes of ${n} commit${n === 1 ? '' : 's'} could not be read`;

const limitOf = (err: GitRunError) => (err.reason === 'timeout' ? `the time limit (${LOG_TIMEOUT_MS / 1000} s)` : 'the output limit');

/** The log, newest first, every path under its name at HEAD; bounded above `bound.limits.maxFullCommits` commits. */
export async function readLog(repo: CandidateRepo, options: { timeoutMs?: number; bound?: LogBound } = {}): Promise<LogResult> {
  const timeoutMs = options.timeoutMs ?? LOG_TIMEOUT_MS;
  const log = (options.bound && (await readBounded(repo, options.bound, Date.now() + timeoutMs))) || (await readRecords(repo, timeoutMs));
  followRenames(log.commits);
  return log;
}

/**
 * A large history, bounded (bound.ts): every commit's header and changed
 * paths (`--name-status`, no file is diffed), then lines for the chosen
 * commits only. Undefined when the history is small enough to read whole, or
 * when the paths cannot all be read (then the whole read, which handles
 * missing objects, takes over).
 */
async function readBounded(repo: CandidateRepo, bound: LogBound, deadline: number): Promise<LogResult | undefined> {
  const count = Number((await tryGit(repo, ['rev-list', '--no-merges', '--count', 'HEAD'], { timeoutMs: 30_000 }))?.trim());
  if (!(count > bound.limits.maxFullCommits)) return undefined;
  const paths = await stream(repo, ['log', ...LOG_FLAGS, '--name-status', `--format=${LOG_FORMAT}`, 'HEAD'], deadline);
  if (paths.failure) return undefined;
  const commits = paths.tail ? [...paths.complete, paths.tail] : paths.complete;
  // Chosen on the paths' names at HEAD, without touching the records (renames are followed once, at the end).
  const probe = commits.map((c) => ({ ...c, perPath: new Map(c.perPath) }));
  followRenames(probe);
  const { full, sample, others } = bound.select(probe);
  const unreadable: CommitRecord[] = [];
  await readLines(repo, commits.filter((c) => full.has(c.hash)), deadline, unreadable);
  await readAround(repo, unreadable, deadline);
  const unread = unreadable.filter((c) => c.unread).length;
  for (const c of commits) {
    if (!full.has(c.hash)) c.summarised = true;
    if (sample.has(c.hash)) c.sampled = true;
  }
  const summarised = commits.length - full.size;
  const result: LogResult = { commits };
  if (summarised > 0) result.bounded = { otherCommits: others, summarisedCommits: summarised, sampledCommits: sample.size };
  if (unread > 0) result.gaps = { unreadableCommits: unread, truncated: false, reason: unreadableReason(unread) };
  return result;
}

async function readRecords(repo: CandidateRepo, timeoutMs: number): Promise<LogResult> {
  const deadline = Date.now() + timeoutMs;
  const full = await stream(repo, ['log', ...LOG_FLAGS, '--numstat', `--format=${LOG_FORMAT}`, 'HEAD'], deadline);
  if (!full.failure) return { commits: full.tail ? [...full.complete, full.tail] : full.complete };
  if (full.failure.reason !== 'failed') {
    return { commits: full.complete, gaps: { unreadableCommits: 0, truncated: true, reason: `the log was cut at ${limitOf(full.failure)}` } };
  }
  // Objects are missing. Headers first: they need commit objects only.
  const headers = await stream(repo, ['log', ...LOG_FLAGS, `--format=${LOG_FORMAT}`, 'HEAD'], deadline);
  const commits = headers.tail ? [...headers.complete, headers.tail] : headers.complete;
  const truncated = headers.failure !== undefined;
  // Commits the first pass completed keep their lines; the rest are read one diff at a time.
  const known = new Map(full.complete.map((c) => [c.hash, c]));
  const todo: CommitRecord[] = [];
  for (const c of commits) {
    const done = known.get(c.hash);
    if (done) copyChanges(c, done);
    else todo.push(c);
  }
  const unreadableCommits = await readChanges(repo, todo, deadline);
  const reasons = [
    ...(unreadableCommits > 0 ? [unreadableReason(unreadableCommits)] : []),
    ...(truncated ? [`the history stops at a commit that could not be read${headers.failure?.reason === 'failed' ? '' : ` (${limitOf(headers.failure as GitRunError)})`}`] : []),
  ];
  // Commits read around a missing blob are complete but for those files (`unknownPaths`): analyse.ts judges whether they matter.
  if (reasons.length === 0) return { commits };
  return { commits, gaps: { unreadableCommits, truncated, reason: reasons.join('; ') } };
}

/**
 * Lines added per commit with `git diff-tree --stdin` (same diff as the log's).
 * diff-tree prints a commit's header before its diff, so when it stops on an
 * unreadable object the commit at fault is the one whose output is unfinished:
 * it is counted as unreadable and the run resumes after it. Each unreadable
 * commit is then read around its missing blobs (readAround); the number of
 * commits of which nothing could be read is returned.
 */
async function readChanges(repo: CandidateRepo, todo: CommitRecord[], deadline: number): Promise<number> {
  const unreadable: CommitRecord[] = [];
  await readLines(repo, todo, deadline, unreadable);
  await readAround(repo, unreadable, deadline);
  return unreadable.filter((c) => c.unread).length;
}

async function readLines(repo: CandidateRepo, todo: CommitRecord[], deadline: number, unreadable: CommitRecord[]): Promise<void> {
  let pending = todo;
  let read = 0;
  for (let skips = 0; pending.length > 0; skips++) {
    const hopeless = skips >= EARLY_STOP_SKIPS && read < skips;
    if (hopeless || skips > MAX_UNREADABLE_SKIPS || Date.now() >= deadline) {
      for (const c of pending) unreadable.push(c);
      return;
    }
    const args = ['diff-tree', '--stdin', '-r', '--root', '--always', ...DIFF_FLAGS, '--numstat', '--format=%x1e%H'];
    const run = await stream(repo, args, deadline, pending.map((c) => `${c.hash}\n`).join(''));
    const finished = run.failure ? run.complete : run.tail ? [...run.complete, run.tail] : run.complete;
    // A tail with lines was finished; one without may have failed: counted as failed.
    if (run.failure && run.tail && hasNumstat(run.tail)) finished.push(run.tail);
    for (const [i, r] of finished.entries()) {
      if (pending[i]?.hash === r.hash) copyChanges(pending[i], r);
    }
    read += finished.length;
    if (!run.failure) return;
    if (run.failure.reason !== 'failed') {
      for (const c of pending.slice(finished.length)) unreadable.push(c);
      return;
    }
    unreadable.push(pending[finished.length]);
    pending = pending.slice(finished.length + 1);
  }
}

export async function countMerges(repo: CandidateRepo): Promise<number> {
  const out = await tryGit(repo, ['rev-list', '--merges', '--count', 'HEAD'], { timeoutMs: LOG_TIMEOUT_MS });
  return Number(out?.trim()) || 0;
}

/** Whether HEAD names a commit that can be read. */
export async function headReadable(repo: CandidateRepo): Promise<boolean> {
  const out = await tryGit(repo, ['rev-parse', '--verify', '-q', `${repo.head}^{commit}`], { timeoutMs: 10_000 });
  return out?.trim() === repo.head;
}
