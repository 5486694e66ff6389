import { execFileSync } from 'node:child_process';
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRepo, type FileTree } from '../../test/helpers/repo.js';
import { DEFAULT_WALK_LIMITS, type WalkLimits } from './types.js';
import { walkTree, type WalkResult } from './walk.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function repo(files: FileTree): Promise<string> {
  const built = await buildRepo(files);
  cleanups.push(built.cleanup);
  return built.root;
}

function paths(result: WalkResult): string[] {
  return result.files.map((f) => f.path);
}

function skips(result: WalkResult): string[] {
  return result.skipped.map((s) => `${s.path} ${s.reason}`);
}

describe('ingest/walk', () => {
  it('honours .gitignore patterns, folders and negations at the root', async () => {
    const root = await repo({
      '.gitignore': '*.log\n!keep.log\nscratch/\n/top.py\n',
      'a.py': '',
      'debug.log': '',
      'keep.log': '',
      'top.py': '',
      'scratch/x.py': '',
      'lib/top.py': '',
      'lib/scratch/y.py': '',
    });

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['.gitignore', 'a.py', 'keep.log', 'lib/top.py']);
    expect(skips(result)).toEqual(['debug.log gitignore', 'lib/scratch/ gitignore', 'scratch/ gitignore', 'top.py gitignore']);
  });

  it('applies a nested .gitignore to its own folder, deeper files overriding shallower ones', async () => {
    const root = await repo({
      '.gitignore': 'gen_*.py\n',
      'gen_a.py': '',
      'sub/.gitignore': '!gen_keep.py\n/local.py\n',
      'sub/gen_keep.py': '',
      'sub/gen_b.py': '',
      'sub/local.py': '',
      'sub/deeper/local.py': '',
      'other/local.py': '',
    });

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['.gitignore', 'other/local.py', 'sub/.gitignore', 'sub/deeper/local.py', 'sub/gen_keep.py']);
    expect(skips(result)).toEqual(['gen_a.py gitignore', 'sub/gen_b.py gitignore', 'sub/local.py gitignore']);
  });

  it('cannot re-include a file inside an ignored folder (as git)', async () => {
    const root = await repo({ '.gitignore': 'out/\n!out/keep.py\n', 'out/keep.py': '' });

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['.gitignore']);
    expect(skips(result)).toEqual(['out/ gitignore']);
  });

  it('survives a .gitignore full of odd patterns', async () => {
    const root = await repo({ '.gitignore': '\\\n[\n**/**/\n!\n#x\n\u0000\n' + 'a'.repeat(5000) + '\n', 'a.py': '' });

    const result = await walkTree(root);

    expect(paths(result)).toContain('a.py');
  });

  it('skips the folders signals.md excludes, at any depth', async () => {
    const root = await repo({
      'src/a.py': '',
      'venv/lib/x.py': '',
      '.venv/x.py': '',
      'pkg/node_modules/x.js': '',
      'lib/python3.11/site-packages/torch/x.py': '',
      'build/x.py': '',
      'dist/x.py': '',
      'widgets.egg-info/PKG-INFO': '',
      'nb/.ipynb_checkpoints/a-checkpoint.ipynb': '',
      'src/vendor/x.py': '',
      'third_party/x.py': '',
      'external/x.py': '',
      'src/__pycache__/a.cpython-311.py': '',
      '.git/config': '',
    });

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['src/a.py']);
    expect(skips(result)).toEqual([
      '.venv/ excluded-folder',
      'build/ excluded-folder',
      'dist/ excluded-folder',
      'external/ excluded-folder',
      'lib/python3.11/site-packages/ excluded-folder',
      'nb/.ipynb_checkpoints/ excluded-folder',
      'pkg/node_modules/ excluded-folder',
      'src/__pycache__/ excluded-folder',
      'src/vendor/ excluded-folder',
      'third_party/ excluded-folder',
      'venv/ excluded-folder',
      'widgets.egg-info/ excluded-folder',
    ]);
  });

  it('skips binaries by extension', async () => {
    const root = await repo({ 'model.pt': new Uint8Array([0, 1, 2]), 'docs/figure.PNG': 'x', 'train.py': '' });

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['train.py']);
    expect(result.skipped).toEqual([
      { path: 'docs/figure.PNG', reason: 'binary', detail: '1 bytes' },
      { path: 'model.pt', reason: 'binary', detail: '3 bytes' },
    ]);
  });

  it('skips a 50 MB single-line file as too large, with a larger limit for notebooks', async () => {
    const root = await repo({ 'data.py': '', 'small.py': 'x = 1\n', 'big.ipynb': '', 'huge.ipynb': '' });
    // Sparse files: sizes without writing the bytes.
    await truncate(join(root, 'data.py'), 50 * 1024 * 1024);
    await truncate(join(root, 'big.ipynb'), 3 * 1024 * 1024);
    await truncate(join(root, 'huge.ipynb'), 30 * 1024 * 1024);

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['big.ipynb', 'small.py']);
    expect(result.skipped).toEqual([
      { path: 'data.py', reason: 'too-large', detail: `52428800 bytes (limit ${DEFAULT_WALK_LIMITS.maxFileBytes})` },
      { path: 'huge.ipynb', reason: 'too-large', detail: `31457280 bytes (limit ${DEFAULT_WALK_LIMITS.maxNotebookBytes})` },
    ]);
  });

  it('never follows a link out of the tree, nor into a folder', async () => {
    const outside = await repo({ 'secret.py': 'import os\n', 'dir/x.py': '' });
    const root = await repo({ 'a.py': 'x = 1\n', 'pkg/b.py': '' });
    await symlink('/etc/passwd', join(root, 'passwd'));
    await symlink(join(outside, 'secret.py'), join(root, 'secret.py'));
    await symlink('../../' + outside.split('/').pop() + '/dir', join(root, 'pkg', 'escape'));
    await symlink('pkg', join(root, 'pkg-link'));
    await symlink('nowhere.py', join(root, 'dangling.py'));
    await symlink('a.py', join(root, 'alias.py'));

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['a.py', 'alias.py', 'pkg/b.py']);
    expect(result.files.find((f) => f.path === 'alias.py')?.size).toBe(6);
    expect(result.skipped).toEqual([
      { path: 'dangling.py', reason: 'symlink', detail: 'points outside the repository or nowhere' },
      { path: 'passwd', reason: 'symlink', detail: 'points outside the repository or nowhere' },
      { path: 'pkg-link/', reason: 'symlink', detail: 'link to a folder inside the repository' },
      { path: 'pkg/escape', reason: 'symlink', detail: 'points outside the repository or nowhere' },
      { path: 'secret.py', reason: 'symlink', detail: 'points outside the repository or nowhere' },
    ]);
  });

  it('does not read a .gitignore that is a link', async () => {
    const outside = await repo({ 'rules': '*.py\n' });
    const root = await repo({ 'a.py': '' });
    await symlink(join(outside, 'rules'), join(root, '.gitignore'));

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['a.py']);
  });

  it('records files that are not regular files', async () => {
    const root = await repo({ 'a.py': '' });
    execFileSync('mkfifo', [join(root, 'pipe.py')]);

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['a.py']);
    expect(result.skipped).toEqual([{ path: 'pipe.py', reason: 'unreadable', detail: 'not a regular file' }]);
  });

  it('stops at the file limit and says so once', async () => {
    const root = await repo({ 'a.py': '', 'b.py': '', 'c/d.py': '', 'c/e.py': '', 'f.py': '' });
    const limits: WalkLimits = { ...DEFAULT_WALK_LIMITS, maxFiles: 2 };

    const result = await walkTree(root, limits);

    expect(paths(result)).toEqual(['a.py', 'b.py']);
    expect(result.skipped).toEqual([{ path: 'c/d.py', reason: 'limit', detail: 'more than 2 files: this one and the rest of the tree were not read' }]);
  });

  it('walks an empty folder and hidden folders such as .github', async () => {
    const root = await repo({ '.github/workflows/ci.yml': 'on: push\n' });
    await mkdir(join(root, 'empty'));
    await writeFile(join(root, '.env.example'), 'A=1\n');

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['.env.example', '.github/workflows/ci.yml']);
    expect(result.skipped).toEqual([]);
  });

  it('never reads git metadata, whatever its spelling, and reads .gitmodules as data', async () => {
    const root = await repo({
      '.git': 'gitdir: meta\n',
      '.GIT/config': '[core]\n',
      'sub/.git./HEAD': 'ref: refs/heads/main\n',
      'sub/GIT~1/config': '[core]\n',
      '.gitmodules': '[submodule "x"]\n\turl = ext::sh -c touch% /tmp/x\n',
      'a.py': '',
    });

    const result = await walkTree(root);

    expect(paths(result)).toEqual(['.gitmodules', 'a.py']);
    expect(result.skipped).toEqual([]);
  });
});
