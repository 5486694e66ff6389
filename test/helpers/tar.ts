// Builds .tar / .tar.gz archives in memory for tests, with tar-stream.
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

export interface TarEntry {
  name: string;
  data?: string | Uint8Array;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo';
  linkname?: string;
}

export async function buildTar(entries: TarEntry[], options: { gzip?: boolean } = {}): Promise<Buffer> {
  const pack = tar.pack();
  for (const entry of entries) {
    const type = entry.type ?? (entry.name.endsWith('/') ? 'directory' : 'file');
    const header = { name: entry.name, type, ...(entry.linkname ? { linkname: entry.linkname } : {}) };
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
