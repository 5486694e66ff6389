// .zip extraction with yauzl. Two passes: every name, size and ratio in the
// central directory is checked before a single byte is unpacked, so a refused
// archive writes nothing. yauzl also checks that no entry inflates to more
// than it declares (validateEntrySizes).
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { EntryKind, Extraction } from './archive-entry.js';

interface Planned {
  entry: Entry;
  path: string;
  kind: EntryKind;
}

const S_IFMT = 0o170000;

export async function extractZip(file: string, ex: Extraction): Promise<void> {
  // decodeStrings off: names are decoded below without yauzl's own checks, so refusals read the same for zip and tar.
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  try {
    if (zip.entryCount > ex.limits.maxEntries) throw ex.refuse(`more than ${ex.limits.maxEntries} entries`);
    const planned = await planEntries(zip, ex);
    ex.checkRatio(ex.declaredBytes, zip.fileSize, 'the archive');
    for (const item of planned) {
      if (item.kind === 'directory') await ex.makeDir(item.path);
      else await ex.writeFile(item.path, await zip.openReadStreamPromise(item.entry));
    }
  } finally {
    zip.close();
  }
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
    if (!entry.canDecodeFileData()) {
      ex.leaveOut(path, 'unreadable', `unsupported compression method ${entry.compressionMethod}`);
      continue;
    }
    ex.checkDeclared(path, entry.uncompressedSize, entry.compressedSize);
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
