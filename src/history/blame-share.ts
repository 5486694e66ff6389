// The blame share of own code at HEAD: how many lines git blame gives the
// candidate, others and machines, over a fixed amount of work (the largest
// own files), with a clock only as a safety net. Split from analyse.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuthorshipView, Side } from './authorship.js';
import { blameFile } from './blame.js';
import { tryGit, type CandidateRepo } from './git.js';

/**
 * Blame reads at most this many own-code files, the largest first: a fixed
 * amount of work, so shares do not depend on the machine's load (a deadline
 * alone left more files unblamed on a busy machine and changed verdicts).
 */
export const MAX_BLAME_FILES = 300;
export interface BlameTally {
  mine: number;
  total: number;
  machine: number;
  notBlamed: string[];
  /** Own-code files past the work cap (MAX_BLAME_FILES), by design not blamed. */
  capped?: number;
  failed: string[];
}

/** Line counts of the files at HEAD, all on one side (no blame needed). */
export async function wholeShare(dir: string, files: readonly string[], side: Side): Promise<BlameTally> {
  let lines = 0;
  for (const path of files) {
    const text = await readFile(join(dir, path), 'utf8').catch(() => '');
    if (text) lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  const total = side === 'machine' ? 0 : lines;
  return { mine: side === 'candidate' ? lines : 0, total, machine: lines - total, notBlamed: [], failed: [] };
}

/** The paths of the files at HEAD (only they can be blamed); undefined when the trees cannot be read. */
async function pathsAtHead(repo: CandidateRepo): Promise<Set<string> | undefined> {
  const out = await tryGit(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', repo.head], { timeoutMs: 30_000, maxStdout: 256 * 1024 * 1024 });
  return out === undefined ? undefined : new Set(out.split('\0').filter((p) => p !== ''));
}

export async function blameShare(repo: CandidateRepo, files: readonly string[], sideOf: AuthorshipView['lineSide'], deadline: number, ownFiles: number): Promise<BlameTally> {
  let mine = 0;
  let total = 0;
  let machine = 0;
  const notBlamed: string[] = [];
  const failed: string[] = [];
  const tracked = await pathsAtHead(repo);
  // A work cap, not only a clock: the caller passes the largest files (they
  // carry most lines), so the same inputs give the same shares however busy
  // the machine is. The clock stays as a safety net.
  const queue = tracked ? files.filter((f) => tracked.has(f)) : [...files];
  const capped = ownFiles - files.length;
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const left = deadline - Date.now();
      if (left <= 0) {
        notBlamed.push(path);
        continue;
      }
      const lines = await blameFile(repo, path, left);
      if (!lines) {
        if (Date.now() >= deadline) notBlamed.push(path);
        else failed.push(path);
        continue;
      }
      for (const l of lines) {
        const side = sideOf(l.name, l.email, l.commit);
        if (side === 'machine') machine++;
        else total++;
        if (side === 'candidate') mine++;
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return { mine, total, machine, notBlamed: notBlamed.sort(), failed: failed.sort(), capped };
}
