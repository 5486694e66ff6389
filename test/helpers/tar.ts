// Builds .tar / .tar.gz archives in memory for tests, with tar-stream.
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

export interface TarEntry {
  name: string;
  data?: string | Uint8Array;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo' | 'character-device' | 'block-device';
  linkname?: string;
}

/** Every entry has the same date, so the same entries give the same bytes. */
const MTIME = new Date('2024-01-01T00:00:00Z');

export async function buildTar(entries: TarEntry[], options: { gzip?: boolean } = {}): Promise<Buffer> {
  const pack = tar.pack();
  for (const entry of entries) {
    const type = entry.type ?? (entry.name.endsWith('/') ? 'directory' : 'file');
    const header = { name: entry.name, type, mtime: MTIME, ...(entry.linkname ? { linkname: entry.linkname } : {}) };
    // Entries without data (folders, links) are complete as soon as they are added.
    if (type === 'file') pack.entry(header, Buffer.from(entry.data ?? ''));
    else pack.entry(header);
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  // streamx readables are async-iterable at run time.
  for await (const chunk of pack as unknown as AsyncIterable<Buffer>) chunks.push(chunk);
  const archive = Buffer.concat(chunks);
  return options.gzip ? gzipSync(archive) : archive;
}

/**
 * One raw tar header block (ustar), for headers tar-stream will not write:
 * a size that does not match the data, a folder with data.
 * https://www.gnu.org/software/tar/manual/html_node/Standard.html
 */
export function rawTarHeader(name: string, size: number, typeflag = '0'): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write(`${Math.floor(MTIME.getTime() / 1000).toString(8).padStart(11, '0')}\0`, 136);
  block.write(typeflag, 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  block.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

/** A plain tar of `count` empty files named f0, f1, … built from raw headers (fast for 100,000 entries). */
export function emptyFilesTar(count: number): Buffer {
  const blocks = Array.from({ length: count }, (_, i) => rawTarHeader(`f${i}`, 0));
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}
