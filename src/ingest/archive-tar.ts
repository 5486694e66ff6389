// .tar and .tar.gz extraction with tar-stream and node:zlib, in two streaming
// passes: the first reads headers only (every name, the entry count and the
// declared sizes are checked, nothing is written), the second writes. For
// .tar.gz the bytes coming out of gunzip are weighed against the bytes going
// in, so a gzip bomb is stopped early.
// https://www.gnu.org/software/tar/manual/html_node/Standard.html
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar, { type Extract, type Header } from 'tar-stream';
import { UserError } from '../util/errors.js';
import type { EntryData, EntryKind, Extraction } from './archive-entry.js';

/** Headers tar-stream reads itself (long names, pax); they never reach the loop, but are no entries if they do. */
const META_TYPES = new Set(['pax-header', 'pax-global-header', 'gnu-long-path', 'gnu-long-link-path']);

/**
 * Tar bytes that are not file data, per entry: a 512-byte header, up to 511
 * bytes of padding, and a long-name or pax header (1 KiB). They compress to
 * almost nothing, so they are not weighed as data in the ratio.
 */
export const TAR_OVERHEAD_PER_ENTRY = 2048;
/** The end-of-archive blocks and the padding to a 10 KiB record. */
const TAR_END_BYTES = 10_240;

type Visit = (entry: Extract extends AsyncIterable<infer E> ? E : never, ex: Extraction) => Promise<void>;

export async function extractTar(file: string, gzipped: boolean, ex: Extraction): Promise<void> {
  await readTar(file, gzipped, ex.checkingPass(), checkEntry);
  await readTar(file, gzipped, ex, writeEntry);
}

async function readTar(file: string, gzipped: boolean, ex: Extraction, visit: Visit): Promise<void> {
  const extract = tar.extract();
  let compressed = 0;
  let unpacked = 0;
  const weigh = (n: number) => {
    unpacked += n;
    ex.checkRatio(unpacked - TAR_END_BYTES - ex.entryCount * TAR_OVERHEAD_PER_ENTRY, compressed, 'streamed');
  };
  const stages = gzipped ? [counter((n) => (compressed += n)), createGunzip(), counter(weigh)] : [];
  let failure: unknown;
  // tar-stream's streamx Writable works with node's pipeline (it has write/on and emits finish/close).
  const sink = extract as unknown as NodeJS.WritableStream;
  const source = createReadStream(file, { highWaterMark: 64 * 1024 });
  const feeding = pipeline([source, ...stages, sink], { signal: ex.abort.signal }).catch((err: unknown) => {
    failure ??= err;
  });
  try {
    for await (const entry of extract) await visit(entry, ex);
  } catch (err) {
    // Whatever stopped the loop, the feeding pipeline must end too before the folder is removed.
    extract.destroy();
    await feeding;
    // Our own refusal first; else the feeding side's reason (a bomb stopped in gunzip, a
    // truncated archive): the loop only sees a closed or destroyed stream then.
    throw err instanceof UserError ? err : (failure ?? err);
  }
  await feeding;
  if (failure) throw failure;
}

/** First pass: the entry's name and declared size; its bytes are read through. */
const checkEntry: Visit = async (entry, ex) => {
  const { path, kind } = admit(entry.header, ex);
  if (path !== undefined && kind === 'file') ex.checkDeclared(entry.header.size ?? 0);
  entry.resume();
};

/** Second pass: folders and files are written; everything else is read through and dropped. */
const writeEntry: Visit = async (entry, ex) => {
  const { path, kind } = admit(entry.header, ex);
  if (path !== undefined && kind === 'directory') await ex.makeDir(path);
  if (path !== undefined && kind === 'file') {
    ex.checkDeclared(entry.header.size ?? 0);
    const handle = await ex.createFile(path);
    // streamx readables are async-iterable at run time; their types do not say so.
    if (handle) return ex.fill(handle, path, entry as unknown as EntryData);
  }
  // Never destroy an entry: that destroys the whole extract stream.
  entry.resume();
};

function admit(header: Header, ex: Extraction): { path?: string; kind: EntryKind } {
  const kind = kindOf(header);
  return { kind, path: META_TYPES.has(header.type ?? '') ? undefined : ex.admit(header.name, kind) };
}

function kindOf(header: Header): EntryKind {
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'link':
    case 'symlink':
      return 'link';
    default:
      return 'other';
  }
}

/** A pass-through that reports how many bytes went by; an exception it throws stops the pipeline. */
function counter(onBytes: (n: number) => unknown): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        onBytes(chunk.length);
        done(null, chunk);
      } catch (err) {
        done(err as Error);
      }
    },
  });
}
