import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn } from '../../test/helpers/git.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { usePrivateTmpdir } from '../../test/hostile/harness.js';
import { GitRunError, runGit, safeGitEnv } from './git-exec.js';
import { isSafeRefName } from './git-refs.js';
import { openCandidateRepo, withCandidateRepo } from './git-shadow.js';
import { headCommit } from './source.js';

const A = { name: 'Ann', email: 'ann@example.com' };
// A private temp folder: other test runs on this machine cannot pass for, or hide, a temp folder these tests left behind.
const privateTmp = usePrivateTmpdir('shadow-test-')();

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function repo(commits = 2) {
  const built = await buildGitRepo(Array.from({ length: commits }, (_, i) => ({ ...A, date: `2025-01-0${i + 1}T10:00:00Z`, files: { [`f${i}.py`]: `x = ${i}\n` } })));
  cleanups.push(built.cleanup);
  return built.root;
}

const shadows = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('evident-gitdir-'));
const count = (root: string) => withCandidateRepo(root, async (r) => (await r.git(['rev-list', '--count', 'HEAD'])).trim(), (reason) => reason);

describe('ingest/git-shadow', () => {
  it('resolves HEAD through a branch, packed refs and a symbolic ref chain; leaves no shadow behind', async () => {
    const root = await repo();
    const head = gitIn(root, ['rev-parse', 'HEAD']).trim();
    gitIn(root, ['pack-refs', '--all']);
    gitIn(root, ['symbolic-ref', 'refs/heads/alias', 'refs/heads/main']);
    gitIn(root, ['symbolic-ref', 'HEAD', 'refs/heads/alias']);

    expect(await headCommit(root)).toBe(head);
    expect(await count(root)).toBe('2');
    expect(await shadows()).toEqual([]);
  });

  it('an unborn branch, a HEAD naming a path outside refs, and a FIFO as HEAD: no history, at once', async () => {
    const root = await repo();
    gitIn(root, ['symbolic-ref', 'HEAD', 'refs/heads/none']);
    expect(await openCandidateRepo(root)).toEqual({ reason: 'no git history' });

    await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/../../../etc/passwd\n');
    expect(await openCandidateRepo(root)).toEqual({ reason: 'no git history' });

    await rm(join(root, '.git', 'HEAD'));
    execFileSync('mkfifo', [join(root, '.git', 'HEAD')]);
    const started = Date.now();
    expect(await openCandidateRepo(root)).toEqual({ reason: 'no git history' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('accepts ordinary ref names only', () => {
    expect(['refs/heads/main', 'refs/heads/feature/x-1', 'refs/tags/v1.0'].map(isSafeRefName)).toEqual([true, true, true]);
    expect(['refs/../x', 'refs/heads/.hidden', 'refs/heads/a.lock', 'HEAD', 'refs/heads/a b', 'refs//x'].map(isSafeRefName)).toEqual([false, false, false, false, false, false]);
  });

  it('links only object files: a link planted among loose objects is not read', async () => {
    const root = await repo(1);
    const outside = await buildRepo({ 'secret.txt': 'secret' });
    cleanups.push(outside.cleanup);
    const dir = join(root, '.git', 'objects', 'ab');
    await mkdir(dir, { recursive: true });
    await symlink(join(outside.root, 'secret.txt'), join(dir, 'c'.repeat(38)));

    const linked = await withCandidateRepo(root, async (r) => r.git(['cat-file', '-e', `ab${'c'.repeat(38)}`]).then(() => true, () => false), () => undefined);

    expect(linked).toBe(false);
    expect(await count(root)).toBe('1');
  });

  it('reads a SHA-256 repository', async () => {
    const built = await buildRepo({ 'a.py': 'x = 1\n' });
    cleanups.push(built.cleanup);
    gitIn(built.root, ['init', '-q', '--object-format=sha256', '-b', 'main']);
    gitIn(built.root, ['add', '-A']);
    gitIn(built.root, ['commit', '-q', '-m', 'one'], { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' });

    expect(await headCommit(built.root)).toMatch(/^[0-9a-f]{64}$/);
    expect(await count(built.root)).toBe('1');
  });

  it('the runner stops git over its output limit', async () => {
    const run = runGit(['--version'], { env: safeGitEnv(), timeoutMs: 10_000, maxStdout: 4 });

    await expect(run).rejects.toBeInstanceOf(GitRunError);
    await expect(run).rejects.toMatchObject({ reason: 'too-large' });
  });
});
