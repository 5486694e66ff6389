// Counts what a PDF's Flate streams (PDF 32000-1 §7.4.4, zlib RFC 1950)
// inflate to before pdf.js reads the file: pdf.js inflates a stream whole, in
// JavaScript, into one growing buffer, so a 3 MB stream of zeros costs it
// gigabytes and a minute; zlib counts the same in about a second, a
// megabyte at a time, and stops at the limit. Every `stream` keyword is
// tried: data that is not zlib fails on its first bytes. Streams this cannot
// see (encrypted, behind another filter) are left to the memory limit of the
// reading thread (pdf-thread.ts).
import { constants, createInflate } from 'node:zlib';

const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;

/** Bytes one zlib stream at the start of `data` inflates to, counted until it passes `limit`. */
function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    // A sync flush at the end counts a truncated stream's bytes as well (pdf.js reads those too).
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1024 * 1024 });
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('error', () => resolve(total));
    inflate.on('end', () => resolve(total));
    inflate.end(data);
  });
}

/** What the file's zlib streams inflate to together, counted until it passes `limit` bytes. */
export async function inflatedBytes(data: Uint8Array, limit: number): Promise<number> {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  let total = 0;
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index + match[0].length;
    // A zlib header: compression method 8, and the two bytes a multiple of 31.
    if ((data[start] & 0x0f) !== 8 || ((data[start] << 8) | data[start + 1]) % 31 !== 0) continue;
    total += await inflatedSize(data.subarray(start), limit - total);
    if (total > limit) break;
  }
  return total;
}
