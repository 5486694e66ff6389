import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn } from '../../test/helpers/git.js';
import { UserError } from '../util/errors.js';
import { openSource, type SourceOptions } from './source.js';
import type { OpenedSource } from './types.js';

const ALICE = { name: 'Alice', email: 'alice@example.com' };
let scratch: string;
let savedTmp: string | undefined;
const opened: OpenedSource[] = [];

// Each test gets its own TMPDIR, so "nothing was left behind" can be checked exactly.
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'evident-git-test-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
});

afterEach(async () => {
  for (const source of opened.splice(0)) await source.dispose();
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(scratch, { recursive: true, force: true });
});

async function leftovers(): Promise<string[]> {
  return (await readdir(scratch)).filter((name) => name.startsWith('evident-git-'));
}

async function clone(url: string, options: SourceOptions = {}): Promise<OpenedSource> {
  const source = await openSource(url, options);
  opened.push(source);
  return source;
}

async function failure(url: string, options: SourceOptions = {}): Promise<UserError> {
  const err = await openSource(url, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

async function twoCommitRepo() {
  return buildGitRepo([
    { ...ALICE, date: '2025-01-06T10:00:00Z', files: { 'train.py': 'import torch\n' } },
    { ...ALICE, date: '2025-02-03T10:00:00Z', files: { 'eval.py': 'import numpy\n' } },
  ]);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('ingest/git', () => {
  it('clones the default branch with the whole history and every blob (blame works offline)', async () => {
    const repo = await twoCommitRepo();

    const source = await clone(`file://${repo.root}`);

    expect(source.kind).toBe('git');
    expect(source.commit).toBe(gitIn(repo.root, ['rev-parse', 'HEAD']).trim());
    expect(source.name).toMatch(/^evident-git-test-\w+\/evident-test-\w+$/);
    expect(await readFile(join(source.root, 'eval.py'), 'utf8')).toBe('import numpy\n');
    expect(gitIn(source.root, ['rev-list', '--count', 'HEAD']).trim()).toBe('2');
    expect(() => gitIn(source.root, ['config', 'remote.origin.partialclonefilter'])).toThrow();
    expect(gitIn(source.root, ['log', '--numstat', '--format=%H', '--', 'eval.py'])).toMatch(/\t?eval\.py/);
  });

  it('clones a URL that ends in /.git, named after the folder holding it', async () => {
    const repo = await twoCommitRepo();

    const source = await clone(`file://${repo.root}/.git`);

    expect(source.name).toMatch(/^evident-git-test-\w+\/evident-test-\w+$/);
  });

  it.each(['branch', 'tag', 'commit'])('checks out a %s given after #', async (kind) => {
    const repo = await twoCommitRepo();
    const first = gitIn(repo.root, ['rev-list', '--max-parents=0', 'HEAD']).trim();
    gitIn(repo.root, ['branch', 'old', first]);
    gitIn(repo.root, ['tag', 'v1', first]);
    const ref = { branch: 'old', tag: 'v1', commit: first.slice(0, 12) }[kind];

    const source = await clone(`file://${repo.root}#${ref}`);

    expect(source.commit).toBe(first);
    expect(existsSync(join(source.root, 'train.py'))).toBe(true);
    expect(existsSync(join(source.root, 'eval.py'))).toBe(false);
  });

  it('refuses an unknown ref and leaves nothing behind', async () => {
    const repo = await twoCommitRepo();

    const err = await failure(`file://${repo.root}#no-such-branch`);

    expect(err.message).toMatch(/^cannot clone file:\/\/.*: no branch, tag or commit named no-such-branch$/);
    expect(await leftovers()).toEqual([]);
  });

  it('keeps hooks, templates and submodules out of the clone', async () => {
    const inner = await twoCommitRepo();
    const repo = await twoCommitRepo();
    const sha = gitIn(inner.root, ['rev-parse', 'HEAD']).trim();
    gitIn(repo.root, ['config', '-f', '.gitmodules', 'submodule.sub.path', 'sub']);
    gitIn(repo.root, ['config', '-f', '.gitmodules', 'submodule.sub.url', `file://${inner.root}`]);
    gitIn(repo.root, ['update-index', '--add', '--cacheinfo', `160000,${sha},sub`]);
    gitIn(repo.root, ['add', '.gitmodules']);
    gitIn(repo.root, ['commit', '-q', '-m', 'submodule'], { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' });

    const source = await clone(`file://${repo.root}`);

    expect(await readdir(join(source.root, 'sub'))).toEqual([]);
    expect(existsSync(join(source.root, '.git', 'hooks'))).toBe(false);
    expect(gitIn(source.root, ['config', 'core.hooksPath']).trim()).toBe('/dev/null');
    expect(gitIn(source.root, ['config', 'protocol.allow']).trim()).toBe('never');
  });

  it('never runs filter drivers a .gitattributes names', async () => {
    const repo = await buildGitRepo([
      { ...ALICE, date: '2025-01-06T10:00:00Z', files: { '.gitattributes': '*.py filter=lfs diff=lfs\n', 'a.py': 'x = 1\n' } },
    ]);

    const source = await clone(`file://${repo.root}`);

    expect(await readFile(join(source.root, 'a.py'), 'utf8')).toBe('x = 1\n');
  });

  it('leaves links out of the checkout and records them', async () => {
    const repo = await buildGitRepo([{ ...ALICE, date: '2025-01-06T10:00:00Z', files: { 'a.py': 'x = 1\n' } }]);
    await symlink('/etc/passwd', join(repo.root, 'passwd'));
    await symlink('a.py', join(repo.root, 'b.py'));
    gitIn(repo.root, ['add', '-A']);
    gitIn(repo.root, ['commit', '-q', '-m', 'links'], { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' });

    const source = await clone(`file://${repo.root}`);

    expect((await readdir(source.root)).sort()).toEqual(['.git', 'a.py']);
    expect(source.skipped).toEqual([
      { path: 'b.py', reason: 'symlink', detail: 'link in the repository (not checked out)' },
      { path: 'passwd', reason: 'symlink', detail: 'link in the repository (not checked out)' },
    ]);
  });

  it('refuses transport helpers before running anything', async () => {
    const marker = join(scratch, 'pwned');

    const err = await failure(`ext::sh -c touch% ${marker}`);

    expect(err.message).toContain('transport helpers (ext::)');
    expect(existsSync(marker)).toBe(false);
    expect(await leftovers()).toEqual([]);
  });

  it('reports an unreachable URL as one line from git', async () => {
    const port = await closedPort();

    const err = await failure(`https://127.0.0.1:${port}/acme/widgets.git`);

    expect(err.message).toMatch(new RegExp(`^cannot clone https://127\\.0\\.0\\.1:${port}/acme/widgets\\.git: .*127\\.0\\.0\\.1`));
    expect(err.message).not.toContain('\n');
    expect(await leftovers()).toEqual([]);
  });

  it('refuses plain http and, where disabled, file URLs', async () => {
    const repo = await twoCommitRepo();

    expect((await failure('http://127.0.0.1:9/acme/widgets')).message).toContain('plain http is not allowed');
    expect((await failure(`file://${repo.root}`, { allowFileUrls: false })).message).toContain('file URLs are not enabled');
  });

  it('aborts a clone over the time limit and cleans up', async () => {
    const repo = await twoCommitRepo();

    const err = await failure(`file://${repo.root}`, { timeoutMs: 1 });

    expect(err.message).toMatch(/: timed out after 1 ms$/);
    expect(await leftovers()).toEqual([]);
  });

  it('aborts a clone over the size limit and cleans up', async () => {
    const repo = await buildGitRepo([{ ...ALICE, date: '2025-01-06T10:00:00Z', files: { 'big.py': 'x = 1\n'.repeat(20_000) } }]);

    const err = await failure(`file://${repo.root}`, { maxBytes: 50_000 });

    expect(err.message).toMatch(/: larger than the limit of 49 KiB$/);
    expect(await leftovers()).toEqual([]);
  });

  it('dispose() removes the clone, and may be called twice', async () => {
    const repo = await twoCommitRepo();
    const source = await openSource(`file://${repo.root}`);

    await source.dispose();
    await source.dispose();

    expect(existsSync(source.root)).toBe(false);
    expect(await leftovers()).toEqual([]);
  });
});
