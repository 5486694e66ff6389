// The files a repository tracks, for the walker. Git's rule: ignore patterns
// only concern untracked files, so a file committed before (or despite) a
// .gitignore rule is part of the repository and is read like any other
// (held-out S: a notebook committed under a `/notebooks` rule held the only
// evaluation). https://git-scm.com/docs/gitignore ("Files already tracked by
// Git are not affected").
// Read from HEAD's tree (`git ls-tree`) through the shadow git dir
// (git-shadow.ts), never from `.git/index`: the shadow never reads the
// candidate's index or config, HEAD is the commit the scan reports and the
// scan cache keys a folder by, and a clone's index is HEAD's tree. A file
// staged and not committed is walked as if it were not tracked.
import { withCandidateRepo } from './git-shadow.js';

/** One blob of HEAD's tree. */
export interface TreeEntry {
  /** `100644`, `100755` (executable) or `120000` (link). */
  mode: string;
  /** Repository-relative POSIX path, as git wrote it. */
  path: string;
}

/** Time limit for listing HEAD's tree; past it the walk keeps every ignore rule. */
const LS_TREE_TIMEOUT_MS = 20_000;

/** The blobs in `git ls-tree -r -z` output; a submodule (a commit entry) is another repository and is left out. */
export function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of out.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type] = line.slice(0, tab).split(' ');
    if (type === 'blob') entries.push({ mode, path: line.slice(tab + 1) });
  }
  return entries;
}

/**
 * The blobs HEAD's tree holds, for the work tree at `root` (`root/.git`
 * only); undefined when `root` has no git history of its own or git cannot
 * tell (a missing object, a time or output limit).
 */
export async function readHeadTree(root: string): Promise<TreeEntry[] | undefined> {
  try {
    return await withCandidateRepo(
      root,
      async (repo) => parseLsTree(await repo.git(['ls-tree', '-r', '-z', '--full-tree', repo.head], { timeoutMs: LS_TREE_TIMEOUT_MS })),
      () => undefined,
    );
  } catch {
    return undefined;
  }
}
