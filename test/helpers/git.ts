// Builds git repositories with controlled authors, emails and dates.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildRepo, type FileTree } from './repo.js';

export interface CommitSpec {
  name: string;
  email: string;
  /** ISO date-time, e.g. 2025-03-01T10:00:00Z. */
  date: string;
  /** Defaults to `date`. */
  commitDate?: string;
  files: Record<string, string>;
  /** Paths moved (`git mv from to`) before `files` are written. */
  moves?: Record<string, string>;
  message?: string;
}

export function gitIn(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', ['-C', dir, ...args], {
    env: { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
    encoding: 'utf8',
  });
}

/**
 * A repository holding `files` in one commit of what `git add -A` takes, plus `forced` added with `git add -f` (files
 * an ignore rule names), hooks and templates off.
 */
export async function committedRepo(files: FileTree, forced: readonly string[] = []): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const repo = await buildRepo(files);
  const author = { GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com' };
  const git = (args: string[]) => gitIn(repo.root, ['-c', 'core.hooksPath=/dev/null', ...args], author);
  git(['init', '-q', '--template=', '-b', 'main']);
  git(['add', '-A']);
  if (forced.length > 0) git(['add', '-f', '--', ...forced]);
  git(['commit', '-q', '-m', 'init']);
  return repo;
}

/** A repository whose commits are made in order with the given authors and dates. */
export async function buildGitRepo(commits: CommitSpec[]): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const repo = await buildRepo({});
  gitIn(repo.root, ['init', '-q', '-b', 'main']);
  for (const [i, c] of commits.entries()) {
    for (const [from, to] of Object.entries(c.moves ?? {})) {
      await mkdir(dirname(join(repo.root, to)), { recursive: true });
      gitIn(repo.root, ['mv', from, to]);
    }
    for (const [path, content] of Object.entries(c.files)) {
      const abs = join(repo.root, path);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, content);
    }
    gitIn(repo.root, ['add', '-A']);
    gitIn(repo.root, ['commit', '-q', '--allow-empty', '-m', c.message ?? `commit ${i}`], {
      GIT_AUTHOR_NAME: c.name,
      GIT_AUTHOR_EMAIL: c.email,
      GIT_AUTHOR_DATE: c.date,
      GIT_COMMITTER_NAME: c.name,
      GIT_COMMITTER_EMAIL: c.email,
      GIT_COMMITTER_DATE: c.commitDate ?? c.date,
    });
  }
  return repo;
}

/**
 * A repository made with `git fast-import` (hundreds of commits in well
 * under a second), commits given oldest first; `files` hold whole contents.
 * `moves` are not supported here.
 */
export async function fastImportRepo(commits: CommitSpec[]): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const repo = await buildRepo({});
  gitIn(repo.root, ['init', '-q', '-b', 'main']);
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const parts: string[] = [];
  for (const [i, c] of commits.entries()) {
    const when = (d: string) => `${Math.floor(Date.parse(d) / 1000)} +0000`;
    parts.push('commit refs/heads/main\n', `author ${c.name} <${c.email}> ${when(c.date)}\n`, `committer ${c.name} <${c.email}> ${when(c.commitDate ?? c.date)}\n`, data(c.message ?? `commit ${i}`));
    for (const [path, content] of Object.entries(c.files)) parts.push(`M 100644 inline ${path}\n`, data(content));
    parts.push('\n');
  }
  execFileSync('git', ['-C', repo.root, 'fast-import', '--quiet'], {
    input: parts.join(''),
    env: { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    maxBuffer: 1 << 28,
  });
  gitIn(repo.root, ['checkout', '-q', 'main']);
  return repo;
}

/** `n` lines of Python. */
export function pyLines(n: number, tag = 'x'): string {
  return Array.from({ length: n }, (_, i) => `${tag}_${i} = ${i}\n`).join('');
}
