// A cache of parsed facts on disk, one JSON file per parsed file, so a re-scan
// of an unchanged tree parses nothing. Facts depend on the content, on the
// path (it picks the parser: `setup.py` and `x.py` are both Python but read
// differently; CI files by folder) and on the analyser, so all three are in
// the key (the analyser as analyserVersion(), a hash of its own files). Entries are plain JSON sharded by the key's first two hex digits
// (`<dir>/ab/abcdef….json`). The cache is an optimisation only: any error
// reading or writing it is swallowed and the file is parsed as if uncached.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileFacts } from '../parse/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** Bumped when the entry layout changes (independent of the analyser version). */
const ENTRY_FORMAT = 'facts-v1';

/** Where facts are cached, and the analyser version (analyserVersion()) that made them. */
export interface FactCache {
  dir: string;
  analyser: string;
}

/** sha256 over the entry format, analyser version, path and content. */
export function cacheKey(analyser: string, path: string, bytes: Uint8Array): string {
  return createHash('sha256')
    .update(`${ENTRY_FORMAT}\0${analyser}\0${path}\0`)
    .update(bytes)
    .digest('hex');
}

export function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/** The cached facts for `path`, or undefined when absent, unreadable or not what the key promises. */
export async function readCachedFacts(dir: string, key: string, path: string, size: number): Promise<FileFacts | undefined> {
  let text: string;
  try {
    text = await readFile(entryPath(dir, key), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const facts = JSON.parse(text) as FileFacts;
    // A truncated or foreign file parses to something else: treat as a miss.
    if (facts && typeof facts === 'object' && facts.path === path && facts.size === size && typeof facts.format === 'string') {
      return facts;
    }
  } catch {
    // Corrupt entry: ignored, and overwritten by the fresh parse.
  }
  return undefined;
}

/**
 * Stores facts under `key`, atomically (util/atomic-write.ts), so a reader
 * (another worker, another process) never sees half an entry. Returns false
 * when the cache could not be written.
 */
export async function writeCachedFacts(dir: string, key: string, facts: FileFacts): Promise<boolean> {
  const file = entryPath(dir, key);
  const text = JSON.stringify(facts);
  try {
    try {
      await writeFileAtomic(file, text);
    } catch (err) {
      // The shard folder is made on first use rather than checked every time.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      await writeFileAtomic(file, text);
    }
    return true;
  } catch {
    return false;
  }
}
