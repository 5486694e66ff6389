// Held-out S: a notebook committed under a `/notebooks` rule held the
// repository's only evaluation, and the scan left it out as git-ignored. Git's
// rule is that ignore patterns only concern untracked files: a scan reads
// what HEAD tracks, and leaves untracked ignored files (and folders that are
// not git work trees) as before.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { committedRepo } from '../../test/helpers/git.js';
import { notebook } from '../../test/helpers/notebook.js';
import type { FileTree } from '../../test/helpers/repo.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from './types.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});


const EVALUATED = notebook([
  'from sklearn.model_selection import train_test_split\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)',
  'from sklearn.metrics import classification_report\nprint(classification_report(y_test, model.predict(X_test)))',
]);
const MENTIONED = notebook([{ md: '# Model\nTODO: a held-out split and a classification_report' }, 'model.fit(X, y)']);

/** A repository: `.gitignore` ignores /notebooks, `train.py` fits on all data; `forced` are committed with `git add -f`, hooks off. */
async function repository(notebooks: FileTree, forced: string[]): Promise<string> {
  const repo = await committedRepo({ '.gitignore': '/notebooks\n', 'train.py': 'from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y)\n', ...notebooks }, forced);
  cleanups.push(repo.cleanup);
  return repo.root;
}

function evaluation(scan: RepoScan) {
  const signal = scan.signals.find((s) => s.id === 'model_evaluation');
  return { present: signal?.present, locations: signal?.evidence.map((e) => e.location) ?? [] };
}

describe('scan: tracked files under .gitignore rules', () => {
  it('reads a notebook committed under an ignored folder (present)', async () => {
    const root = await repository({ 'notebooks/model.ipynb': EVALUATED }, ['notebooks/model.ipynb']);

    const scan = await scanRepository(root, { history: false });

    expect(evaluation(scan)).toEqual({ present: true, locations: ['notebooks/model.ipynb#cell=0:2', 'notebooks/model.ipynb#cell=1:2'] });
    expect(scan.skipped.filter((s) => s.reason === 'gitignore')).toEqual([]);
  });

  it('does not credit a tracked notebook that only mentions an evaluation (mention only)', async () => {
    const root = await repository({ 'notebooks/model.ipynb': MENTIONED }, ['notebooks/model.ipynb']);

    const scan = await scanRepository(root, { history: false });

    expect(evaluation(scan).present).toBe(false);
  });

  it('leaves an untracked notebook in the ignored folder out, and the same folder without git history (absent)', async () => {
    const root = await repository({ 'notebooks/model.ipynb': MENTIONED, 'notebooks/local.ipynb': EVALUATED }, ['notebooks/model.ipynb']);

    const tracked = await scanRepository(root, { history: false });
    await rm(join(root, '.git'), { recursive: true, force: true });
    const plain = await scanRepository(root, { history: false });

    expect(evaluation(tracked).present).toBe(false);
    expect(tracked.skipped).toContainEqual({ path: 'notebooks/', reason: 'gitignore', detail: '1 untracked left out; its 1 tracked file is walked' });
    expect(evaluation(plain).present).toBe(false);
    expect(plain.skipped).toContainEqual({ path: 'notebooks/', reason: 'gitignore' });
  });
});
