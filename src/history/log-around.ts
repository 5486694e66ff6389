// Commits whose diff failed (a blob missing from a partial clone or a
// snapshot), read as far as their objects allow: log.ts's last step.
import { extname } from 'node:path';
import { tryGit, type CandidateRepo } from './git.js';
import { parseRaw, type RawChange } from './log-parse.js';
import { copyChanges, DIFF_FLAGS, MAX_LOG_BYTES, stream } from './log-stream.js';
import type { CommitRecord } from './types.js';

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
export async function readAround(repo: CandidateRepo, commits: CommitRecord[], deadline: number): Promise<void> {
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
