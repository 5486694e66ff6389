// One archive extraction: checks every entry's name and size against the
// limits, and writes files only inside its own temporary folder. Links are
// never created (so no later write can go through one), special files are
// never created, and names that escape the root refuse the whole archive.
import { constants } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../util/errors.js';
import { formatBytes, formatDuration, RATIO_FLOOR_BYTES, type IngestLimits } from './limits.js';
import { isExcludedDir } from './skip-rules.js';
import type { Skipped } from './types.js';

export type EntryKind = 'file' | 'directory' | 'link' | 'other';

/** An entry's bytes: a node stream (yauzl) or a streamx one (tar-stream). */
export type EntryData = AsyncIterable<Uint8Array> & { destroy(err?: Error): unknown };

const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export class Extraction {
  readonly skipped: Skipped[] = [];
  /** First path segment of every entry (to find a single top-level folder). */
  readonly tops = new Set<string>();
  private entries = 0;
  /** Bytes declared by admitted entries, and bytes actually written. */
  private declared = 0;
  private total = 0;
  private readonly deadline: number;
  private readonly leftOutDirs = new Set<string>();
  /** Folder the archive is unpacked into (empty, private). */
  readonly dest: string;
  /** Archive name for messages. */
  readonly archive: string;
  readonly limits: IngestLimits;

  constructor(dest: string, archive: string, limits: IngestLimits) {
    this.dest = dest;
    this.archive = archive;
    this.limits = limits;
    this.deadline = Date.now() + limits.timeoutMs;
  }

  /** A UserError that names the archive and the reason. */
  refuse(reason: string, code = 'E_LIMIT'): UserError {
    return new UserError(`archive ${this.archive} refused: ${reason}`, code);
  }

  /**
   * Counts an entry and checks its name. Returns the safe relative path to
   * write, or undefined when the entry is left out (and recorded).
   */
  admit(rawName: string, kind: EntryKind): string | undefined {
    this.entries++;
    if (this.entries > this.limits.maxEntries) throw this.refuse(`more than ${this.limits.maxEntries} entries`);
    this.checkTime();
    const path = safeEntryPath(rawName, (why) => this.refuse(`entry ${quote(rawName)} ${why}`, 'E_SOURCE'));
    if (path === '') return undefined;
    const segments = path.split('/');
    // macOS resource forks sit beside the real top folder; they must not hide it.
    if (segments[0] !== '__MACOSX') this.tops.add(segments[0]);
    const dirs = kind === 'directory' ? segments : segments.slice(0, -1);
    const excluded = dirs.findIndex((d) => isExcludedDir(d) || d === '__MACOSX');
    if (excluded !== -1) {
      // `.git` folders are never unpacked: a hostile .git/config could make later git commands run programs.
      const dir = `${segments.slice(0, excluded + 1).join('/')}/`;
      if (!this.leftOutDirs.has(dir)) {
        this.leftOutDirs.add(dir);
        this.skipped.push({ path: dir, reason: 'excluded-folder', detail: 'vendored, generated or metadata (not extracted)' });
      }
      return undefined;
    }
    if (kind === 'link') return this.leaveOut(path, 'symlink', 'link entry (not extracted)');
    if (kind === 'other') return this.leaveOut(path, 'unreadable', 'special file (not extracted)');
    return path;
  }

  /** Records an entry that was left out. */
  leaveOut(path: string, reason: Skipped['reason'], detail: string): undefined {
    this.skipped.push({ path, reason, detail });
    return undefined;
  }

  /** Bytes declared so far (for the overall ratio). */
  get declaredBytes(): number {
    return this.declared;
  }

  /** Checks the declared sizes of an entry before any byte is unpacked. */
  checkDeclared(path: string, uncompressed: number, compressed?: number): void {
    this.declared += uncompressed;
    if (this.declared > this.limits.maxBytes) throw this.tooLarge();
    if (compressed !== undefined) this.checkRatio(uncompressed, compressed, `entry ${quote(path)}`);
  }

  /** Refuses a ratio over the limit once past the floor size. */
  checkRatio(uncompressed: number, compressed: number, what: string): void {
    if (uncompressed <= RATIO_FLOOR_BYTES) return;
    const ratio = uncompressed / Math.max(compressed, 1);
    if (ratio > this.limits.maxRatio) {
      throw this.refuse(`${what} is compressed ${Math.round(ratio)}:1 (limit ${this.limits.maxRatio}:1), a likely zip bomb`);
    }
  }

  async makeDir(path: string): Promise<void> {
    try {
      await mkdir(this.absolute(path), { recursive: true, mode: 0o755 });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (err instanceof UserError || !['EEXIST', 'ENOTDIR', 'ENAMETOOLONG'].includes(code ?? '')) throw err;
      this.leaveOut(`${path}/`, 'unreadable', code === 'ENAMETOOLONG' ? 'name too long' : 'duplicate or conflicting entry');
    }
  }

  /** Writes one file from a stream, counting its bytes against the total. */
  async writeFile(path: string, data: EntryData): Promise<void> {
    const abs = this.absolute(path);
    try {
      await mkdir(dirname(abs), { recursive: true, mode: 0o755 });
      const handle = await open(abs, WRITE_FLAGS, 0o644);
      await pipeline(data, this.counter(), handle.createWriteStream());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (err instanceof UserError || !['EEXIST', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG'].includes(code ?? '')) throw err;
      // Destroying an unread entry skips its bytes (tar-stream) or closes it (yauzl).
      data.destroy();
      this.leaveOut(path, 'unreadable', code === 'ENAMETOOLONG' ? 'name too long' : 'duplicate or conflicting entry');
    }
  }

  private counter(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.total += chunk.length;
        try {
          this.checkTime();
          if (this.total > this.limits.maxBytes) throw this.tooLarge();
          done(null, chunk);
        } catch (err) {
          done(err as Error);
        }
      },
    });
  }

  checkTime(): void {
    if (Date.now() > this.deadline) throw this.refuse(`unpacking took longer than ${formatDuration(this.limits.timeoutMs)}`);
  }

  private tooLarge(): UserError {
    return this.refuse(`unpacks to more than ${formatBytes(this.limits.maxBytes)}`);
  }

  /** The absolute path of a checked entry path; never outside `dest`. */
  private absolute(path: string): string {
    const abs = resolve(this.dest, path);
    if (!abs.startsWith(this.dest + sep)) throw this.refuse(`entry ${quote(path)} escapes the archive root`, 'E_SOURCE');
    return abs;
  }
}

/**
 * An entry name as a safe relative POSIX path ('' for the root itself).
 * Calls `refuse` (which throws) for names that could land outside the root.
 */
export function safeEntryPath(name: string, refuse: (why: string) => Error): string {
  if (name.includes('\0')) throw refuse('has a NUL byte in its name');
  if (name.includes('\\')) throw refuse('uses backslashes (a Windows path that may escape the root)');
  if (name.startsWith('/')) throw refuse('is an absolute path');
  if (/^[A-Za-z]:/.test(name)) throw refuse('starts with a drive letter');
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw refuse('escapes the archive root (..)');
  return segments.join('/');
}

function quote(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}…` : clean);
}
