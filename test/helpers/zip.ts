// A tiny zip writer for tests: stored or deflated entries, folders, Unix
// symlinks, and names that no well-behaved tool would write (`../evil`).
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (4.3.7, 4.3.12, 4.3.16)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** File contents (a folder when the name ends with `/`). */
  data?: string | Uint8Array;
  /** Makes the entry a Unix symlink pointing here. */
  symlink?: string;
  /** Stored instead of deflated. */
  store?: boolean;
  /** The uncompressed size both headers declare, when it should lie. */
  declaredSize?: number;
  /** Unix mode bits (type and permissions), e.g. 0o020644 for a character device. */
  mode?: number;
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
    const mode = entry.mode ?? (entry.symlink ? 0o120777 : entry.name.endsWith('/') ? 0o040755 : 0o100644);
    const fields = { method: store ? 0 : 8, crc: crc32(raw), csize: body.length, usize: entry.declaredSize ?? raw.length };
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
  // Over 65,535 entries the count lives in the ZIP64 end record (APPNOTE 4.3.14, 4.3.15).
  const zip64 = entries.length > 0xffff ? zip64End(entries.length, directory.length, offset) : [];
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, ...zip64, end]);
}

/** The ZIP64 end of central directory record and its locator. */
function zip64End(count: number, directorySize: number, directoryOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4); // size of the rest of the record
  record.writeUInt16LE(45, 12); // made by
  record.writeUInt16LE(45, 14); // needed
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
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

/** Every file under `root` as zip entries named `prefix/…` (folders implied), in a stable order. */
export function zipEntriesOf(root: string, prefix = ''): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (dir: string, rel: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = rel ? `${rel}/${item.name}` : item.name;
      if (item.isDirectory()) walk(join(dir, item.name), name);
      else if (item.isFile()) entries.push({ name, data: readFileSync(join(dir, item.name)) });
    }
  };
  walk(root, prefix);
  return entries;
}
