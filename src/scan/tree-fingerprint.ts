// A fingerprint of a folder as the walker could read it: the name, size,
// modification and change times and mode of every file and link (and the size
// and times of what a link points to), the names of folders, in a fixed
// order. A scan of the folder is decided by these (contents change the times;
// .gitignore files are files like any other), so an unchanged fingerprint
// means an unchanged scan. It is conservative: git metadata and the folders
// the walker always excludes are left out, but git-ignored files are in, so
// touching one only costs a re-scan. Synchronous stat calls are several times
// faster than promises here; the event loop is given a turn every few hundred.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { isExcludedDir, isGitMetadataName } from '../ingest/skip-rules.js';

export interface TreeFingerprint {
  /** sha256 of the entries, hex. */
  digest: string;
  /** Files and links seen. */
  entries: number;
  /** The latest modification time of any file or link seen, or of what a link points to (ms since the epoch). */
  newestMs: number;
}

/** Past this many entries no fingerprint is taken (the walker stops at 200,000 files). */
export const MAX_FINGERPRINT_ENTRIES = 250_000;
const YIELD_EVERY = 500;

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The fingerprint of the folder `root`, or undefined when it is too large or its top cannot be read. */
export async function treeFingerprint(root: string, maxEntries = MAX_FINGERPRINT_ENTRIES): Promise<TreeFingerprint | undefined> {
  const hash = createHash('sha256');
  let entries = 0;
  let newestMs = 0;
  let sinceYield = 0;
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    let list: Dirent[];
    try {
      list = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true }).sort(byName);
    } catch (err) {
      if (rel === '') return undefined;
      hash.update(`! ${rel}\0${(err as NodeJS.ErrnoException).code}\n`);
      continue;
    }
    const folders: string[] = [];
    for (const entry of list) {
      if (isGitMetadataName(entry.name)) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        hash.update(`d ${path}\n`);
        if (!isExcludedDir(entry.name)) folders.push(path);
        continue;
      }
      const abs = join(root, path);
      const own = lstatSync(abs, { throwIfNoEntry: false });
      if (!own) continue;
      hash.update(`f ${path}\0${own.size}\0${own.mtimeMs}\0${own.ctimeMs}\0${own.mode}\n`);
      newestMs = Math.max(newestMs, own.mtimeMs);
      if (own.isSymbolicLink()) {
        const target = statSync(abs, { throwIfNoEntry: false });
        if (target) {
          hash.update(`> ${target.size}\0${target.mtimeMs}\0${target.ctimeMs}\0${target.mode}\n`);
          newestMs = Math.max(newestMs, target.mtimeMs);
        }
      }
      if (++entries > maxEntries) return undefined;
      if (++sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        await setImmediate();
      }
    }
    // Depth-first in name order: the order is fixed by the tree alone.
    for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i]);
  }
  return { digest: hash.digest('hex'), entries, newestMs };
}
