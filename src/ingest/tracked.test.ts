import { existsSync } from 'node:fs';
import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { committedRepo, gitIn } from '../../test/helpers/git.js';
import type { FileTree } from '../../test/helpers/repo.js';
import { parseLsTree, readHeadTree } from './tracked.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});


/** A repository holding `files`, committing what `git add` takes plus `forced` (`git add -f`), hooks off. */
async function committed(files: FileTree, forced: string[]): Promise<string> {
  const repo = await committedRepo(files, forced);
  cleanups.push(repo.cleanup);
  return repo.root;
}

describe('ingest/tracked', () => {
  it('reads the blobs of ls-tree output, links included, submodules left out', () => {
    const out = ['100644 blob aa\ta b.py', '100755 blob bb\trun.sh', '120000 blob cc\tlink', '160000 commit dd\tvendor/lib', ''].join('\0');

    expect(parseLsTree(out)).toEqual([
      { mode: '100644', path: 'a b.py' },
      { mode: '100755', path: 'run.sh' },
      { mode: '120000', path: 'link' },
    ]);
  });

  it('lists a file committed under an ignore rule, not an untracked one beside it nor one only staged', async () => {
    const root = await committed({ '.gitignore': '/notebooks\n', 'train.py': 'x = 1\n', 'notebooks/model.ipynb': '{}', 'notebooks/scratch.ipynb': '{}' }, ['notebooks/model.ipynb']);
    await appendFile(join(root, 'staged.py'), 'y = 2\n');
    gitIn(root, ['-c', 'core.hooksPath=/dev/null', 'add', 'staged.py']);

    const head = await readHeadTree(root);

    expect(head?.map((e) => e.path)).toEqual(['.gitignore', 'notebooks/model.ipynb', 'train.py']);
  });

  it('is undefined for a folder without git history of its own', async () => {
    const root = await committed({ 'a.py': '' }, []);
    await rm(join(root, '.git'), { recursive: true, force: true });

    expect(await readHeadTree(root)).toBeUndefined();
  });

  it("never runs the repository's own git config", async () => {
    const root = await committed({ 'a.py': '' }, []);
    const marker = join(root, '..', `pwned-tracked-${Date.now()}`);
    await appendFile(join(root, '.git', 'config'), `[core]\n\tfsmonitor = touch ${marker}\n[alias]\n\tls-tree = !touch ${marker}\n`);

    const head = await readHeadTree(root);

    expect(head?.map((e) => e.path)).toEqual(['a.py']);
    expect(existsSync(marker)).toBe(false);
  });
});
