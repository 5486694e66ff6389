// Issue 14, review on real people: the log was read without rename
// detection, so a commit that moved files was counted as writing every line
// it moved (a teammate's folder restructuring made the candidate's code
// "theirs", and the mover's own commit looked like a bulk upload).
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { analyseHistory } from './analyse.js';
import { followRenames } from './renames.js';
import type { CommitRecord, HistoryReport } from './types.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const BOB = { name: 'Bob Mover', email: 'bob@example.org' };
const day = (d: number) => `2025-04-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function history(commits: Parameters<typeof buildGitRepo>[0], email: string): Promise<HistoryReport> {
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  const atHead = gitIn(repo.root, ['ls-files']).split('\n').filter(Boolean);
  const { report } = await analyseHistory(repo.root, { identity: { emails: [email], names: [] }, ownCode: atHead, scanned: atHead });
  return report;
}

const record = (hash: string, paths: Record<string, number>, renames?: Array<[string, string]>): CommitRecord => ({
  hash: hash.repeat(40), name: 'n', email: 'e', authorTime: 0, commitTime: 0, subject: '', files: 0, added: 0, perPath: new Map(Object.entries(paths)), ...(renames ? { renames } : {}),
});

describe('history/renames', () => {
  it("a teammate who moves the candidate's files gets no line of them", async () => {
    const h = await history(
      [
        { ...ALICE, date: day(1), files: { 'lib/model.py': pyLines(200, 'm'), 'lib/train.py': pyLines(120, 't') } },
        { ...BOB, date: day(2), files: {}, moves: { 'lib/model.py': 'src/pkg/model.py', 'lib/train.py': 'src/pkg/train.py' }, message: 'restructure' },
      ],
      ALICE.email,
    );

    expect(h.candidate).toMatchObject({ linesAdded: 320, totalLinesAdded: 320, lineShare: 1 });
    expect(h.authors.find((a) => a.email === BOB.email)).toMatchObject({ sourceCommits: 1, sourceLines: 0, linesAdded: 0 });
    expect(h.bulkImports.map((b) => b.author)).toEqual(['Alice Liddell']);
  });

  it('a move that also edits counts only the edited lines for the mover; chains of renames reach the name at HEAD', async () => {
    const edited = pyLines(250, 'a').replace('a_0 = 0\n', 'a_0 = 42\nextra = 1\n');
    const h = await history(
      [
        { ...ALICE, date: day(1), files: { 'a.py': pyLines(250, 'a') } },
        { ...ALICE, date: day(2), files: {}, moves: { 'a.py': 'core/a.py' } },
        { ...BOB, date: day(3), files: { 'pkg/core.py': edited }, moves: { 'core/a.py': 'pkg/core.py' } },
        { ...BOB, date: day(4), files: { 'pkg/new.py': pyLines(10, 'n') } },
      ],
      BOB.email,
    );

    expect(h.candidate).toMatchObject({ linesAdded: 12, totalLinesAdded: 262 });
    expect(h.authors.find((a) => a.email === ALICE.email)).toMatchObject({ sourceLines: 250 });
    expect(h.bulkImports).toMatchObject([{ author: 'Alice Liddell', linesAdded: 250 }]);
  });

  it('follows renames newest first; a name taken over by another file is not followed past the takeover', () => {
    // Oldest first: c1 writes old.py; c2 renames old.py → mid.py; c3 writes a new old.py; c4 renames mid.py → final.py.
    const c4 = record('4', { 'final.py': 0 }, [['mid.py', 'final.py']]);
    const c3 = record('3', { 'old.py': 7 });
    const c2 = record('2', { 'mid.py': 0 }, [['old.py', 'mid.py']]);
    const c1 = record('1', { 'old.py': 30 });

    followRenames([c4, c3, c2, c1]);

    expect(Object.fromEntries(c3.perPath)).toEqual({ 'old.py': 7 });
    expect(Object.fromEntries(c2.perPath)).toEqual({ 'final.py': 0 });
    expect(Object.fromEntries(c1.perPath)).toEqual({ 'final.py': 30 });
  });

  it('a swap of two names in one commit keeps each file on its own history', () => {
    const swap = record('2', { 'a.py': 0, 'b.py': 0 }, [['a.py', 'b.py'], ['b.py', 'a.py']]);
    const first = record('1', { 'a.py': 5, 'b.py': 9 });

    followRenames([swap, first]);

    expect(Object.fromEntries(first.perPath)).toEqual({ 'b.py': 5, 'a.py': 9 });
  });
});
