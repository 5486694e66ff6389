// One pass of `git log` for every statistic: non-merge commits with author
// (as recorded: no .mailmap is ever read, see git-shadow.ts), dates and
// lines added per path, with renames followed (renames.ts). When objects are missing
// (a partial clone, a repository whose large blobs were left out) that pass
// fails; the history is then read in two steps, so that what can be read
// still counts: every commit's header (needs commit objects only), then the
// lines added, commit by commit; a commit whose diff fails is read around
// its missing blobs (readAround), and only what stays unknown is left
// without lines and credited to no one.
import { extname } from 'node:path';
import { GitRunError, tryGit, type CandidateRepo } from './git.js';
import { hasNumstat, LOG_FORMAT, parseRaw, RecordStream, type RawChange } from './log-parse.js';
import type { BoundLimits, Selection } from './bound.js';
import { followRenames } from './renames.js';
import type { CommitRecord } from './types.js';

export { parseLog } from './log-parse.js';

/** Rename detection (`-M`, git's default 50% similarity), NUL-terminated fields (`-z`: paths verbatim). */
const DIFF_FLAGS = ['-M', '-z', '--no-textconv', '--no-ext-diff'];
const LOG_FLAGS = ['--no-merges', ...DIFF_FLAGS];
/** Time for reading the whole log, ms. */
export const LOG_TIMEOUT_MS = 120_000;
/** Most bytes of log output read (about 2 million commits of typical size). */
export const MAX_LOG_BYTES = 512 * 1024 * 1024;
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

interface Streamed {
  complete: CommitRecord[];
  tail?: CommitRecord;
  failure?: GitRunError;
}

async function stream(repo: CandidateRepo, args: string[], deadline: number, input?: string): Promise<Streamed> {
  const records = new RecordStream();
  try {
    await repo.git(args, { timeoutMs: Math.max(1, deadline - Date.now()), maxStdout: MAX_LOG_BYTES, onStdout: records.push, input });
    return { complete: records.complete, tail: records.tail() };
  } catch (err) {
    if (!(err instanceof GitRunError)) throw err;
    return { complete: records.complete, tail: records.tail(), failure: err };
  }
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

/** Commits read again around their missing blobs at most (one diff each)... */
export const MAX_PARTIAL_READS = 200;
/** ...each leaving out at most this many paths (they are given on the command line). */
export const MAX_LEFT_OUT_PATHS = 1000;

const ZERO_OID = /^0+$/;

/**
 * Commits whose diff failed, read as far as their objects allow. The list
 * of changes compares trees only (no blob is read), so every commit still
 * counts as touching its paths; a file moved whole (the same blob under a
 * new path: git's exact rename, found by comparing object ids) is a rename
 * even when its blob is missing. The changes whose blobs are present are
 * then diffed as the log diffs them (rename detection included), leaving
 * out only the missing files: a 447-file upload with one missing binary
 * keeps the lines of its 446 other files. What stays unknown (a missing
 * blob, or an added file that may be the renamed copy of a deleted file
 * whose blob is missing) is counted with no lines and credited to no one
 * (`unknownPaths`); a commit of which no line could be read is `unread`.
 */
async function readAround(repo: CandidateRepo, commits: CommitRecord[], deadline: number): Promise<void> {
  if (commits.length === 0) return;
  const input = commits.map((c) => `${c.hash}\n`).join('');
  const listing =
    Date.now() < deadline
      ? await tryGit(repo, ['diff-tree', '--stdin', '-r', '--root', '--always', '--no-renames', '--raw', '-z', '--format=%x1e%H'], {
          timeoutMs: Math.max(1, deadline - Date.now()),
          maxStdout: MAX_LOG_BYTES,
          input,
        })
      : undefined;
  const changes = parseRaw(listing ?? '');
  const missing = await missingObjects(repo, [...changes.values()].flat(), deadline);
  let reads = 0;
  for (const c of commits) {
    const list = changes.get(c.hash);
    if (!list) {
      // Not even the paths could be listed: whatever paths were known stay, with no lines.
      Object.assign(c, { added: 0, unread: true, perPath: new Map([...c.perPath.keys()].map((p) => [p, 0])) });
      c.files = c.perPath.size;
      continue;
    }
    if (missing && reads < MAX_PARTIAL_READS && Date.now() < deadline) {
      const lost = list.filter((e) => missing.has(e.oldOid) || missing.has(e.newOid));
      if (lost.length < list.length && lost.length <= MAX_LEFT_OUT_PATHS) {
        reads++;
        if (await readPart(repo, c, list, lost, deadline)) continue;
      }
    }
    namesOnly(c, list);
  }
}

/** The objects of `changes` that are not in the repository; undefined when that cannot be told. */
async function missingObjects(repo: CandidateRepo, changes: readonly RawChange[], deadline: number): Promise<Set<string> | undefined> {
  const oids = new Set<string>();
  for (const e of changes) {
    if (e.gitlink) continue;
    for (const oid of [e.oldOid, e.newOid]) if (!ZERO_OID.test(oid)) oids.add(oid);
  }
  if (oids.size === 0) return new Set();
  if (Date.now() >= deadline) return undefined;
  const out = await tryGit(repo, ['cat-file', '--batch-check'], {
    timeoutMs: Math.max(1, deadline - Date.now()),
    maxStdout: MAX_LOG_BYTES,
    input: [...oids].map((o) => `${o}\n`).join(''),
  });
  if (out === undefined) return undefined;
  const missing = new Set<string>();
  for (const line of out.split('\n')) {
    const [oid, what] = line.split(' ');
    if (what === 'missing' && oids.has(oid)) missing.add(oid);
  }
  return missing;
}

/**
 * Exact renames among `changes`: a deleted path and an added path holding the
 * same object (git's 100% rename, told by object ids alone). Each deleted
 * path pairs with at most one added path.
 */
function exactRenames(changes: readonly RawChange[]): Array<[from: string, to: string]> {
  const deleted = new Map<string, string[]>();
  for (const e of changes) if (e.status === 'D' && !e.gitlink && !ZERO_OID.test(e.oldOid)) deleted.set(e.oldOid, [...(deleted.get(e.oldOid) ?? []), e.path]);
  const pairs: Array<[string, string]> = [];
  for (const e of changes) {
    if (e.status !== 'A' || e.gitlink) continue;
    const from = deleted.get(e.newOid)?.shift();
    if (from !== undefined) pairs.push([from, e.path]);
  }
  return pairs;
}

/** The file extension that a moved file keeps ('' for none), lower case. */
const extensionOf = (path: string) => extname(path).toLowerCase();

/** The changes of `c` with their lines, leaving out `lost` (missing blobs); false when git still fails. */
async function readPart(repo: CandidateRepo, c: CommitRecord, list: readonly RawChange[], lost: readonly RawChange[], deadline: number): Promise<boolean> {
  const leaveOut = lost.map((e) => `:(exclude,literal)${e.path}`);
  const args = ['diff-tree', '-r', '--root', '--always', ...DIFF_FLAGS, '--numstat', '--format=%x1e%H', c.hash, ...(leaveOut.length > 0 ? ['--', ...leaveOut] : [])];
  const run = await stream(repo, args, deadline);
  const record = run.failure ? undefined : (run.tail ?? run.complete[0]);
  if (!record || record.hash !== c.hash) return false;
  copyChanges(c, record);
  const renames = [...(record.renames ?? [])];
  const unknown = new Set<string>();
  const moved = exactRenames(lost);
  const movedFrom = new Set(moved.map(([from]) => from));
  const movedTo = new Set(moved.map(([, to]) => to));
  for (const [from, to] of moved) renames.push([from, to]);
  const mark = (path: string) => {
    c.files++;
    c.perPath.set(path, 0);
  };
  for (const e of lost) {
    if (movedFrom.has(e.path)) continue;
    mark(e.path);
    if (e.status !== 'D' && !movedTo.has(e.path)) unknown.add(e.path);
  }
  // A file deleted here whose blob is missing may live on under a new path git
  // could not compare with it: an added file of the same kind is then of unknown origin.
  const gone = new Set(lost.filter((e) => e.status === 'D' && !movedFrom.has(e.path)).map((e) => extensionOf(e.path)));
  if (gone.size > 0) {
    const renamedTo = new Set(renames.map(([, to]) => to));
    for (const e of list) {
      if (e.status !== 'A' || renamedTo.has(e.path) || unknown.has(e.path) || !gone.has(extensionOf(e.path))) continue;
      const added = c.perPath.get(e.path);
      if (added === undefined) continue;
      c.added -= added;
      c.perPath.set(e.path, 0);
      unknown.add(e.path);
    }
  }
  if (renames.length > 0) c.renames = renames;
  if (unknown.size > 0) c.unknownPaths = unknown;
  return true;
}

/** Nothing but the list of changes: every path with no lines, exact renames followed, `unread` unless all it did was delete or move whole files. */
function namesOnly(c: CommitRecord, list: readonly RawChange[]): void {
  const moved = exactRenames(list);
  const movedFrom = new Set(moved.map(([from]) => from));
  const movedTo = new Set(moved.map(([, to]) => to));
  const kept = list.filter((e) => !movedFrom.has(e.path));
  c.perPath = new Map(kept.map((e) => [e.path, 0]));
  c.files = c.perPath.size;
  c.added = 0;
  if (moved.length > 0) c.renames = moved;
  else delete c.renames;
  const unknown = kept.filter((e) => e.status !== 'D' && !movedTo.has(e.path)).map((e) => e.path);
  if (unknown.length > 0) {
    c.unread = true;
    c.unknownPaths = new Set(unknown);
  }
}

function copyChanges(to: CommitRecord, from: CommitRecord): void {
  Object.assign(to, { files: from.files, added: from.added, perPath: from.perPath, renames: from.renames });
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
