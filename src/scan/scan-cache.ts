// The whole-scan cache of `--cache` (`<dir>/results/<key>.json`), so an
// unchanged re-scan reads one file instead of walking, parsing and detecting.
// The key holds everything that decides a scan: the analyser (its version and
// a hash of its own files, version.ts), the settings that change a result
// (limits, candidate identity, history), the source as given, and its state:
// - a local folder: its HEAD commit and shallow list (read as data, never
//   through git) and a fingerprint of its files (tree-fingerprint.ts), taken
//   before anything else, so a hit costs no walk, no git and no parse;
// - a git URL: the commit its clone checked out;
// - an archive: a hash of its bytes.
// A folder changed within the racy window is not stored (its times could hide
// a second change). A scan whose blame budget ran out is not stored either
// (the next run may finish it). An entry is a header line (format, key and
// the sha256 of the rest) and the scan's JSON: a truncated, corrupt or
// foreign entry fails the check and is a miss, without loading the schema
// library on the path of a hit. A failed write is ignored.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Fence, findLayout, readShallow, resolveHead } from '../ingest/git-refs.js';
import { isArchive, isGitUrl } from '../ingest/source.js';
import type { OpenedSource } from '../ingest/types.js';
import type { RepoScan } from './types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { analyserVersion, RACY_MS } from '../version.js';
import { refuseCacheInside, refuseProjectAsCache } from './cache-dir.js';
import { treeFingerprint } from './tree-fingerprint.js';

/** Bumped when the entry layout changes. */
const ENTRY_FORMAT = 'scan-v1';
const FOLDER = 'results';

/** HEAD and the shallow list of a folder's own `.git`, read as data; empty when it has none. */
async function gitState(root: string): Promise<string> {
  try {
    const fence = await Fence.of(root);
    const found = await findLayout(fence);
    if (!found.layout) return found.reason;
    const head = (await resolveHead(fence, found.layout)) ?? 'no HEAD';
    return `${head}\n${(await readShallow(fence, found.layout)).join(',')}`;
  } catch {
    return 'unreadable';
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** sha256 of a file's bytes, streamed. */
function fileDigest(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}

export class ScanCache {
  readonly dir: string;
  private readonly settings: string;
  /** Part of every key; analyserVersion() unless given. */
  private analyser: string | undefined;
  private key: string | undefined;
  private storable = false;

  private constructor(dir: string, settings: string, analyser: string | undefined) {
    this.dir = dir;
    this.settings = settings;
    this.analyser = analyser;
  }

  /**
   * The cache in folder `dir`, for scans made with `settings` (every option
   * that changes a result; JSON-serialisable, in a fixed key order) by
   * `analyser` (default: this analyser, analyserVersion()).
   */
  static open(dir: string, settings: unknown, analyser?: string): ScanCache {
    refuseProjectAsCache(dir);
    return new ScanCache(dir, JSON.stringify(settings), analyser);
  }

  /** The key of a source's state. The analyser version is remembered in the cache folder, so it is computed only once the folder is known to be allowed. */
  private async keyOf(...parts: string[]): Promise<string> {
    this.analyser ??= await analyserVersion(this.dir);
    const hash = createHash('sha256').update(`${ENTRY_FORMAT}\0${this.analyser}\0${this.settings}`);
    for (const part of parts) hash.update(`\0${part}`);
    return hash.digest('hex');
  }

  /**
   * A local folder, before it is opened: its scan when the cache holds one
   * for its current state. Throws a UserError when the cache folder lies
   * inside it. Git URLs and archives are looked up once opened (`lookupOpened`).
   */
  async lookupFolder(input: string): Promise<RepoScan | undefined> {
    if (isGitUrl(input) || isArchive(input)) return undefined;
    const root = resolve(input);
    refuseCacheInside(this.dir, root);
    const started = Date.now();
    const [tree, git] = await Promise.all([treeFingerprint(root), gitState(root)]);
    if (!tree) return undefined;
    this.key = await this.keyOf('directory', input, root, git, tree.digest);
    this.storable = tree.newestMs <= started - RACY_MS;
    return this.read();
  }

  /** A git URL or an archive, once opened: its scan when the cache holds one for that commit or those bytes. */
  async lookupOpened(source: OpenedSource, input: string): Promise<RepoScan | undefined> {
    if (this.key !== undefined) return undefined;
    if (source.kind === 'git' && source.commit) this.key = await this.keyOf('git', input, source.commit);
    else if (source.kind === 'archive') {
      const digest = await fileDigest(resolve(input)).catch(() => undefined);
      if (digest) this.key = await this.keyOf('archive', input, resolve(input), digest);
    }
    this.storable = this.key !== undefined;
    return this.read();
  }

  private entryPath(): string {
    return join(this.dir, FOLDER, `${this.key}.json`);
  }

  private async read(): Promise<RepoScan | undefined> {
    if (this.key === undefined) return undefined;
    try {
      const text = await readFile(this.entryPath(), 'utf8');
      const newline = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; key?: unknown; sha256?: unknown };
      const body = text.slice(newline + 1);
      // A truncated, foreign or altered entry is a miss, never a crash downstream.
      if (newline < 0 || header?.format !== ENTRY_FORMAT || header.key !== this.key || header.sha256 !== sha256(body)) return undefined;
      return JSON.parse(body) as RepoScan;
    } catch {
      return undefined;
    }
  }

  /** Stores the scan under the key looked up, when it may be trusted later. */
  async store(scan: RepoScan): Promise<void> {
    if (this.key === undefined || !this.storable || scan.history?.budget.exhausted) return;
    try {
      await mkdir(join(this.dir, FOLDER), { recursive: true });
      const body = JSON.stringify(scan);
      await writeFileAtomic(this.entryPath(), `${JSON.stringify({ format: ENTRY_FORMAT, key: this.key, sha256: sha256(body) })}\n${body}`);
    } catch {
      // Not stored: the next run scans again.
    }
  }
}
