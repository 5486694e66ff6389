import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from '../scan/types.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const BOB = { name: 'Bob Upstream', email: 'bob@upstream.org' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scanGit(commits: Parameters<typeof buildGitRepo>[0], candidate?: { emails: string[]; names: string[] }): Promise<RepoScan> {
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate });
}

const signal = (scan: RepoScan, id: string) => scan.signals.find((s) => s.id === id);

describe('history', () => {
  it('a solo project: the candidate wrote it, evidence lines are blamed to them', async () => {
    const scan = await scanGit(
      [
        { ...ALICE, date: '2025-01-06T10:00:00Z', files: { 'app/train.py': 'import mlflow\n' } },
        { ...ALICE, date: '2025-03-03T10:00:00Z', files: { 'app/train.py': 'import mlflow\nmlflow.log_metric("a", 1)\n' } },
        { ...ALICE, date: '2025-03-10T10:00:00Z', files: { 'app/util.py': pyLines(20) } },
      ],
      { emails: ['ALICE@example.com'], names: [] },
    );

    expect(scan.history).toMatchObject({
      available: true,
      nonMergeCommits: 3,
      activity: { firstCommit: '2025-01-06', lastCommit: '2025-03-10', activeWeeks: 3 },
      candidate: { commits: 3, commitShare: 1, blameShare: 1 },
    });
    expect(scan.history?.authors).toEqual([
      { name: 'Alice Liddell', email: 'alice@example.com', commits: 3, linesAdded: 22, first: '2025-01-06', last: '2025-03-10', candidate: true, sourceCommits: 3, sourceLines: 22 },
    ]);
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: true });
    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: false });
    const tracking = signal(scan, 'experiment_tracking')?.evidence.filter((e) => e.path === 'app/train.py') ?? [];
    expect(tracking.length).toBeGreaterThan(0);
    for (const e of tracking) {
      const date = e.line === 1 ? '2025-01-06' : '2025-03-03';
      expect(e.blame).toMatchObject({ author: 'Alice Liddell', date, candidate: true, scope: 'line' });
    }
  });

  it('a fork with a few candidate commits on top: mostly other authors', async () => {
    const upstream = Array.from({ length: 8 }, (_, i) => ({ ...BOB, date: `2024-0${(i % 8) + 1}-01T10:00:00Z`, files: { [`lib/m${i}.py`]: pyLines(30, `m${i}`) } }));
    const scan = await scanGit([...upstream, { ...ALICE, date: '2025-02-01T10:00:00Z', files: { 'lib/mine.py': pyLines(5) } }], {
      emails: ['alice@example.com'],
      names: [],
    });

    expect(scan.history?.candidate).toMatchObject({ commits: 1, commitShare: 1 / 9 });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: false });
    const fork = signal(scan, 'fork_or_copy');
    expect(fork?.present).toBe(true);
    expect(fork?.evidence.map((e) => e.match).sort()).toEqual([
      '98% of the blamed own-code lines are by other identities',
      '98% of the own-code lines were added by other identities: Bob Upstream (8 commits)',
    ]);
  });

  it("a bulk upload by the candidate's own identity is a neutral note, not a copy", async () => {
    const scan = await scanGit(
      [
        { ...ALICE, date: '2025-01-01T10:00:00Z', files: { 'README.md': 'hi\n' }, message: 'init' },
        { ...ALICE, date: '2025-01-02T10:00:00Z', files: { 'src/a.py': pyLines(300, 'a'), 'src/b.py': pyLines(200, 'b') }, message: 'import project' },
        { ...ALICE, date: '2025-01-03T10:00:00Z', files: { 'src/c.py': pyLines(10, 'c') } },
      ],
      { emails: ['alice@example.com'], names: [] },
    );

    const fork = signal(scan, 'fork_or_copy');
    expect(fork).toMatchObject({ present: false, evidence: [] });
    expect(fork?.note).toContain('the history starts with one upload of 2 files: it cannot show how the code was developed');
    expect(scan.history?.bulkImports).toHaveLength(1);
    expect(scan.history?.bulkImports[0]).toMatchObject({ date: '2025-01-02', linesAdded: 500, files: 2, subject: 'import project', candidate: true, first: true });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: true });
  });

  it('one long file written in one commit is no upload: no note (real-people review: "uploaded 1 files")', async () => {
    const scan = await scanGit(
      [
        { ...ALICE, date: '2025-01-01T10:00:00Z', files: { 'hook.py': pyLines(250, 'a') }, message: 'the hook' },
        { ...ALICE, date: '2025-01-02T10:00:00Z', files: { 'cli.py': pyLines(240, 'b') } },
      ],
      { emails: ['alice@example.com'], names: [] },
    );

    expect(scan.history?.bulkImports[0]).toMatchObject({ files: 1, candidate: true });
    expect(signal(scan, 'fork_or_copy')?.note ?? '').not.toContain('upload');
    expect(signal(scan, 'candidate_authored')?.note ?? '').not.toContain('upload');
  });

  it('matches GitHub noreply emails by login, and names without accents or case', async () => {
    const scan = await scanGit(
      [
        { name: 'alice', email: '1234+alice@users.noreply.github.com', date: '2025-01-01T10:00:00Z', files: { 'a.py': 'x = 1\n' } },
        { name: 'ZoëQuinn', email: 'zq@example.org', date: '2025-01-02T10:00:00Z', files: { 'b.py': 'y = 1\n' } },
        { ...BOB, date: '2025-01-03T10:00:00Z', files: { 'c.py': 'z = 1\n' } },
      ],
      { emails: ['alice@users.noreply.github.com'], names: ['zoe quinn'] },
    );

    expect(scan.history?.authors.filter((a) => a.candidate).map((a) => a.email).sort()).toEqual(['1234+alice@users.noreply.github.com', 'zq@example.org']);
    expect(scan.history?.candidate?.commits).toBe(2);
  });

  it("never applies the repository's .mailmap: each identity stays as recorded", async () => {
    const scan = await scanGit(
      [
        { name: 'A. Liddell', email: 'old@school.edu', date: '2025-01-01T10:00:00Z', files: { 'a.py': 'x = 1\n' } },
        { ...ALICE, date: '2025-01-02T10:00:00Z', files: { 'b.py': 'y = 1\n', '.mailmap': 'Alice Liddell <alice@example.com> <old@school.edu>\n' } },
      ],
      { emails: ['alice@example.com'], names: [] },
    );

    expect(scan.history?.authors.map((a) => [a.email, a.candidate])).toEqual([
      ['alice@example.com', true],
      ['old@school.edu', false],
    ]);
  });

  it('reports authors without judging when no identity is given', async () => {
    const scan = await scanGit([{ ...BOB, date: '2025-01-01T10:00:00Z', files: { 'a.py': 'x = 1\n' } }]);

    expect(scan.history?.authors[0]).not.toHaveProperty('candidate');
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: null });
  });

  it('a shallow clone says history unavailable and authorship is unknown', async () => {
    const repo = await buildGitRepo([
      { ...ALICE, date: '2025-01-01T10:00:00Z', files: { 'a.py': 'x = 1\n' } },
      { ...ALICE, date: '2025-01-02T10:00:00Z', files: { 'b.py': 'y = 1\n' } },
    ]);
    cleanups.push(repo.cleanup);
    const parent = await mkdtemp(join(tmpdir(), 'evident-shallow-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, join(parent, 'c')], { env: { PATH: process.env.PATH, HOME: '/nonexistent' } });

    const scan = await scanRepository(join(parent, 'c'), { candidate: { emails: ['alice@example.com'], names: [] } });

    expect(scan.history).toMatchObject({ available: false, reason: 'shallow clone: history incomplete' });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: null, note: 'history unavailable: shallow clone: history incomplete: authorship unknown' });
    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: null });
  });

  it('a folder without .git has no history', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evident-nogit-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));

    const scan = await scanRepository(dir);

    expect(scan.history).toMatchObject({ available: false, reason: 'no git history' });
  });
});
