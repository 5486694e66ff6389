// .zip extraction with yauzl. Two passes: every name and declared size in the
// central directory, and the archive's overall ratio, are checked before a
// single byte is unpacked, so a refused archive writes nothing. Entries are
// read raw and inflated here, so that an entry inflating past its declared
// size is stopped by our own counter with one clear error.
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { EntryKind, Extraction } from './archive-entry.js';

interface Planned {
  entry: Entry;
  path: string;
  kind: EntryKind;
}

const S_IFMT = 0o170000;
const STORED = 0;
const DEFLATED = 8;

export async function extractZip(file: string, ex: Extraction): Promise<void> {
  // decodeStrings off: names are decoded below without yauzl's own checks, so refusals read the same for zip and tar.
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  try {
    if (zip.entryCount > ex.limits.maxEntries) throw ex.refuse(`more than ${ex.limits.maxEntries} entries`);
    const planned = await planEntries(zip, ex);
    ex.checkRatio(ex.declaredBytes, zip.fileSize, 'declared');
    for (const item of planned) {
      if (item.kind === 'directory') await ex.makeDir(item.path);
      else await writeEntry(zip, item, ex);
    }
  } finally {
    zip.close();
  }
}

async function writeEntry(zip: ZipFile, { entry, path }: Planned, ex: Extraction): Promise<void> {
  const handle = await ex.createFile(path);
  if (!handle) return;
  let raw: Readable;
  try {
    raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
  } catch (err) {
    await handle.close();
    throw err;
  }
  // yauzl may re-emit a stream error on a later tick; the pipeline has reported it by then.
  raw.on('error', () => undefined);
  const inflate = entry.compressionMethod === DEFLATED ? [createInflateRaw()] : [];
  await ex.fill(handle, path, raw, inflate, entry.uncompressedSize);
}

async function planEntries(zip: ZipFile, ex: Extraction): Promise<Planned[]> {
  const planned: Planned[] = [];
  for await (const entry of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
    const kind = kindOf(entry, name);
    const path = ex.admit(name, kind);
    if (path === undefined || kind === 'directory') {
      if (path !== undefined) planned.push({ entry, path, kind });
      continue;
    }
    if (entry.isEncrypted()) {
      ex.leaveOut(path, 'unreadable', 'encrypted entry');
      continue;
    }
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
      ex.leaveOut(path, 'unreadable', `unsupported compression method ${entry.compressionMethod}`);
      continue;
    }
    ex.checkDeclared(entry.uncompressedSize);
    planned.push({ entry, path, kind });
  }
  return planned;
}

/** Unix mode bits live in the high half of the external attributes when the zip was made on Unix. */
function kindOf(entry: Entry, name: string): EntryKind {
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === 0o120000) return 'link';
  if (name.endsWith('/') || type === 0o040000) return 'directory';
  if (type === 0 || type === 0o100000) return 'file';
  return 'other';
}
