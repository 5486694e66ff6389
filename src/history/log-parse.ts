// Parsing `git log` / `git diff-tree` output: records start with \x1e, a
// header line of \x1f-separated fields, then `--numstat` lines. Output is
// parsed as it streams, so a failed or stopped run still gives every
// record it completed.
import { StringDecoder } from 'node:string_decoder';
import type { CommitRecord } from './types.js';

/** Header of one commit: hash, author name and email (as recorded, never through a .mailmap), author and committer times, subject. */
export const LOG_FORMAT = '%x1e%H%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s';

/** Splits streamed output into records; a record is complete once the next one starts (or the run succeeded). */
export class RecordStream {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private started = false;
  readonly complete: CommitRecord[] = [];

  readonly push = (chunk: Buffer): void => {
    const parts = (this.rest + this.decoder.write(chunk)).split('\x1e');
    this.rest = parts.pop() ?? '';
    for (const part of parts) {
      if (this.started) this.add(part);
      this.started = true;
    }
  };

  /** The record still being written when the run ended (complete only if the run succeeded). */
  tail(): CommitRecord | undefined {
    const text = this.rest + this.decoder.end();
    this.rest = text;
    return this.started ? parseRecord(text) : undefined;
  }

  private add(text: string): void {
    const record = parseRecord(text);
    if (record) this.complete.push(record);
  }
}

export function parseLog(out: string): CommitRecord[] {
  const commits: CommitRecord[] = [];
  for (const chunk of out.split('\x1e')) {
    const record = parseRecord(chunk);
    if (record) commits.push(record);
  }
  return commits;
}

/** One record (without its \x1e); undefined when it has no valid hash. */
export function parseRecord(chunk: string): CommitRecord | undefined {
  if (!chunk.trim()) return undefined;
  const nl = chunk.indexOf('\n');
  const header = nl === -1 ? chunk : chunk.slice(0, nl);
  const [hash, name, email, at, ct, subject] = header.split('\x1f');
  if (!hash || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(hash)) return undefined;
  const record: CommitRecord = {
    hash,
    name: name ?? '',
    email: email ?? '',
    authorTime: Number(at) || 0,
    commitTime: Number(ct) || 0,
    subject: subject ?? '',
    files: 0,
    added: 0,
    perPath: new Map(),
  };
  if (nl !== -1) addNumstat(record, chunk.slice(nl + 1));
  return record;
}

/** Adds `--numstat` lines ("added\tdeleted\tpath", `-` for binary files) to a record. */
export function addNumstat(record: CommitRecord, text: string): void {
  for (const line of text.split('\n')) {
    const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line);
    if (!m) continue;
    record.files++;
    const added = m[1] === '-' ? 0 : Number(m[1]);
    record.added += added;
    const path = unquote(m[3]);
    record.perPath.set(path, (record.perPath.get(path) ?? 0) + added);
  }
}

/** Whether a record carries any `--numstat` line. */
export function hasNumstat(record: CommitRecord): boolean {
  return record.files > 0;
}

/** `diff-tree --name-only` output: commit hash → the paths it changed. */
export function parseNames(out: string): Map<string, string[]> {
  const byCommit = new Map<string, string[]>();
  for (const chunk of out.split('\x1e')) {
    const [hash, ...paths] = chunk.split('\n');
    if (/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(hash)) byCommit.set(hash, paths.filter((p) => p !== '').map(unquote));
  }
  return byCommit;
}

/** git quotes unusual paths in C style ("a\tb"); enough to compare with walked paths. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}
