// Real-people review (P7, P1): "the history starts with one upload of 5
// files: it cannot show how the code was developed" was said of a repository
// whose upload 8 later commits went on to develop (bug fixes, a new loss
// term, a refactor). The note is given only when later commits changed
// little of what the upload brought: fewer than two later commits changed its
// files, or the lines they added stay under UPLOAD_DEVELOPED_SHARE (20%) of
// its own-code lines.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { candidateUploads, UPLOAD_DEVELOPED_SHARE } from './verdict.js';

const AMY = { name: 'Amy Example', email: 'amy@example.com' };
const ME = { emails: [AMY.email], names: [] };
const day = (d: number) => `2025-05-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** An upload of model.py and train.py (200 lines each), then commits appending `later` lines each to model.py. */
async function uploadThen(later: number[]) {
  const model = pyLines(200, 'm');
  const train = pyLines(200, 't');
  let grown = model;
  const commits = [{ ...AMY, date: day(1), files: { 'model.py': model, 'train.py': train }, message: 'first commit' }];
  for (const [i, n] of later.entries()) {
    grown += pyLines(n, `fix${i}_`);
    commits.push({ ...AMY, date: day(i + 2), files: { 'model.py': grown, 'train.py': train }, message: `fix ${i}` });
  }
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate: ME });
}

describe('history: the upload note only for code later commits left alone', () => {
  it('an upload developed by later commits (25% of its lines) gets no note', async () => {
    const scan = await uploadThen([30, 30, 40]);

    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ first: true, linesAdded: 400, laterLines: 100, laterCommits: 3 })]);
    expect(candidateUploads(scan.history!)).toEqual([]);
    expect(scan.signals.find((s) => s.id === 'candidate_authored')?.note).not.toMatch(/upload/);
  });

  it('an upload followed by small fixes (10% of its lines) keeps the note', async () => {
    const scan = await uploadThen([20, 20]);

    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ laterLines: 40 })]);
    expect(40 / 400).toBeLessThan(UPLOAD_DEVELOPED_SHARE);
    expect(candidateUploads(scan.history!)).toHaveLength(1);
    expect(scan.signals.find((s) => s.id === 'candidate_authored')?.note).toContain('the history starts with one upload of 2 files');
  });

  it('one follow-up commit, however large, leaves it an upload', async () => {
    const scan = await uploadThen([150]);

    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ laterLines: 150, laterCommits: 1 })]);
    expect(candidateUploads(scan.history!)).toHaveLength(1);
  });

  it("lines later commits add to other files do not develop the upload's code", async () => {
    const repo = await buildGitRepo([
      { ...AMY, date: day(1), files: { 'model.py': pyLines(300, 'm'), 'train.py': pyLines(300, 't') } },
      { ...AMY, date: day(2), files: { 'extra.py': pyLines(200, 'e') } },
    ]);
    cleanups.push(repo.cleanup);
    const scan = await scanRepository(repo.root, { candidate: ME });

    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ laterLines: 0 })]);
    expect(candidateUploads(scan.history!)).toHaveLength(1);
  });
});
