// Source → a folder to walk. A local directory is read in place; git URLs
// and archives are brought into a temporary folder (git.ts, archive.ts).
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { withCandidateRepo } from './git-shadow.js';
import { looksLikeGitUrl } from './git-url.js';
import type { IngestLimits } from './limits.js';
import type { OpenedSource } from './types.js';

export { safeGitEnv } from './git-exec.js';

/** Limits (defaults in limits.ts) and choices for opening a source. */
export interface SourceOptions extends Partial<IngestLimits> {
  /** Allow `file://` git URLs (default true; a server should pass false). */
  allowFileUrls?: boolean;
  /** Branch, tag or commit to check out (overrides a `#ref` in the URL). */
  ref?: string;
  /** More `git -c` settings for a clone (a server pins the checked addresses: remote-guard.ts). */
  gitConfig?: readonly string[];
}

/** Anything URL-shaped goes to git.ts, which refuses what it does not allow (http, ext::, ...). */
export function isGitUrl(input: string): boolean {
  return looksLikeGitUrl(input);
}

export function isArchive(input: string): boolean {
  return /\.(zip|tar\.gz|tgz|tar)$/i.test(input);
}

export async function openSource(input: string, options: SourceOptions = {}): Promise<OpenedSource> {
  if (isGitUrl(input)) {
    const { openGitSource } = await import('./git.js');
    return openGitSource(input, options);
  }
  const abs = resolve(input);
  const st = await stat(abs).catch(() => undefined);
  if (!st) throw new UserError(`no such file or folder: ${input}`, 'E_NOT_FOUND');
  if (st.isFile()) {
    if (/\.bundle$/i.test(input)) {
      const { openBundleSource } = await import('./bundle.js');
      return openBundleSource(abs, input, options);
    }
    if (!isArchive(input)) throw new UserError(`not a folder, git URL or .zip/.tar.gz archive: ${input}`, 'E_SOURCE');
    const { openArchiveSource } = await import('./archive.js');
    return openArchiveSource(abs, input, options);
  }
  if (!st.isDirectory()) throw new UserError(`not a folder: ${input}`, 'E_SOURCE');
  return {
    input,
    kind: 'directory',
    root: abs,
    name: basename(abs),
    commit: await headCommit(abs),
    dispose: async () => {},
  };
}

/**
 * The HEAD commit of a git work tree (`dir/.git`), read through a shadow git
 * dir (git-shadow.ts): nothing in the repository's config, hooks or
 * attributes is honoured.
 */
export async function headCommit(dir: string): Promise<string | undefined> {
  try {
    return await withCandidateRepo(
      dir,
      async (repo) => {
        const sha = (await repo.git(['rev-parse', '--verify', '-q', '--end-of-options', 'HEAD^{commit}'], { timeoutMs: 10_000 })).trim();
        return sha === repo.head ? sha : undefined;
      },
      () => undefined,
    );
  } catch {
    return undefined;
  }
}
