// A tiny zip writer for tests: stored or deflated entries, folders, Unix
// symlinks, and names that no well-behaved tool would write (`../evil`).
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.7, 4.3.12, 4.3.16)
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** File contents (a folder when the name ends with `/`). */
  data?: string | Uint8Array;
  /** Makes the entry a Unix symlink pointing here. */
  symlink?: string;
  /** Stored instead of deflated. */
  store?: boolean;
}

/** Builds a zip archive in memory. */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = Buffer.from(entry.symlink ?? entry.data ?? '');
    const store = entry.store || raw.length === 0;
    const body = store ? raw : deflateRawSync(raw);
    const mode = entry.symlink ? 0o120777 : entry.name.endsWith('/') ? 0o040755 : 0o100644;
    const fields = { method: store ? 0 : 8, crc: crc32(raw), csize: body.length, usize: raw.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode bits count
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(mode * 0x10000, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fields local and central headers share, from "version needed" to "extra length". */
function writeCommon(buf: Buffer, at: number, f: { method: number; crc: number; csize: number; usize: number }, nameLength: number): void {
  buf.writeUInt16LE(20, at); // version needed
  buf.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  buf.writeUInt16LE(f.method, at + 4);
  buf.writeUInt16LE(0, at + 6); // time
  buf.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
  buf.writeUInt32LE(f.crc, at + 10);
  buf.writeUInt32LE(f.csize, at + 14);
  buf.writeUInt32LE(f.usize, at + 18);
  buf.writeUInt16LE(nameLength, at + 22);
  buf.writeUInt16LE(0, at + 24);
}
