// Archive (.zip, .tar.gz/.tgz, .tar) → a fresh temporary folder, with limits
// on entries, total size, compression ratio and time. An entry that would
// land outside the root refuses the whole archive; link entries, special
// files and git metadata are left out and recorded, so an archive never has
// git history. The folder is removed by dispose() and on failure.
import { lstat, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isUserError, UserError } from '../util/errors.js';
import { Extraction } from './archive-entry.js';
import { extractTar } from './archive-tar.js';
import { extractZip } from './archive-zip.js';
import { makeTempDir, removeTempDir, resolveLimits } from './limits.js';
import type { SourceOptions } from './source.js';
import type { OpenedSource, Skipped } from './types.js';

type ArchiveFormat = 'zip' | 'tar.gz' | 'tar';

export async function openArchiveSource(abs: string, input: string, options: SourceOptions): Promise<OpenedSource> {
  const shown = basename(abs);
  const format = await formatOf(abs, shown);
  const tmp = await makeTempDir('archive');
  const dispose = () => removeTempDir(tmp);
  try {
    const dest = join(tmp, 'x');
    const ex = new Extraction(dest, shown, resolveLimits(options));
    await mkdir(dest, { mode: 0o700 });
    await unpack(abs, format, ex);
    const top = await singleTopFolder(dest, ex.tops);
    const root = top ? join(dest, top) : dest;
    const skipped = [...relativeTo(ex.skipped, top), ...(await neutraliseBareRepository(root))];
    return { input, kind: 'archive', root, name: archiveName(shown), skipped, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

async function unpack(abs: string, format: ArchiveFormat, ex: Extraction): Promise<void> {
  // The time limit holds even if a stream never ends: the streams are stopped and the wait ends.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = ex.timedOut();
      ex.abort.abort(err);
      reject(err);
    }, ex.limits.timeoutMs);
  });
  try {
    const work = format === 'zip' ? extractZip(abs, ex) : extractTar(abs, format === 'tar.gz', ex);
    // After a timeout the aborted work still settles; its error is the timeout's, already thrown.
    work.catch(() => undefined);
    await Promise.race([work, timeout]);
  } catch (err) {
    if (ex.abort.signal.aborted) throw ex.abort.signal.reason;
    if (isUserError(err)) throw err;
    // A corrupt or truncated archive: one line naming it, the library's reason as the cause.
    const reason = (err as Error).message?.split('\n')[0] || 'unreadable';
    throw new UserError(`cannot read archive ${ex.archive}: ${reason}`, 'E_SOURCE', { cause: err });
  } finally {
    clearTimeout(timer);
  }
}

/** A HEAD file larger than this is no git HEAD. */
const HEAD_PROBE_BYTES = 256;

/**
 * Git takes a folder holding a valid `HEAD` (`ref: refs/…` or a commit id)
 * beside `objects/` and `refs/` (or a `commondir` file) for a bare repository.
 * A HEAD like that at the root is git metadata, never a project's file: it is
 * removed, so git run in the root finds no repository there. Any case, for
 * case-insensitive file systems.
 */
async function neutraliseBareRepository(root: string): Promise<Skipped[]> {
  const names = await readdir(root).catch(() => [] as string[]);
  const skipped: Skipped[] = [];
  for (const name of names.filter((n) => n.toLowerCase() === 'head')) {
    const abs = join(root, name);
    const st = await lstat(abs).catch(() => undefined);
    if (!st?.isFile() || st.size > HEAD_PROBE_BYTES) continue;
    const text = await readFile(abs, 'latin1').catch(() => '');
    if (!/^(ref:|[0-9a-f]{40}|[0-9a-f]{64})/i.test(text.trimStart())) continue;
    await unlink(abs);
    skipped.push({ path: name, reason: 'excluded-folder', detail: 'git metadata: a bare repository HEAD (not extracted)' });
  }
  return skipped;
}

/** The format from the first bytes (names lie), the name deciding only for plain tar. */
async function formatOf(abs: string, shown: string): Promise<ArchiveFormat> {
  const head = Buffer.alloc(4);
  const handle = await open(abs, 'r');
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
  // PK\3\4 (a local file header) or PK\5\6 (an empty archive's end record).
  if (head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) return 'zip';
  if (/\.tar$/i.test(shown)) return 'tar';
  throw new UserError(`cannot read archive ${shown}: not a zip, tar or gzip file`, 'E_SOURCE');
}

/** When every entry sits in one top-level folder (`repo-main/…`), that folder is the root. */
async function singleTopFolder(dest: string, tops: Set<string>): Promise<string | undefined> {
  if (tops.size !== 1) return undefined;
  const [top] = tops;
  const entries = await readdir(dest, { withFileTypes: true }).catch(() => []);
  return entries.length === 1 && entries[0].name === top && entries[0].isDirectory() ? top : undefined;
}

function relativeTo(skipped: Skipped[], top: string | undefined): Skipped[] {
  if (!top) return skipped;
  return skipped
    .filter((s) => s.path !== `${top}/`)
    .map((s) => ({ ...s, path: s.path.startsWith(`${top}/`) ? s.path.slice(top.length + 1) : s.path }));
}

function archiveName(file: string): string {
  return file.replace(/\.(zip|tar\.gz|tgz|tar)$/i, '') || file;
}
