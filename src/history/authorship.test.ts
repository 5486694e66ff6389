// Issue 14: every "forked or copied" flag on real people was wrong. Each case
// below is one of them, built as a git history, plus the true copy that must
// still be flagged.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from '../scan/types.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const BOB = { name: 'Bob Upstream', email: 'bob@upstream.org' };
const CAROL = { name: 'Carol Team', email: 'carol@team.org' };
const ME = { emails: ['alice@example.com'], names: [] };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scanGit(commits: Parameters<typeof buildGitRepo>[0], candidate: { emails: string[]; names: string[] } | undefined = ME): Promise<RepoScan> {
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate });
}

const signal = (scan: RepoScan, id: string) => scan.signals.find((s) => s.id === id);
const lines = (n: number, text: string) => Array.from({ length: n }, (_, i) => `${text} ${i}\n`).join('');
const day = (d: number) => `2025-02-${String(d).padStart(2, '0')}T10:00:00Z`;

describe('history/authorship (issue 14)', () => {
  it("a licence in another identity's first commit (GitHub's web UI) counts for no one", async () => {
    const scan = await scanGit([
      { name: 'alice-gh', email: '999+alice-gh@users.noreply.github.com', date: day(1), files: { LICENSE: lines(674, 'GNU GENERAL PUBLIC LICENSE'), 'README.md': '# x\n' }, message: 'Initial commit' },
      { ...ALICE, date: day(2), files: { 'app/train.py': pyLines(60, 'a') } },
      { ...ALICE, date: day(3), files: { 'app/serve.py': pyLines(40, 'b') } },
    ]);

    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: false });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: true });
    expect(scan.history?.candidate).toMatchObject({ commits: 2, countedCommits: 2, scope: 'source', linesAdded: 100, totalLinesAdded: 100 });
    expect(scan.history?.sourceCommits).toBe(2);
    expect(scan.history?.bulkImports).toEqual([]);
  });

  it("GitHub's web-UI commit under the candidate's account name is the candidate's", async () => {
    const scan = await scanGit([
      { name: 'Alice Liddell', email: '999+alice@users.noreply.github.com', date: day(1), files: { 'app/a.py': pyLines(30, 'a') }, message: 'Initial commit' },
      { ...ALICE, date: day(2), files: { 'app/b.py': pyLines(20, 'b') } },
    ]);

    expect(scan.history?.authors.every((a) => a.candidate)).toBe(true);
    expect(scan.history?.candidate).toMatchObject({ commits: 2, commitShare: 1 });
  });

  it("the candidate's single upload of their project is a neutral note, never a copy", async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`src/m${i}.py`, pyLines(80, `m${i}`)]));
    const scan = await scanGit([{ ...ALICE, date: day(1), files: { ...files, 'README.md': '# project\n' }, message: 'upload project' }]);

    const fork = signal(scan, 'fork_or_copy');
    expect(fork).toMatchObject({ present: false, evidence: [] });
    expect(fork?.note).toContain('the history starts with one upload of 6 files: it cannot show how the code was developed');
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: true });
    expect(scan.history?.bulkImports).toEqual([expect.objectContaining({ candidate: true, first: true, linesAdded: 480, files: 7 })]);
  });

  it('lock files committed by others count for no one', async () => {
    const scan = await scanGit([
      { ...ALICE, date: day(1), files: { 'pyproject.toml': '[project]\nname = "x"\n', 'x/core.py': pyLines(50) } },
      { ...BOB, date: day(2), files: { 'uv.lock': lines(3000, 'version = "1"'), 'poetry.lock': lines(2000, 'name = "a"') }, message: 'lock' },
      { ...BOB, date: day(3), files: { 'uv.lock': lines(3100, 'version = "2"') }, message: 'relock' },
      { ...ALICE, date: day(4), files: { 'x/more.py': pyLines(20) } },
    ]);

    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: false });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: true });
    expect(scan.history?.candidate).toMatchObject({ commits: 2, countedCommits: 2, lineShare: 1 });
    expect(scan.history?.bulkImports).toEqual([]);
  });

  it('localisation bundles a framework wrote, committed by others, count for no one', async () => {
    const bundles = Object.fromEntries(['en-US', 'fr-FR', 'de-DE', 'ja'].map((l) => [`.chainlit/translations/${l}.json`, `{\n${lines(240, '  "k": "v",')}}\n`]));
    const scan = await scanGit([
      { ...BOB, date: day(1), files: { ...bundles, '.chainlit/config.toml': lines(120, '# setting') }, message: 'chainlit init' },
      { ...ALICE, date: day(2), files: { 'app.py': pyLines(40) } },
      { ...BOB, date: day(3), files: { 'public/app.min.js': lines(500, 'var a') }, message: 'build' },
    ]);

    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: false });
    expect(scan.history?.candidate).toMatchObject({ commits: 1, countedCommits: 1, linesAdded: 40, totalLinesAdded: 40 });
  });

  it("a true copy (others' code imported, the candidate changes one line) is still flagged", async () => {
    const upstream = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`lib/u${i}.py`, pyLines(150, `u${i}`)]));
    const changed = { ...upstream, 'lib/u0.py': upstream['lib/u0.py'].replace('u0_3 = 3', 'u0_3 = 4') };
    const scan = await scanGit([
      { ...BOB, date: day(1), files: upstream, message: 'import' },
      { ...ALICE, date: day(2), files: changed, message: 'tweak' },
    ]);

    const fork = signal(scan, 'fork_or_copy');
    expect(fork?.present).toBe(true);
    const matches = fork?.evidence.map((e) => e.match) ?? [];
    expect(matches).toContain('100% of the own-code lines were added by other identities: Bob Upstream (1 commit)');
    expect(matches.some((m) => /^bulk import [0-9a-f]{12} on 2025-02-01 by Bob Upstream: 600 own-code lines in 4 files \(100% of the own code\)$/.test(m))).toBe(true);
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: true });
  });

  it('a team project names its co-authors; a Co-authored-by trailer naming the candidate counts as theirs', async () => {
    const scan = await scanGit([
      { ...ALICE, date: day(1), files: { 'app/a.py': pyLines(60, 'a') } },
      { ...BOB, date: day(2), files: { 'app/b.py': pyLines(50, 'b') }, message: 'pair work\n\nCo-authored-by: Alice Liddell <alice@example.com>' },
      { ...CAROL, date: day(3), files: { 'app/c.py': pyLines(30, 'c') }, message: 'c\n\nCo-authored-by: Dan Helper <dan@team.org>' },
      { ...ALICE, date: day(4), files: { 'app/d.py': pyLines(10, 'd') } },
    ]);

    expect(scan.history?.candidate).toMatchObject({ commits: 3, countedCommits: 4, coAuthored: 1, linesAdded: 120, totalLinesAdded: 150 });
    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: false });
    expect(signal(scan, 'fork_or_copy')?.note).toContain('co-authors: Bob Upstream (1 commit), Carol Team (1 commit), Dan Helper (1 commit)');
    expect(scan.history?.coAuthors).toEqual([
      { name: 'Alice Liddell', email: 'alice@example.com', commits: 1, candidate: true },
      { name: 'Dan Helper', email: 'dan@team.org', commits: 1, candidate: false },
    ]);
    const b = signal(scan, 'candidate_authored');
    expect(b?.present).toBe(true);
    expect(b?.evidence.map((e) => e.match)).toContain('3 of 4 commits touching own code by the candidate (75%, 1 as a Co-authored-by trailer)');
  });

  it('without a candidate identity both signals are unknown and the authors are listed', async () => {
    const scan = await scanGit([{ ...BOB, date: day(1), files: { 'a.py': pyLines(300) } }], { emails: [], names: [] });

    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: null, note: 'no candidate identity given: not judged' });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: null, note: 'no candidate identity given: authors reported without judging: Bob Upstream (1 commit)' });
    expect(scan.history?.bulkImports[0]).not.toHaveProperty('candidate');
  });

  it('a history with a missing object is judged from what could be read, and says so', async () => {
    const repo = await buildGitRepo([
      { ...BOB, date: day(1), files: { 'lib/big.py': pyLines(300, 'b') } },
      { ...ALICE, date: day(2), files: { 'app.py': pyLines(50, 'a') } },
    ]);
    cleanups.push(repo.cleanup);
    const blob = gitIn(repo.root, ['rev-parse', 'HEAD:lib/big.py']).trim();
    await rm(join(repo.root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));

    const scan = await scanRepository(repo.root, { candidate: ME });

    expect(scan.history?.partial).toMatchObject({ truncated: false });
    const fork = signal(scan, 'fork_or_copy');
    expect(fork?.present).not.toBe(true);
    expect(fork?.note).toMatch(/^history partial, judged from what could be read: /);
    expect(signal(scan, 'candidate_authored')?.note).toMatch(/^history partial, judged from what could be read: /);
  });

  it("a partial history where the candidate's own commit cannot be read never flags a copy", async () => {
    const repo = await buildGitRepo([
      { ...BOB, date: day(1), files: { 'lib/base.py': pyLines(300, 'b') } },
      { ...ALICE, date: day(2), files: { 'app/mine.py': pyLines(400, 'a') } },
    ]);
    cleanups.push(repo.cleanup);
    const blob = gitIn(repo.root, ['rev-parse', 'HEAD:app/mine.py']).trim();
    await rm(join(repo.root, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));

    const scan = await scanRepository(repo.root, { candidate: ME });

    expect(scan.history?.partial).toBeDefined();
    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: null, evidence: [] });
    expect(signal(scan, 'fork_or_copy')?.note).toMatch(/^own-code lines could not all be read \(history partial, judged from what could be read: .*\): authorship unknown$/);
  });
});
