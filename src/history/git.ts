// Git for the history stage. Every command runs through the one runner
// (ingest/git-exec.ts) on a shadow git dir (ingest/git-shadow.ts): the
// candidate's config, hooks, attributes and alternates are never read, a
// missing object is an error and never a fetch, and each run is bounded in
// time and output.
import { GitRunError } from '../ingest/git-exec.js';
import type { CandidateRepo, GitReadOptions } from '../ingest/git-shadow.js';

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
