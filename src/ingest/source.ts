// Source → a folder to walk. A local directory is read in place; git URLs
// and archives are brought into a temporary folder (git.ts, archive.ts).
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import type { OpenedSource } from './types.js';

const run = promisify(execFile);

export interface SourceOptions {
  /** Abort long clones/extractions. */
  timeoutMs?: number;
}

export function isGitUrl(input: string): boolean {
  return /^(https?|ssh|git|file):\/\//i.test(input) || /^[\w.-]+@[\w.-]+:/.test(input) || /^[a-z][a-z0-9+.-]*::/i.test(input);
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

/** Environment for running git on untrusted repositories: no user/system config, no prompts, no pager. */
export function safeGitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}
