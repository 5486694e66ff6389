// Uploaded CVs and archives. The row holds what is known about the file; the
// bytes live in `<dataDir>/files/<id>` (a folder made private to the user,
// never under a web root), named by id: a user's file name never becomes a
// path. Bytes are written under a temporary name and renamed, then the row is
// inserted; a crash between the two leaves an orphan that sweep() removes.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { chmod, copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Selectable } from 'kysely';
import { UserError } from '../util/errors.js';
import { isId, newId, type Executor, type StoreContext } from './context.js';
import { FILE_KINDS, type FileKind, type FilesTable } from './tables.js';

export type StoredFile = Selectable<FilesTable>;

export interface NewFile {
  candidateId: string;
  kind: FileKind;
  originalName: string;
  /** The bytes, whole or streamed. */
  content: Uint8Array | AsyncIterable<Uint8Array>;
  /** Refused past this size (default 100 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;
const TMP_PREFIX = '.upload-';
const ABANDONED_MS = 10 * 60 * 1000;

/** A file name safe to show and to put in a temporary folder: the base name, plain characters, the extension kept. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(-100);
  return clean || 'upload';
}

async function* chunksOf(content: Uint8Array | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (content instanceof Uint8Array) yield content;
  else yield* content;
}

export class Files {
  readonly #ctx: StoreContext;
  readonly #dir: string;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    this.#dir = join(ctx.dataDir, 'files');
  }

  /** The folder holding the bytes (for tests and the deletion proof). */
  get folder(): string {
    return this.#dir;
  }

  async #ensureDir(): Promise<void> {
    await mkdir(this.#ctx.dataDir, { recursive: true, mode: 0o700 });
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    await chmod(this.#dir, 0o700);
  }

  #pathOf(id: string): string {
    if (!isId(id)) throw new Error('not a file id');
    return join(this.#dir, id);
  }

  /** Stores the bytes, hashing and counting them on the way; refused past the size limit. */
  async put(input: NewFile): Promise<StoredFile> {
    if (!FILE_KINDS.includes(input.kind)) throw new UserError(`unknown file kind ${input.kind}`, 'E_INVALID');
    await this.#ensureDir();
    const id = newId();
    const tmp = join(this.#dir, `${TMP_PREFIX}${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    const max = input.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
    let size = 0;
    const out = createWriteStream(tmp, { mode: 0o600 });
    try {
      await pipeline(
        chunksOf(input.content),
        async function* (source: AsyncIterable<Uint8Array>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > max) throw new UserError(`the file is larger than ${Math.round(max / 1024 / 1024)} MB`, 'E_LIMIT');
            hash.update(chunk);
            yield chunk;
          }
        },
        out,
      );
      await rename(tmp, this.#pathOf(id));
    } catch (err) {
      // A stream torn down before its file was open still creates it: wait for the close, then remove.
      if (!out.closed) await once(out, 'close').catch(() => {});
      await rm(tmp, { force: true });
      throw err;
    }
    const row: StoredFile = { id, candidateId: input.candidateId, kind: input.kind, sha256: hash.digest('hex'), size, originalName: input.originalName, error: null, createdAt: this.#ctx.now() };
    try {
      await this.#ctx.db.insertInto('files').values(row).execute();
    } catch (err) {
      await rm(this.#pathOf(id), { force: true });
      throw err;
    }
    return row;
  }

  async get(id: string): Promise<StoredFile | undefined> {
    if (!isId(id)) return undefined;
    return this.#ctx.db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listByCandidate(candidateId: string): Promise<StoredFile[]> {
    return this.#ctx.db.selectFrom('files').selectAll().where('candidateId', '=', candidateId).orderBy('createdAt').orderBy('id').execute();
  }

  async read(id: string): Promise<Buffer> {
    return readFile(this.#pathOf(id));
  }

  /**
   * Copies the bytes into `dir` (a job's private temporary folder) under the
   * sanitised original name, so format detection by extension works; returns the path.
   */
  async materialize(id: string, dir: string): Promise<string> {
    const row = await this.get(id);
    if (!row) throw new UserError('the uploaded file is gone', 'E_NOT_FOUND');
    const target = join(dir, safeFileName(row.originalName));
    await copyFile(this.#pathOf(id), target);
    return target;
  }

  async setError(id: string, error: string | null): Promise<void> {
    await this.#ctx.db.updateTable('files').set({ error }).where('id', '=', id).execute();
  }

  /** Removes the row (in `trx` when given) and then the bytes. */
  async delete(id: string, trx: Executor = this.#ctx.db): Promise<void> {
    if (!isId(id)) return;
    await trx.deleteFrom('files').where('id', '=', id).execute();
    await this.removeBytes([id]);
  }

  /** Removes the bytes of files whose rows are gone (after a deletion commits). */
  async removeBytes(ids: readonly string[]): Promise<void> {
    for (const id of ids) await rm(this.#pathOf(id), { force: true });
  }

  /** Deletes bytes without a row (a crash between writing and inserting) and abandoned uploads; returns how many. */
  async sweep(olderThanMs = ABANDONED_MS): Promise<number> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    const ids = names.filter(isId);
    const known = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.#ctx.db.selectFrom('files').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
      for (const r of rows) known.add(r.id);
    }
    const orphans: string[] = [];
    // An upload in flight in another process is fresh (written, not yet inserted): only old remnants are abandoned.
    for (const name of names.filter((n) => (isId(n) && !known.has(n)) || n.startsWith(TMP_PREFIX))) {
      const info = await stat(join(this.#dir, name)).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > olderThanMs) orphans.push(name);
    }
    for (const name of orphans) await rm(join(this.#dir, name), { force: true });
    return orphans.length;
  }
}
