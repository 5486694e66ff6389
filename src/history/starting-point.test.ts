// Real-people review N4/N3: a template others committed before the
// candidate's first commit was "a team project … ask which parts were
// theirs"; a refactor that deleted the candidate's own files and added them
// back moved and edited was "uploaded 9 files".
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { authorshipNotes } from '../assess/authorship.js';
import { candidateUploads } from './verdict.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const ALICE = { name: 'Alice Liddell', email: 'alice@mail.example' };
const BOB = { name: 'Bob Template', email: 'bob@uni.example' };
const identity = { emails: [ALICE.email], names: [] };

describe('a starting point by others', () => {
  it('is said so, with the blame split, when every other commit precedes the candidate\'s first', async () => {
    const repo = await buildGitRepo([
      { ...BOB, date: '2019-04-07T10:00:00Z', files: { 'task/make.py': pyLines(200, 't'), 'README.md': 'template\n' } },
      { ...BOB, date: '2019-04-16T10:00:00Z', files: { 'task/run.py': pyLines(100, 'r') } },
      { ...ALICE, date: '2019-08-14T10:00:00Z', files: { 'train/train.py': pyLines(150, 'a') } },
      { ...ALICE, date: '2019-08-15T10:00:00Z', files: { 'eval/evaluate.py': pyLines(120, 'e') } },
    ]);
    cleanups.push(repo.cleanup);
    const notes = authorshipNotes([await scanRepository(repo.root, { candidate: identity })]).join('\n');
    expect(notes).toMatch(/the candidate built on a starting point by others \(2 commits before theirs\); of the own-code lines at HEAD, 47% are the candidate's \(blame\): not a team project and not a red flag; its authors: Bob Template \(2 commits\)/);
    expect(notes).not.toMatch(/team project in which|co-authors/);
  });

  it('leaves work beside others as co-authorship', async () => {
    const repo = await buildGitRepo([
      { ...BOB, date: '2019-04-07T10:00:00Z', files: { 'task/make.py': pyLines(200, 't') } },
      { ...ALICE, date: '2019-08-14T10:00:00Z', files: { 'train/train.py': pyLines(150, 'a') } },
      { ...BOB, date: '2019-08-20T10:00:00Z', files: { 'task/run.py': pyLines(100, 'r') } },
    ]);
    cleanups.push(repo.cleanup);
    const notes = authorshipNotes([await scanRepository(repo.root, { candidate: identity })]).join('\n');
    expect(notes).toContain('written with co-authors: Bob Template (2 commits)');
    expect(notes).not.toContain('starting point');
  });
});

describe('a restructure is not an upload', () => {
  const commit = (root: string, date: string, message: string) => {
    gitIn(root, ['add', '-A']);
    const env = { GIT_AUTHOR_NAME: ALICE.name, GIT_AUTHOR_EMAIL: ALICE.email, GIT_COMMITTER_NAME: ALICE.name, GIT_COMMITTER_EMAIL: ALICE.email };
    gitIn(root, ['commit', '-q', '-m', message], { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };

  it('own files deleted and added back moved and edited past rename detection are subtracted', async () => {
    const repo = await buildGitRepo([{ ...ALICE, date: '2024-10-23T09:00:00Z', files: { 'ann.py': pyLines(150, 'ann'), 'vektor.py': pyLines(150, 'core') } }]);
    cleanups.push(repo.cleanup);
    await rm(join(repo.root, 'ann.py'));
    await rm(join(repo.root, 'vektor.py'));
    // Each moved file keeps under half its lines: git pairs no rename.
    await mkdir(join(repo.root, 'pkg'), { recursive: true });
    await writeFile(join(repo.root, 'pkg/ann.py'), pyLines(60, 'ann') + pyLines(100, 'ann2'));
    await writeFile(join(repo.root, 'pkg/core.py'), pyLines(60, 'core') + pyLines(100, 'core2'));
    await writeFile(join(repo.root, 'pkg/types.py'), pyLines(40, 'types'));
    await writeFile(join(repo.root, 'pkg/utils.py'), pyLines(40, 'utils'));
    commit(repo.root, '2024-10-23T12:00:00Z', 'Refactored code as a package');

    const scan = await scanRepository(repo.root, { candidate: identity });
    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ addedFiles: 4, movedFiles: 2, movedLines: 300 })]);
    expect(candidateUploads(scan.history!)).toEqual([]);
    expect(authorshipNotes([scan]).join('\n')).not.toContain('uploaded');
  });

  it('an upload of mostly new files that deletes one old file keeps its note, its share net of the moved lines', async () => {
    const repo = await buildGitRepo([{ ...ALICE, date: '2024-10-23T09:00:00Z', files: { 'old.py': pyLines(20, 'old') } }]);
    cleanups.push(repo.cleanup);
    await rm(join(repo.root, 'old.py'));
    for (const f of ['a', 'b', 'c', 'd']) await writeFile(join(repo.root, `${f}.py`), pyLines(100, f));
    commit(repo.root, '2024-10-24T12:00:00Z', 'upload');

    const scan = await scanRepository(repo.root, { candidate: identity });
    const [upload] = candidateUploads(scan.history!);
    expect(upload).toMatchObject({ addedFiles: 4, movedFiles: 1, movedLines: 20 });
    expect(authorshipNotes([scan]).join('\n')).toContain('uploaded 4 files (95% of the own code)');
  });
});
