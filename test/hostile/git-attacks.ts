// Hostile git repositories for test/hostile/git.test.ts: each one carries a
// payload (in its config, hooks, attributes or layout) that creates a marker
// file if any git command honours it.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGitRepo, gitIn, pyLines } from '../helpers/git.js';

export const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
export const BOB = { name: 'Bob Upstream', email: 'bob@upstream.org' };

/**
 * A candidate repository of three commits: Bob's `lib/core.py`, Alice's
 * rewrite of it, then Alice's `app/train.py`. The first version of
 * `lib/core.py` lives only in history, so dropping its blob leaves the work
 * tree whole and the history with one unreadable object.
 */
export async function candidateRepo(): Promise<{ root: string; cleanup: () => Promise<void>; oldBlob: string }> {
  const repo = await buildGitRepo([
    { ...BOB, date: '2025-01-06T10:00:00Z', files: { 'lib/core.py': pyLines(30, 'core') } },
    { ...ALICE, date: '2025-02-03T10:00:00Z', files: { 'lib/core.py': pyLines(40, 'mine') } },
    { ...ALICE, date: '2025-03-03T10:00:00Z', files: { 'app/train.py': 'import mlflow\nmlflow.log_metric("a", 1)\n' } },
  ]);
  const oldBlob = gitIn(repo.root, ['rev-parse', 'HEAD~2:lib/core.py']).trim();
  return { ...repo, oldBlob };
}

/** Deletes one loose object, as a partial clone that never fetched it. */
export async function dropObject(gitDir: string, sha: string): Promise<void> {
  await rm(join(gitDir, 'objects', sha.slice(0, 2), sha.slice(2)));
}

/** Sets config in a repository's own config file (or any config file, with `file`). */
export function setConfig(gitDir: string, entries: Record<string, string>, file = join(gitDir, 'config')): void {
  for (const [key, value] of Object.entries(entries)) gitIn(gitDir, ['config', '--file', file, key, value]);
}

/** A promisor remote with a missing object: git fetches it lazily from `url`. */
export function promisorConfig(url: string): Record<string, string> {
  return {
    'core.repositoryformatversion': '1',
    'extensions.partialClone': 'origin',
    'remote.origin.url': url,
    'remote.origin.promisor': 'true',
    'remote.origin.partialclonefilter': 'blob:none',
    'protocol.allow': 'always',
    'protocol.ext.allow': 'always',
  };
}

/** `ext::` runs a program as the transport. */
export const extUrl = (marker: string) => `ext::sh -c touch% ${marker}`;

/** Every repository-local setting that names a program, each creating the marker. */
export function programConfig(marker: string): Record<string, string> {
  const touch = `touch ${marker}; false`;
  return {
    'core.fsmonitor': touch,
    'core.pager': touch,
    'pager.log': touch,
    'pager.blame': touch,
    'core.sshCommand': touch,
    'core.hooksPath': 'hooks',
    'diff.external': touch,
    'diff.py.textconv': touch,
    'diff.py.command': touch,
    'filter.evil.clean': touch,
    'filter.evil.smudge': touch,
    'filter.evil.process': touch,
    'filter.evil.required': 'true',
    'gpg.program': touch,
    'log.showSignature': 'true',
    'core.askPass': touch,
    'credential.helper': `!${touch}`,
    'core.editor': touch,
    'sequence.editor': touch,
    'uploadpack.packObjectsHook': touch,
    'alias.log': `!${touch}`,
  };
}

/** Hooks that create the marker, in `.git/hooks` and in a `hooks/` folder the config points at. */
export async function writeHooks(gitDir: string, root: string, marker: string): Promise<void> {
  const script = `#!/bin/sh\ntouch ${marker}\n`;
  for (const dir of [join(gitDir, 'hooks'), join(root, 'hooks')]) {
    await mkdir(dir, { recursive: true });
    for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'fsmonitor-watchman', 'pre-auto-gc', 'post-rewrite']) {
      await writeFile(join(dir, hook), script, { mode: 0o755 });
    }
  }
}

/** Attributes naming the evil drivers for every Python file. */
export async function writeAttributes(root: string, gitDir: string): Promise<void> {
  const attrs = '*.py diff=py filter=evil merge=evil\n';
  await writeFile(join(root, '.gitattributes'), attrs);
  await mkdir(join(gitDir, 'info'), { recursive: true });
  await writeFile(join(gitDir, 'info', 'attributes'), attrs);
}

/** Moves `.git` to `meta/` and leaves a `.git` file saying `gitdir: meta`. */
export async function gitdirFile(root: string, target = 'meta'): Promise<string> {
  const gitDir = join(root, target);
  await rename(join(root, '.git'), gitDir);
  await writeFile(join(root, '.git'), `gitdir: ${target}\n`);
  return gitDir;
}

/**
 * Runs plain git (no safety settings, as a naive tool would) and tells
 * whether the payload fired; removes the marker. Proves a fixture is live.
 */
export function firesWithPlainGit(root: string, args: string[], marker: string): boolean {
  spawnSync('git', ['-C', root, ...args], {
    env: { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    stdio: 'ignore',
    timeout: 30_000,
  });
  const fired = existsSync(marker);
  rmSync(marker, { force: true });
  return fired;
}

export { gitIn };
