// One archive extraction: checks every entry's name and size against the
// limits, and writes files only inside its own temporary folder. Links are
// never created (so no later write can go through one), special files and git
// metadata are never created, and names that escape the root refuse the
// whole archive. Every unpacked byte is counted, whatever the headers say.
import { constants } from 'node:fs';
import { lstat, mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../util/errors.js';
import { gitMetadataPrefix, quote, safeEntryPath, unwritable } from './archive-names.js';
import { formatBytes, formatDuration, formatRatio, type IngestLimits } from './limits.js';
import { isExcludedDir } from './skip-rules.js';
import type { Skipped } from './types.js';

export type EntryKind = 'file' | 'directory' | 'link' | 'other';

/** An entry's bytes: a node stream (yauzl) or a streamx one (tar-stream). */
export type EntryData = AsyncIterable<Uint8Array>;

const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export class Extraction {
  readonly skipped: Skipped[] = [];
  /** First path segment of every entry (to find a single top-level folder). */
  readonly tops = new Set<string>();
  /** Aborted on a refusal from outside the streams (the time limit): stops every stream. */
  readonly abort = new AbortController();
  private entries = 0;
  /** Bytes declared by admitted entries, and bytes actually written. */
  private declared = 0;
  private written = 0;
  private readonly deadline: number;
  private readonly leftOut = new Set<string>();
  private readonly madeDirs = new Set<string>();
  /** Folder the archive is unpacked into (empty, private). */
  readonly dest: string;
  /** Archive name for messages. */
  readonly archive: string;
  readonly limits: IngestLimits;

  constructor(dest: string, archive: string, limits: IngestLimits, deadline = Date.now() + limits.timeoutMs) {
    this.dest = dest;
    this.archive = archive;
    this.limits = limits;
    this.deadline = deadline;
  }

  /**
   * A checking pass over the same archive (names, entry count, sizes), with
   * the same time limit and abort signal, that records nothing here.
   */
  checkingPass(): Extraction {
    const pass = new Extraction(this.dest, this.archive, this.limits, this.deadline);
    this.abort.signal.addEventListener('abort', () => pass.abort.abort(this.abort.signal.reason), { once: true });
    return pass;
  }

  /** A UserError that names the archive and the reason. */
  refuse(reason: string, code = 'E_LIMIT'): UserError {
    return new UserError(`archive ${this.archive} refused: ${reason}`, code);
  }

  get entryCount(): number {
    return this.entries;
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
    // Git metadata, file or folder, at any depth: a `.git` file saying `gitdir: …` or a
    // `.git/config` could make later git commands read a hostile repository.
    const git = gitMetadataPrefix(segments);
    if (git !== undefined) {
      const isFolder = git !== path || kind === 'directory';
      return this.leaveOutOnce(isFolder ? `${git}/` : git, 'excluded-folder', 'git metadata (not extracted)');
    }
    const dirs = kind === 'directory' ? segments : segments.slice(0, -1);
    const excluded = dirs.findIndex((d) => isExcludedDir(d) || d === '__MACOSX');
    if (excluded !== -1) {
      const dir = `${segments.slice(0, excluded + 1).join('/')}/`;
      return this.leaveOutOnce(dir, 'excluded-folder', 'vendored, generated or metadata (not extracted)');
    }
    if (kind === 'link') return this.leaveOut(path, 'symlink', 'link entry (not extracted)');
    if (kind === 'other') return this.leaveOut(path, 'unreadable', 'special file (not extracted)');
    const tooLong = unwritable(path);
    if (tooLong) return this.leaveOut(kind === 'directory' ? `${path}/` : path, 'unreadable', tooLong);
    return path;
  }

  /** Records an entry that was left out. */
  leaveOut(path: string, reason: Skipped['reason'], detail: string): undefined {
    this.skipped.push({ path, reason, detail });
    return undefined;
  }

  private leaveOutOnce(path: string, reason: Skipped['reason'], detail: string): undefined {
    if (this.leftOut.has(path)) return undefined;
    this.leftOut.add(path);
    return this.leaveOut(path, reason, detail);
  }

  /** Bytes declared so far (for the overall ratio). */
  get declaredBytes(): number {
    return this.declared;
  }

  /** Checks an entry's declared size against the total before any byte is unpacked. */
  checkDeclared(size: number): void {
    this.declared += size;
    if (this.declared > this.limits.maxBytes) throw this.tooLarge();
  }

  /**
   * Refuses when `data` bytes of files come out of `compressed` bytes of
   * archive at more than the ratio limit, once past the floor (small archives
   * are harmless). `declared`: sizes from a zip's directory, all of the
   * archive read; else counted while streaming, the archive read so far.
   */
  checkRatio(data: number, compressed: number, how: 'declared' | 'streamed'): void {
    if (data <= this.limits.ratioFloorBytes) return;
    const ratio = data / Math.max(compressed, 1);
    if (ratio <= this.limits.maxRatio) return;
    const shown = formatRatio(ratio, this.limits.maxRatio);
    const sizes =
      how === 'declared'
        ? `its ${formatBytes(compressed)} declare ${formatBytes(data)} of files`
        : `its first ${formatBytes(compressed)} unpack to more than ${formatBytes(data)} of files`;
    throw this.refuse(`${sizes} (${shown}, limit ${this.limits.maxRatio}:1): a likely zip bomb`);
  }

  async makeDir(path: string): Promise<void> {
    try {
      await mkdir(this.absolute(path), { recursive: true, mode: 0o755 });
    } catch (err) {
      const why = conflict(err, 'a file of the same name is in the archive');
      if (!why) throw err;
      this.leaveOut(`${path}/`, 'unreadable', why);
    }
  }

  /**
   * Creates the file an entry is written to, or records why not and returns
   * undefined. A repeated name replaces the earlier file (the last entry wins,
   * as with `tar -x`); the earlier copy is recorded. Never reads entry data.
   */
  async createFile(path: string): Promise<FileHandle | undefined> {
    const abs = this.absolute(path);
    try {
      // Folders are never replaced by files, so one made once stays a folder.
      if (!this.madeDirs.has(dirname(abs))) await mkdir(dirname(abs), { recursive: true, mode: 0o755 });
      this.madeDirs.add(dirname(abs));
    } catch (err) {
      const why = conflict(err, 'a folder on its path is a file in the archive');
      if (!why) throw err;
      return this.leaveOut(path, 'unreadable', why);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return await open(abs, WRITE_FLAGS, 0o644);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // Only files this extraction wrote can be there: it creates no links.
        const earlier = code === 'EEXIST' && attempt === 0 ? await lstat(abs).catch(() => undefined) : undefined;
        if (earlier?.isFile()) {
          await unlink(abs);
          this.leaveOut(path, 'unreadable', 'repeated name: an earlier entry was replaced by the last one');
          continue;
        }
        const why = conflict(err, 'a folder of the same name is in the archive');
        if (!why) throw err;
        return this.leaveOut(path, 'unreadable', why);
      }
    }
  }

  /**
   * Writes an entry's bytes into a file from createFile, through `stages`
   * (an inflater), counting every byte against the total and stopping at
   * `declared` when the archive said how large the entry is.
   */
  async fill(handle: FileHandle, path: string, data: EntryData, stages: Transform[] = [], declared?: number): Promise<void> {
    // Read through async iteration, never handed to pipeline as a stream: a tar entry
    // (a streamx stream) destroyed before the pipeline starts would never end it.
    const source = Readable.from(
      (async function* () {
        yield* data;
      })(),
      { objectMode: false },
    );
    await pipeline([source, ...stages, this.counter(path, declared), handle.createWriteStream()], { signal: this.abort.signal });
  }

  private counter(path: string, declared: number | undefined): Transform {
    let bytes = 0;
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        bytes += chunk.length;
        this.written += chunk.length;
        try {
          this.checkTime();
          if (declared !== undefined && bytes > declared) {
            throw this.refuse(`entry ${quote(path)} unpacks to more than its declared ${formatBytes(declared)} (a corrupt or crafted archive)`, 'E_SOURCE');
          }
          if (this.written > this.limits.maxBytes) throw this.tooLarge();
          done(null, chunk);
        } catch (err) {
          done(err as Error);
        }
      },
    });
  }

  checkTime(): void {
    if (Date.now() > this.deadline) throw this.timedOut();
  }

  timedOut(): UserError {
    return this.refuse(`unpacking took longer than ${formatDuration(this.limits.timeoutMs)}`);
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

/** Why a name clashes with another entry (the detail recorded), or undefined for other errors. */
function conflict(err: unknown, clash: string): string | undefined {
  if (err instanceof UserError) return undefined;
  switch ((err as NodeJS.ErrnoException).code) {
    case 'EEXIST':
    case 'ENOTDIR':
    case 'EISDIR':
      return clash;
    case 'ENAMETOOLONG':
      return 'name too long for the file system (not extracted)';
    default:
      return undefined;
  }
}
