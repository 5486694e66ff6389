// Reads named parts of a DOCX (a zip, ECMA-376 Part 2 Open Packaging
// Conventions) with yauzl, after checking the central directory against
// limits, so a zip bomb is refused before mammoth or this module inflates it.
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UserError } from '../util/errors.js';

export interface ZipLimits {
  entries: number;
  /** Declared uncompressed bytes, all entries together. */
  totalBytes: number;
  /** Largest compression ratio allowed for a big entry. */
  ratio: number;
  /**
   * Largest XML part (document, styles, ...), bytes. mammoth builds a tree of
   * the whole part: a 3.7 MB document.xml took it 21 s and 640 MB, a 60 MB
   * one ran the process out of memory. Real CVs: document.xml under 100 kB,
   * styles.xml under 500 kB.
   */
  xmlPartBytes: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = { entries: 2000, totalBytes: 80 * 1024 * 1024, ratio: 200, xmlPartBytes: 2 * 1024 * 1024 };

/** Parts taken for images or embedded binaries: not parsed as XML, so not held to `xmlPartBytes`. */
const MEDIA = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|bin|ole|wdp)$/i;

function notDocx(): UserError {
  return new UserError('the file is not a readable DOCX (not a zip archive, or a damaged one)', 'E_CV_CORRUPT');
}

/** True when the bytes start like a zip archive. */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 3 && data[3] === 4;
}

function open(data: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(data), { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(notDocx()) : resolve(zip),
    );
  });
}

/** Inflates an entry (yauzl checks its real size against the declared one); its bytes are kept only when `keep`. */
function readEntry(zip: ZipFile, entry: Entry, keep: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(notDocx());
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        if (keep) chunks.push(c);
      });
      stream.on('error', () => reject(notDocx()));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * Checks every entry against the limits and returns the wanted parts (those
 * present). Throws UserError for a non-zip, a damaged zip or one over limits.
 */
export async function readZipParts(data: Uint8Array, wanted: string[], limits = DOCX_ZIP_LIMITS): Promise<Map<string, Buffer>> {
  if (!looksLikeZip(data)) throw notDocx();
  const zip = await open(data);
  const parts = new Map<string, Buffer>();
  let count = 0;
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(notDocx()));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        count += 1;
        total += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (count > limits.entries || total > limits.totalBytes || (entry.uncompressedSize > 1_000_000 && ratio > limits.ratio)) {
          reject(new UserError('the DOCX is too large to read once unpacked', 'E_CV_TOO_LARGE'));
          return;
        }
        // Any part but an image may be one mammoth parses as XML (relationships name parts freely).
        if (!MEDIA.test(entry.fileName) && entry.uncompressedSize > limits.xmlPartBytes) {
          reject(new UserError(`the DOCX is too large to read: an XML part is over ${Math.round(limits.xmlPartBytes / 1024 / 1024)} MB`, 'E_CV_TOO_LARGE'));
          return;
        }
        // Every part is inflated here, so a part whose real size differs from
        // its declared size (a disguised bomb) fails before mammoth reads it.
        const keep = wanted.includes(entry.fileName);
        readEntry(zip, entry, keep).then((buf) => {
          if (keep) parts.set(entry.fileName, buf);
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return parts;
}
