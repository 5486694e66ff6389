import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo } from '../../test/helpers/git.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { buildZip } from '../../test/helpers/zip.js';
import { UserError } from '../util/errors.js';
import { isArchive, isGitUrl, openSource, safeGitEnv } from './source.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const built = await buildRepo(files);
  cleanups.push(built.cleanup);
  return built.root;
}

describe('ingest/source', () => {
  it('reads a local folder in place, with its HEAD commit when it is a work tree', async () => {
    const repo = await buildGitRepo([{ name: 'A', email: 'a@example.com', date: '2025-01-06T10:00:00Z', files: { 'a.py': '' } }]);
    cleanups.push(repo.cleanup);

    const source = await openSource(repo.root);

    expect(source).toMatchObject({ kind: 'directory', root: repo.root, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });

  it('reads a plain folder without a commit', async () => {
    const root = await tree({ 'a.py': '' });

    const source = await openSource(root);

    expect(source.kind).toBe('directory');
    expect(source.commit).toBeUndefined();
  });

  it('opens an archive by its contents', async () => {
    const root = await tree({ 'w.zip': buildZip([{ name: 'w/a.py', data: 'x' }]) });

    const source = await openSource(join(root, 'w.zip'));
    cleanups.push(() => source.dispose());

    expect(source).toMatchObject({ kind: 'archive', name: 'w', skipped: [] });
  });

  it('refuses a missing path, a file that is not an archive, and a device', async () => {
    const root = await tree({ 'notes.txt': 'x' });

    await expect(openSource('/no/such/dir')).rejects.toThrow(/^no such file or folder: \/no\/such\/dir$/);
    await expect(openSource(join(root, 'notes.txt'))).rejects.toBeInstanceOf(UserError);
    await expect(openSource('/dev/null')).rejects.toThrow('not a folder');
  });

  it('tells URLs and archives from paths', () => {
    expect([isGitUrl('https://github.com/a/b'), isGitUrl('git@github.com:a/b'), isGitUrl('ext::x'), isGitUrl('./a/b')]).toEqual([true, true, true, false]);
    expect([isArchive('a.zip'), isArchive('a.tar.gz'), isArchive('a.TGZ'), isArchive('a.tar'), isArchive('a.tar.bz2')]).toEqual([true, true, true, true, false]);
  });

  it('runs git with nothing from the user environment or config', () => {
    const env = safeGitEnv();

    expect(env).toMatchObject({ GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '1' });
    expect(Object.keys(env).filter((k) => !k.startsWith('GIT_') && !['PATH', 'HOME', 'XDG_CONFIG_HOME', 'SSH_ASKPASS', 'PAGER', 'LC_ALL'].includes(k))).toEqual([]);
  });
});
