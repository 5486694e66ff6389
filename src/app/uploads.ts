// Uploads and repositories of a candidate. A CV must be a PDF or a DOCX (by
// name and by its first bytes). An archive is extracted once, with the ingest
// limits, into a private temporary folder that is removed at once: an archive
// the scan would refuse (an entry escaping its root, a zip bomb, too many
// entries, corrupt) is refused now, with the reason, and nothing is kept.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestLimits } from '../ingest/index.js';
import { isArchive, openSource } from '../ingest/index.js';
import { formatBytes } from '../ingest/limits.js';
import { parseGitUrl } from '../ingest/git-url.js';
import { checkRemoteUrl, type RemotePolicy } from '../ingest/remote-guard.js';
import type { Repository, Store, StoredFile } from '../store/index.js';
import { isUserError, UserError } from '../util/errors.js';

export interface Upload {
  /** The name the browser sent (text only: never a path). */
  filename: string;
  content: AsyncIterable<Uint8Array> | Uint8Array;
  /** True when the transport cut the content short (a size limit): the file is then refused. */
  truncated?: () => boolean;
}

/** Stores the upload; refused (and removed) past `maxBytes` or when the transport cut it short. */
async function putUpload(store: Store, candidateId: string, kind: 'cv' | 'archive', upload: Upload, maxBytes: number): Promise<StoredFile> {
  const file = await store.files.put({ candidateId, kind, originalName: upload.filename, content: upload.content, maxBytes });
  if (upload.truncated?.()) {
    await store.files.delete(file.id);
    throw new UserError(`the file is larger than ${formatBytes(maxBytes)}`, 'E_LIMIT');
  }
  return file;
}

const CV_KINDS: Array<{ ext: RegExp; magic: string; name: string }> = [
  { ext: /\.pdf$/i, magic: '%PDF-', name: 'PDF' },
  { ext: /\.docx$/i, magic: 'PK\u0003\u0004', name: 'DOCX' },
];

/** Stores a CV (PDF or DOCX, at most `maxBytes`); anything else is refused and not kept. */
export async function addCv(store: Store, candidateId: string, upload: Upload, maxBytes: number): Promise<StoredFile> {
  const kind = CV_KINDS.find((k) => k.ext.test(upload.filename));
  if (!kind) throw new UserError('a CV must be a PDF or a DOCX file', 'E_UNSUPPORTED');
  const file = await putUpload(store, candidateId, 'cv', upload, maxBytes);
  const head = (await store.files.read(file.id)).subarray(0, kind.magic.length).toString('latin1');
  if (head !== kind.magic) {
    await store.files.delete(file.id);
    throw new UserError(`the file is not a ${kind.name} (its content does not match its name)`, 'E_UNSUPPORTED');
  }
  return file;
}

/** Stores an archive as a repository of the candidate once a trial extraction accepts it. */
export async function addArchive(
  store: Store,
  candidateId: string,
  upload: Upload,
  options: { maxBytes: number; limits?: Partial<IngestLimits> },
): Promise<{ file: StoredFile; repository: Repository }> {
  if (!isArchive(upload.filename)) throw new UserError('an archive must be a .zip, .tar.gz, .tgz or .tar file', 'E_UNSUPPORTED');
  const file = await putUpload(store, candidateId, 'archive', upload, options.maxBytes);
  const tmp = await mkdtemp(join(tmpdir(), 'evident-upload-'));
  try {
    const opened = await openSource(await store.files.materialize(file.id, tmp), options.limits);
    await opened.dispose();
  } catch (err) {
    await store.files.delete(file.id);
    if (isUserError(err)) throw new UserError(err.message, 'E_REFUSED', { cause: err });
    throw err;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return { file, repository: await store.repositories.add({ candidateId, fileId: file.id }) };
}

/** Refuses a repository URL the server will not clone (https or ssh only; file:// when allowed, for tests). */
export function checkRepositoryUrl(url: string, allowFileUrls = false): void {
  try {
    parseGitUrl(url, { allowFileUrls });
  } catch (err) {
    if (isUserError(err)) throw new UserError(err.message, 'E_INVALID', { cause: err });
    throw err;
  }
}

/**
 * Refuses a repository URL the server must not fetch (ingest/remote-guard.ts):
 * only https on port 443 (or a configured port), no credentials, and a host
 * whose every address is public, so a URL cannot make the server reach its
 * own network. A UserError with code E_INVALID says why.
 */
export async function checkRepositoryRemote(url: string, policy: RemotePolicy = {}): Promise<void> {
  await checkRemoteUrl(url, policy);
}

/** Adds a repository by git URL, checked by checkRepositoryRemote (the system resolver unless the policy names one). */
export async function addRepositoryUrl(
  store: Store,
  candidateId: string,
  url: string,
  options: { commit?: string; allowFileUrls?: boolean; remote?: RemotePolicy } = {},
): Promise<Repository> {
  await checkRepositoryRemote(url, { ...options.remote, allowFileUrls: options.remote?.allowFileUrls ?? options.allowFileUrls ?? false });
  return store.repositories.add({ candidateId, url, commit: options.commit });
}
