// Real-people review (P1): "written with co-authors: Ehsan (1 commit)" for
// a course's starter material of 11 commits (ten README edits under a GitHub
// noreply address, one commit of code from a work address). A co-author is
// named with every commit of theirs, under any address, and with how many of
// them touched own code when fewer did.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { coAuthors, nameList } from './verdict.js';

const TEACHER_WEB = { name: 'Teo Teacher', email: '1234+teo@users.noreply.github.com' };
const TEACHER_WORK = { name: 'Teo Teacher', email: 'teo@school.example' };
const ME = { name: 'Ari Student', email: 'ari@example.com' };
const day = (d: number) => `2025-06-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('history: co-author commit counts', () => {
  it('counts every commit of the identity, under any address, and says how many touched code', async () => {
    const readme = Array.from({ length: 10 }, (_, i) => ({ ...TEACHER_WEB, date: day(i + 1), files: { 'README.md': `# Course project\n${'step\n'.repeat(i + 1)}` } }));
    const repo = await buildGitRepo([
      ...readme.slice(0, 5),
      { ...TEACHER_WORK, date: day(6), files: { 'evaluation/bleu.py': pyLines(40, 'b') }, message: 'evaluation code' },
      ...readme.slice(5).map((c, i) => ({ ...c, date: day(i + 7) })),
      { ...ME, date: day(20), files: { 'model/model.py': pyLines(150, 'm') } },
      { ...ME, date: day(21), files: { 'model/utils.py': pyLines(60, 'u') } },
    ]);
    cleanups.push(repo.cleanup);

    const scan = await scanRepository(repo.root, { candidate: { emails: [ME.email], names: [] } });

    expect(coAuthors(scan.history!)).toEqual([{ name: 'Teo Teacher', commits: 11, codeCommits: 1 }]);
    expect(nameList(coAuthors(scan.history!))).toBe('Teo Teacher (11 commits, 1 to code)');
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.note).toContain('co-authors: Teo Teacher (11 commits, 1 to code)');
  });

  it('an identity whose every commit touched code is named with its count alone', () => {
    const h = { authors: [{ name: 'Bo', email: 'bo@x.org', commits: 3, linesAdded: 9, first: '2025-01-01', last: '2025-01-02', candidate: false, sourceCommits: 3, sourceLines: 9 }] };
    expect(nameList(coAuthors(h as never))).toBe('Bo (3 commits)');
  });
});
