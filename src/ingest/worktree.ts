// A folder's working tree against the commit it is checked out at. A checkout
// that failed, a sparse checkout or files deleted and not committed leave a
// working tree that lacks files its HEAD commit tracks: the scan reads what is
// on disk, and the report must say so, never "no Python code" of a repository
// whose commit holds Python (real-people review: an empty working tree whose
// last commit holds 103 Python files). Read through the shadow git dir
// (git-shadow.ts): nothing in the repository's config, hooks or attributes runs.
import { lstat } from 'node:fs/promises';
import { isAbsolute, join, normalize, sep } from 'node:path';
import type { WorktreeGap } from '../model/scan.js';
import { parseLsTree, readHeadTree, type TreeEntry } from './tracked.js';

/** Files checked on disk at once. */
const BATCH = 256;
/** Above this many tracked files the check is not made (it stays cheap on any repository). */
export const MAX_TRACKED = 200_000;

const isPython = (path: string) => /\.(py|ipynb)$/i.test(path);

/** Regular files and executables: a clone writes no links, and a submodule is another repository. */
function isRegular(entry: TreeEntry): boolean {
  return entry.mode === '100644' || entry.mode === '100755';
}

/** Regular files (and executables) HEAD's tree tracks, from `git ls-tree -r -z HEAD`: links and submodules are left out. */
export function trackedFiles(lsTree: string): string[] {
  return parseLsTree(lsTree)
    .filter(isRegular)
    .map((e) => e.path);
}

/** Whether `root/path` exists on disk, for a path git wrote into a tree (never outside `root`). */
async function onDisk(root: string, path: string): Promise<boolean> {
  const rel = normalize(path);
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return true;
  return lstat(join(root, rel)).then(
    () => true,
    () => false,
  );
}

/**
 * The files HEAD tracks that the working tree at `root` lacks; undefined when
 * nothing is missing, when `root` holds no git history of its own, or when git
 * cannot tell (a missing object, a time limit: the scan then says nothing).
 */
export async function worktreeGap(root: string): Promise<WorktreeGap | undefined> {
  const head = await readHeadTree(root);
  return head ? worktreeGapOf(root, head) : undefined;
}

/** worktreeGap for HEAD's tree already read (tracked.ts): the scan lists it once, for the walker and for this. */
export async function worktreeGapOf(root: string, head: readonly TreeEntry[]): Promise<WorktreeGap | undefined> {
  const files = head.filter(isRegular).map((e) => e.path);
  if (files.length > MAX_TRACKED) return undefined;
  let missing = 0;
  let missingPython = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const present = await Promise.all(batch.map((f) => onDisk(root, f)));
    present.forEach((p, j) => {
      if (p) return;
      missing += 1;
      if (isPython(batch[j])) missingPython += 1;
    });
  }
  if (missing === 0) return undefined;
  return { tracked: files.length, missing, trackedPython: files.filter(isPython).length, missingPython };
}
