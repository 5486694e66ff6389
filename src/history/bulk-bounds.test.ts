// Issue 14, review on real people: two "uploaded N files (X% of the own code)"
// notes were false. A portfolio whose first commit could not be read (a large
// binary missing from the copy) had a later 8,000-line commit reported as 75%
// of its 47,000 lines of own code; and a clean-up commit that deleted 35 files
// was said to have "uploaded" them. (Since the P5 review, a commit is read
// around its missing blobs, so that first commit now keeps the lines of its
// readable files and is itself the upload.)
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { boundedByHead } from './shares.js';
import type { BulkCommit } from './types.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const ME = { emails: ['alice@example.com'], names: [] };
const day = (d: number) => `2025-03-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const bulk = (linesAdded: number, share: number): BulkCommit => ({
  commit: 'c'.repeat(40), date: '2025-03-02', author: 'Alice', email: 'alice@example.com', files: 3, linesAdded, share, subject: 'x', first: false, candidate: true,
});

describe('history/bulk commits bounded by the code at HEAD', () => {
  it('keeps a share the log can vouch for and drops one the code at HEAD disproves', () => {
    expect(boundedByHead([bulk(600, 0.6)], 800)).toEqual([bulk(600, 0.6)]);
    expect(boundedByHead([bulk(300, 1)], 1300)).toEqual([]);
    expect(boundedByHead([bulk(800, 1)], 1000)).toEqual([{ ...bulk(800, 1), share: 0.8 }]);
  });

  it('a first commit with a missing binary is read around it: it is the upload, and a later commit is not "most of the own code"', async () => {
    const early = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`pkg/m${i}.py`, pyLines(200, `m${i}`)]));
    const repo = await buildGitRepo([
      { ...ALICE, date: day(1), files: { ...early, 'tools/driver.bin': 'binary payload\n'.repeat(50) }, message: 'initial portfolio' },
      { ...ALICE, date: day(2), files: { 'pkg/late.py': pyLines(300, 'late') }, message: 'add one more project' },
    ]);
    cleanups.push(repo.cleanup);
    const blob = gitIn(repo.root, ['rev-parse', 'HEAD:tools/driver.bin']).trim();
    await rm(join(repo.root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));

    const scan = await scanRepository(repo.root, { candidate: ME });

    // Only the binary's lines are unknown (log.ts readAround): the first commit keeps its 1,000 lines of code.
    expect(scan.history?.partial).toBeUndefined();
    expect(scan.history?.candidate?.totalBlamedLines).toBe(1300);
    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ subject: 'initial portfolio', first: true, linesAdded: 1000, addedFiles: 5 })]);
    expect(signal(scan, 'fork_or_copy')?.note ?? '').not.toMatch(/uploaded/);
    expect(signal(scan, 'fork_or_copy')?.note ?? '').toContain('the history starts with one upload of 5 files');
  });

  it('a commit counts the files it added lines to, not the ones it deleted', async () => {
    const old = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`old/o${i}.py`, pyLines(5, `o${i}`)]));
    const repo = await buildGitRepo([{ ...ALICE, date: day(1), files: old, message: 'start' }]);
    cleanups.push(repo.cleanup);
    await mkdir(join(repo.root, 'app'));
    await writeFile(join(repo.root, 'app', 'main.py'), pyLines(400, 'main'));
    gitIn(repo.root, ['rm', '-q', '-r', 'old']);
    gitIn(repo.root, ['add', '-A']);
    const who = { GIT_AUTHOR_NAME: ALICE.name, GIT_AUTHOR_EMAIL: ALICE.email, GIT_COMMITTER_NAME: ALICE.name, GIT_COMMITTER_EMAIL: ALICE.email };
    gitIn(repo.root, ['commit', '-q', '-m', 'rewrite'], { ...who, GIT_AUTHOR_DATE: day(2), GIT_COMMITTER_DATE: day(2) });

    const scan = await scanRepository(repo.root, { candidate: ME });

    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ subject: 'rewrite', files: 1, linesAdded: 400 })]);
  });
});

function signal(scan: Awaited<ReturnType<typeof scanRepository>>, id: string) {
  return scan.signals.find((s) => s.id === id);
}
