// Streaming `git log`/`diff-tree` records out of git for log.ts and
// log-around.ts: the flags every diff uses, the output bound, and the records
// read before a failure.
import { GitRunError, type CandidateRepo } from './git.js';
import { RecordStream } from './log-parse.js';
import type { CommitRecord } from './types.js';

/** Rename detection (`-M`, git's default 50% similarity), NUL-terminated fields (`-z`: paths verbatim). */
export const DIFF_FLAGS = ['-M', '-z', '--no-textconv', '--no-ext-diff'];
/** Most bytes of log output read (about 2 million commits of typical size). */
export const MAX_LOG_BYTES = 512 * 1024 * 1024;

export interface Streamed {
  complete: CommitRecord[];
  tail?: CommitRecord;
  failure?: GitRunError;
}

export async function stream(repo: CandidateRepo, args: string[], deadline: number, input?: string): Promise<Streamed> {
  const records = new RecordStream();
  try {
    await repo.git(args, { timeoutMs: Math.max(1, deadline - Date.now()), maxStdout: MAX_LOG_BYTES, onStdout: records.push, input });
    return { complete: records.complete, tail: records.tail() };
  } catch (err) {
    if (!(err instanceof GitRunError)) throw err;
    return { complete: records.complete, tail: records.tail(), failure: err };
  }
}

/** Copies one record's changes (files, lines added, per path, renames) onto another. */
export function copyChanges(to: CommitRecord, from: CommitRecord): void {
  Object.assign(to, { files: from.files, added: from.added, perPath: from.perPath, renames: from.renames });
}
