// Whole-result caches under `--cache DIR`, beside the fact cache: a repository's
// scan (`scans/`) and a CV's parse (`cvs/`), so a second `rank` over the same
// inputs neither re-runs git nor re-reads files. A local repository is keyed by
// a fingerprint of its files' paths, sizes and modification times (git's own
// index works the same way), the analyser's own hash (analyserVersion(), so an
// upgraded parser or detector never reuses a scan) and the scan options; a CV by
// its bytes, the analyser's hash (the CV reader is part of it) and the date. Git URLs are not cached (the remote may have moved). Like the fact
// cache, this is an optimisation only: any error is a miss. Parsed CVs hold
// personal data: the cache folder is to be treated like the CVs themselves.
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isGitUrl } from '../ingest/source.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { analyserVersion, VERSION } from '../version.js';

const FORMAT = 'results-v1';
/** Past this many entries a folder is scanned without the cache (the fingerprint would cost too much). */
const MAX_ENTRIES = 50_000;
/** Content-addressed or append-only git folders: a new commit shows in refs and the index anyway. */
const GIT_SKIP = new Set(['.git/objects', '.git/logs']);

export function hashKey(...parts: string[]): string {
  const h = createHash('sha256').update(`${FORMAT}\0${VERSION}`);
  for (const p of parts) h.update(`\0${p}`);
  return h.digest('hex');
}

/** `path size mtime` of every entry under `root`, sorted; undefined when too large or unreadable. */
async function folderFingerprint(root: string): Promise<string | undefined> {
  const lines: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = relative(root, abs).split(sep).join('/');
      if (GIT_SKIP.has(rel)) continue;
      const info = await lstat(abs);
      lines.push(`${rel}\t${info.size}\t${info.mtimeMs}\t${info.mode}`);
      if (lines.length > MAX_ENTRIES) return undefined;
      if (e.isDirectory()) stack.push(abs);
    }
  }
  return lines.sort().join('\n');
}

/** A fingerprint of a local folder or archive and of the analyser that scans it; undefined for git URLs and anything unreadable. */
export async function sourceFingerprint(input: string): Promise<string | undefined> {
  if (isGitUrl(input)) return undefined;
  try {
    const abs = resolve(input);
    const info = await lstat(abs);
    const analyser = await analyserVersion();
    if (info.isFile()) return `${analyser}\n${abs}\tfile\t${info.size}\t${info.mtimeMs}`;
    if (!info.isDirectory()) return undefined;
    const inside = await folderFingerprint(abs);
    return inside === undefined ? undefined : `${analyser}\n${abs}\tdir\n${inside}`;
  } catch {
    return undefined;
  }
}

function entryPath(dir: string, kind: 'scans' | 'cvs', key: string): string {
  return join(dir, kind, `${key}.json`);
}

export async function readEntry<T>(dir: string, kind: 'scans' | 'cvs', key: string): Promise<T | undefined> {
  try {
    const value = JSON.parse(await readFile(entryPath(dir, kind, key), 'utf8')) as { key?: string; value?: T };
    // A truncated or foreign file is a miss.
    return value && value.key === key ? value.value : undefined;
  } catch {
    return undefined;
  }
}

/** Written atomically (util/atomic-write.ts): a parallel reader never sees half an entry. A cache that cannot be written is skipped. */
export async function writeEntry(dir: string, kind: 'scans' | 'cvs', key: string, value: unknown): Promise<void> {
  try {
    await mkdir(join(dir, kind), { recursive: true });
    await writeFileAtomic(entryPath(dir, kind, key), JSON.stringify({ key, value }));
  } catch {
    // The cache is an optimisation: the result is still returned.
  }
}
