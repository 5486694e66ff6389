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
import { withCandidateRepo } from './git-shadow.js';

/** Files checked on disk at once. */
const BATCH = 256;
/** Above this many tracked files the check is not made (it stays cheap on any repository). */
export const MAX_TRACKED = 200_000;

const isPython = (path: string) => /\.(py|ipynb)$/i.test(path);

/**
 * Regular files (and executables) HEAD's tree tracks, from `git ls-tree -r -z HEAD`: links and submodules are left
 * out (a clone writes no links, and a submodule is another repository).
 */
export function trackedFiles(lsTree: string): string[] {
  const out: string[] = [];
  for (const entry of lsTree.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && (mode === '100644' || mode === '100755')) out.push(entry.slice(tab + 1));
  }
  return out;
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
  try {
    return await withCandidateRepo(
      root,
      async (repo) => {
        const files = trackedFiles(await repo.git(['ls-tree', '-r', '-z', '--full-tree', repo.head], { timeoutMs: 20_000 }));
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
      },
      () => undefined,
    );
  } catch {
    return undefined;
  }
}
