// Parsing `git log -z` / `git diff-tree -z` output. Every field ends with a
// NUL: a commit's header (\x1e, then \x1f-separated fields), then its
// changes, `--numstat` ("added\tdeleted\tpath", or "added\tdeleted\t"
// followed by the old and the new path of a rename) or `--name-status`
// ("M" path, or "R100" old new), or `--raw` (":mode mode oid oid S" path,
// parseRaw). Paths are taken verbatim (no quoting), and
// a path field is never read as a header, whatever bytes it holds. Output is
// parsed as it streams, so a failed or stopped run still gives every record
// it completed.
import { StringDecoder } from 'node:string_decoder';
import type { CommitRecord } from './types.js';

/** Header of one commit: hash, author name and email (as recorded, never through a .mailmap), author and committer times, subject. */
export const LOG_FORMAT = '%x1e%H%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s';

const HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NUMSTAT = /^(\d+|-)\t(\d+|-)\t([^]*)$/;
const STATUS = /^([ACDMRTUXB])(\d*)$/;

/** Splits streamed output into records; a record is complete once the next one starts (or the run succeeded). */
export class RecordStream {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private current: CommitRecord | undefined;
  /** Paths still to read for the entry being parsed (a rename's old and new path, or a status line's path). */
  private pending: { added: number; paths: string[]; want: number } | undefined;
  readonly complete: CommitRecord[] = [];

  readonly push = (chunk: Buffer): void => {
    const fields = (this.rest + this.decoder.write(chunk)).split('\0');
    this.rest = fields.pop() ?? '';
    for (const field of fields) this.field(field);
  };

  /** The record still being written when the run ended (complete only if the run succeeded). */
  tail(): CommitRecord | undefined {
    const last = this.rest + this.decoder.end();
    this.rest = '';
    if (last !== '') this.field(last);
    return this.current;
  }

  private field(raw: string): void {
    if (this.pending) {
      this.pending.paths.push(raw);
      if (this.pending.paths.length === this.pending.want) this.finishEntry();
      return;
    }
    if (raw.startsWith('\x1e')) {
      const record = parseHeader(raw.slice(1));
      if (!record) return;
      if (this.current) this.complete.push(this.current);
      this.current = record;
      return;
    }
    if (!this.current) return;
    // git writes one newline between a commit's header and its changes.
    const text = raw.startsWith('\n') ? raw.slice(1) : raw;
    const numstat = NUMSTAT.exec(text);
    if (numstat) {
      const added = numstat[1] === '-' ? 0 : Number(numstat[1]);
      if (numstat[3] === '') this.pending = { added, paths: [], want: 2 };
      else addChange(this.current, added, numstat[3]);
      return;
    }
    const status = STATUS.exec(text);
    if (status) this.pending = { added: 0, paths: [], want: status[1] === 'R' || status[1] === 'C' ? 2 : 1 };
  }

  private finishEntry(): void {
    const { added, paths } = this.pending as NonNullable<RecordStream['pending']>;
    this.pending = undefined;
    if (!this.current) return;
    const to = paths[paths.length - 1];
    addChange(this.current, added, to);
    if (paths.length === 2 && paths[0] !== to) (this.current.renames ??= []).push([paths[0], to]);
  }
}

/** Every record of a finished run. */
export function parseLog(out: string): CommitRecord[] {
  const records = new RecordStream();
  records.push(Buffer.from(out, 'utf8'));
  const tail = records.tail();
  return tail ? [...records.complete, tail] : records.complete;
}

/** A header (without its \x1e); undefined when it has no valid hash. */
function parseHeader(text: string): CommitRecord | undefined {
  const [hash, name, email, at, ct, ...subject] = text.split('\x1f');
  if (!hash || !HASH.test(hash)) return undefined;
  return {
    hash,
    name: name ?? '',
    email: email ?? '',
    authorTime: Number(at) || 0,
    commitTime: Number(ct) || 0,
    subject: subject.join('\x1f'),
    files: 0,
    added: 0,
    perPath: new Map(),
  };
}

function addChange(record: CommitRecord, added: number, path: string): void {
  record.files++;
  record.added += added;
  record.perPath.set(path, (record.perPath.get(path) ?? 0) + added);
}

/** Whether a record carries any change. */
export function hasNumstat(record: CommitRecord): boolean {
  return record.files > 0;
}

/** One change of `diff-tree --raw --no-renames -z`: status, the blobs before and after, the path. */
export interface RawChange {
  status: string;
  oldOid: string;
  newOid: string;
  /** A submodule (mode 160000): its object is a commit of another repository, never read. */
  gitlink: boolean;
  path: string;
}

const RAW = /^:(\d{6}) (\d{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])\d*$/;

/**
 * `diff-tree --stdin --raw --no-renames -z --format=%x1e%H` output: commit
 * hash → its changes. Listing changes compares trees only: no blob is read,
 * so it works where a diff of contents fails on a missing blob.
 */
export function parseRaw(out: string): Map<string, RawChange[]> {
  const byCommit = new Map<string, RawChange[]>();
  let current: RawChange[] | undefined;
  let meta: RegExpExecArray | undefined;
  for (const field of out.split('\0')) {
    if (meta) {
      // The field after a change's metadata is its path, whatever bytes it holds.
      current?.push({ status: meta[5], oldOid: meta[3], newOid: meta[4], gitlink: meta[1] === '160000' || meta[2] === '160000', path: field });
      meta = undefined;
      continue;
    }
    if (field.startsWith('\x1e')) {
      const hash = field.slice(1).trim();
      current = HASH.test(hash) ? [] : undefined;
      if (current) byCommit.set(hash, current);
      continue;
    }
    meta = RAW.exec(field.startsWith('\n') ? field.slice(1) : field) ?? undefined;
  }
  return byCommit;
}
