// Source → a folder to walk. A local directory is read in place; git URLs
// and archives are brought into a temporary folder (git.ts, archive.ts).
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import { looksLikeGitUrl } from './git-url.js';
import type { IngestLimits } from './limits.js';
import type { OpenedSource } from './types.js';

const run = promisify(execFile);

/** Limits (defaults in limits.ts) and choices for opening a source. */
export interface SourceOptions extends Partial<IngestLimits> {
  /** Allow `file://` git URLs (default true; a server should pass false). */
  allowFileUrls?: boolean;
  /** Branch, tag or commit to check out (overrides a `#ref` in the URL). */
  ref?: string;
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

/** The HEAD commit of a git work tree, without running hooks or reading user config. */
export async function headCommit(dir: string): Promise<string | undefined> {
  try {
    // rev-parse reads refs only: it runs no hook, fsmonitor or filter even in a hostile .git.
    const { stdout } = await run('git', ['-C', dir, 'rev-parse', '--verify', '-q', 'HEAD'], {
      env: safeGitEnv(),
      timeout: 10_000,
    });
    const sha = stdout.trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Environment for running git on untrusted repositories: built from nothing
 * (no GIT_DIR, GIT_SSH_COMMAND or the like leaks in), no user or system
 * config or attributes (so no credential helpers, aliases or filter drivers,
 * git-lfs included), no prompts, no pager, no replace refs rewriting history.
 */
export function safeGitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    XDG_CONFIG_HOME: '/nonexistent',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_LFS_SKIP_SMUDGE: '1',
    GIT_PROTOCOL_FROM_USER: '0',
    LC_ALL: 'C',
  };
}
