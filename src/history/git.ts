// Git for the history stage. Every command runs through the one runner
// (ingest/git-exec.ts) on a shadow git dir (ingest/git-shadow.ts): the
// candidate's config, hooks, attributes and alternates are never read, a
// missing object is an error and never a fetch, and each run is bounded in
// time and output.
import { GitRunError } from '../ingest/git-exec.js';
import { openCandidateRepo, withCandidateRepo, type CandidateRepo, type GitReadOptions, type OpenResult } from '../ingest/git-shadow.js';

export { openCandidateRepo, withCandidateRepo, type CandidateRepo } from '../ingest/git-shadow.js';
export { GitRunError } from '../ingest/git-exec.js';

/** Runs git; undefined when it fails for any reason (missing objects, limits). */
export async function tryGit(repo: CandidateRepo, args: string[], options?: GitReadOptions): Promise<string | undefined> {
  try {
    return await repo.git(args, options);
  } catch (err) {
    if (err instanceof GitRunError) return undefined;
    throw err;
  }
}

interface Shared {
  opened: Promise<OpenResult>;
  users: number;
}
const SHARED = new Map<string, Shared>();

/**
 * Runs `fn` with the repository at `root` opened once: every `usingRepo(root)`
 * inside it (blame of evidence, file by file) reuses that shadow git dir
 * instead of building its own. The shadow is removed when the last user ends.
 */
export async function withSharedRepo<T>(root: string, fn: () => Promise<T>): Promise<T> {
  let entry = SHARED.get(root);
  if (!entry) {
    entry = { opened: openCandidateRepo(root), users: 0 };
    SHARED.set(root, entry);
  }
  entry.users++;
  try {
    await entry.opened.catch(() => undefined);
    return await fn();
  } finally {
    entry.users--;
    if (entry.users === 0) {
      SHARED.delete(root);
      const opened = await entry.opened.catch(() => undefined);
      await opened?.repo?.dispose();
    }
  }
}

/** Runs `fn` on the shared repository at `root` when there is one, else on one opened for the call. */
export async function usingRepo<T>(root: string, fn: (repo: CandidateRepo) => Promise<T>, otherwise: (reason: string) => T): Promise<T> {
  const shared = await SHARED.get(root)?.opened.catch(() => undefined);
  if (shared?.repo) return fn(shared.repo);
  return withCandidateRepo(root, fn, otherwise);
}
