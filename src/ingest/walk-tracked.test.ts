// Git's rule: ignore patterns only concern untracked files. The walker reads a
// tracked file whatever .gitignore says (held-out S: a notebook committed under
// a `/notebooks` rule), leaves untracked ignored files out as before, and keeps
// the folders signals.md excludes excluded, tracked or not.
import { afterEach, describe, expect, it } from 'vitest';
import { buildRepo, type FileTree } from '../../test/helpers/repo.js';
import { walkTree, type WalkResult } from './walk.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function walk(files: FileTree, tracked?: string[]): Promise<WalkResult> {
  const built = await buildRepo(files);
  cleanups.push(built.cleanup);
  return walkTree(built.root, undefined, tracked);
}

const paths = (result: WalkResult) => result.files.map((f) => f.path);
const skips = (result: WalkResult) => result.skipped.map((s) => `${s.path} ${s.reason}${s.detail ? ` (${s.detail})` : ''}`);

describe('ingest/walk: tracked files under ignore rules', () => {
  it('walks the tracked files of an ignored folder and leaves its untracked entries out, in one record', async () => {
    const files = {
      '.gitignore': '/notebooks\n',
      'train.py': '',
      'notebooks/model.ipynb': '{}',
      'notebooks/scratch.ipynb': '{}',
      'notebooks/old/try.py': '',
      'notebooks/old/more.py': '',
    };

    const result = await walk(files, ['.gitignore', 'train.py', 'notebooks/model.ipynb']);

    expect(paths(result)).toEqual(['.gitignore', 'notebooks/model.ipynb', 'train.py']);
    expect(skips(result)).toEqual(['notebooks/ gitignore (2 untracked left out; its 1 tracked file is walked)']);
  });

  it('finds tracked files in nested folders of an ignored folder, the ignore rule applying all the way down', async () => {
    const files = {
      '.gitignore': 'out/\n',
      'out/a/b/kept.py': '',
      'out/a/b/.gitignore': '!*.py\n',
      'out/a/b/local.py': '',
      'out/a/c/x.py': '',
      'out/top.py': '',
    };

    const result = await walk(files, ['.gitignore', 'out/a/b/kept.py', 'out/top.py']);

    expect(paths(result)).toEqual(['.gitignore', 'out/a/b/kept.py', 'out/top.py']);
    expect(skips(result)).toEqual(['out/ gitignore (3 untracked left out; its 2 tracked files are walked)']);
  });

  it('walks a tracked file matched by a file pattern, and skips the untracked ones it matches', async () => {
    const files = { '.gitignore': '*.ipynb\n', 'eda.ipynb': '{}', 'draft.ipynb': '{}', 'a.py': '' };

    const result = await walk(files, ['.gitignore', 'a.py', 'eda.ipynb']);

    expect(paths(result)).toEqual(['.gitignore', 'a.py', 'eda.ipynb']);
    expect(skips(result)).toEqual(['draft.ipynb gitignore']);
  });

  it('skips an ignored folder with nothing tracked in it as before, and records nothing for one whose files are all tracked', async () => {
    const files = { '.gitignore': 'data/\nnotes/\n', 'data/raw.py': '', 'notes/n.py': '' };

    const result = await walk(files, ['.gitignore', 'notes/n.py']);

    expect(paths(result)).toEqual(['.gitignore', 'notes/n.py']);
    expect(skips(result)).toEqual(['data/ gitignore']);
  });

  it('keeps excluded folders excluded when their files are tracked, inside an ignored folder or not', async () => {
    const files = {
      '.gitignore': 'nb/\n',
      '.venv/lib/x.py': '',
      'src/__pycache__/a.py': '',
      'nb/vendor/v.py': '',
      'nb/build/b.py': '',
      'nb/keep.py': '',
    };

    const result = await walk(files, ['.gitignore', '.venv/lib/x.py', 'src/__pycache__/a.py', 'nb/vendor/v.py', 'nb/keep.py']);

    expect(paths(result)).toEqual(['.gitignore', 'nb/keep.py']);
    expect(skips(result)).toEqual([
      '.venv/ excluded-folder (vendored or generated)',
      'nb/ gitignore (1 untracked left out; its 2 tracked files are walked)',
      'nb/vendor/ excluded-folder (vendored or generated)',
      'src/__pycache__/ excluded-folder (vendored or generated)',
    ]);
  });

  it("leaves out an editor's local history of the files, tracked or not", async () => {
    const files = { 'app.py': '', '.history/app_20240101120000.py': '', 'src/.history/m_20240102.py': '' };

    const result = await walk(files, ['app.py', '.history/app_20240101120000.py']);

    expect(paths(result)).toEqual(['app.py']);
    expect(skips(result)).toEqual(['.history/ excluded-folder (vendored or generated)', 'src/.history/ excluded-folder (vendored or generated)']);
  });

  it("leaves out the Astro CLI's generated scaffolding", async () => {
    const files = { 'dags/etl.py': '', '.astro/test_dag_integrity_default.py': 'from airflow.models import DagBag\n', '.astro/config.yaml': 'project:\n  name: x\n' };

    const result = await walk(files, Object.keys(files));

    expect(paths(result)).toEqual(['dags/etl.py']);
    expect(skips(result)).toEqual(['.astro/ excluded-folder (vendored or generated)']);
  });

  it('applies every ignore rule to a folder that is not a git work tree (nothing tracked)', async () => {
    const files = { '.gitignore': '/notebooks\n*.log\n', 'notebooks/model.ipynb': '{}', 'run.log': '', 'a.py': '' };

    const result = await walk(files);

    expect(paths(result)).toEqual(['.gitignore', 'a.py']);
    expect(skips(result)).toEqual(['notebooks/ gitignore', 'run.log gitignore']);
  });
});
