// Walking a tree the test builds, for the walker's folder rules
// (src/ingest/walk-*.test.ts): each built tree is removed after its test.
import { afterEach } from 'vitest';
import { walkTree, type WalkResult } from '../../src/ingest/walk.js';
import { buildRepo, type FileTree } from './repo.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Builds `files` in a temporary folder and walks it. */
export async function walk(files: FileTree): Promise<WalkResult> {
  const built = await buildRepo(files);
  cleanups.push(built.cleanup);
  return walkTree(built.root);
}

/** The walked files' paths. */
export const paths = (result: WalkResult): string[] => result.files.map((f) => f.path);
/** Each skipped entry as `path reason`. */
export const skips = (result: WalkResult): string[] => result.skipped.map((s) => `${s.path} ${s.reason}`);
