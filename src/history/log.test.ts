import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn, pyLines } from '../../test/helpers/git.js';
import { activity, rewriteSigns } from './analyse.js';
import { withCandidateRepo } from './git.js';
import { parseRaw } from './log-parse.js';
import { parseLog, readLog, type LogResult } from './log.js';
import type { CommitRecord } from './types.js';

const A = { name: 'Ann', email: 'ann@example.com' };
const B = { name: 'Ben', email: 'ben@example.com' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Five commits; the third rewrites `a.py` (its first version then lives only in history). */
async function fiveCommits() {
  const repo = await buildGitRepo([
    { ...A, date: '2025-01-01T10:00:00Z', files: { 'a.py': pyLines(10, 'a') } },
    { ...B, date: '2025-01-08T10:00:00Z', files: { 'b.py': pyLines(5, 'b') } },
    { ...A, date: '2025-01-15T10:00:00Z', files: { 'a.py': pyLines(12, 'z') } },
    { ...B, date: '2025-01-22T10:00:00Z', files: { 'c.py': pyLines(3, 'c') } },
    { ...A, date: '2025-01-29T10:00:00Z', files: { 'd.py': pyLines(4, 'd') } },
  ]);
  cleanups.push(repo.cleanup);
  return repo.root;
}

const read = (root: string) => withCandidateRepo(root, (repo) => readLog(repo), (reason) => ({ commits: [], gaps: { reason, unreadableCommits: 0, truncated: true } }) as LogResult);
const object = (root: string, sha: string) => join(root, '.git', 'objects', sha.slice(0, 2), sha.slice(2));
const summary = (commits: CommitRecord[]) => commits.map((c) => [c.name, c.files, c.added, [...c.perPath.keys()].join(',')]);

describe('history/log', () => {
  it('reads the same records as plain `git log --numstat` on a complete repository', async () => {
    const root = await fiveCommits();
    const plain = parseLog(gitIn(root, ['log', '--no-merges', '--numstat', '-M', '-z', '--format=%x1e%H%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s', 'HEAD']));

    const log = await read(root);

    expect(log.gaps).toBeUndefined();
    expect(log.commits).toEqual(plain);
  });

  it('a missing blob: every commit is still counted, the commits needing it keep their paths without lines', async () => {
    const root = await fiveCommits();
    await rm(object(root, gitIn(root, ['rev-parse', 'HEAD~4:a.py']).trim()));

    const log = await read(root);

    expect(summary(log.commits)).toEqual([
      ['Ann', 1, 4, 'd.py'],
      ['Ben', 1, 3, 'c.py'],
      ['Ann', 1, 0, 'a.py'],
      ['Ben', 1, 5, 'b.py'],
      ['Ann', 1, 0, 'a.py'],
    ]);
    expect(log.gaps).toEqual({ unreadableCommits: 2, truncated: false, reason: 'objects missing from the repository: the changes of 2 commits could not be read' });
  });

  it('a missing commit: the history stops there and says so', async () => {
    const root = await fiveCommits();
    await rm(object(root, gitIn(root, ['rev-parse', 'HEAD~3']).trim()));

    const log = await read(root);

    // git cannot show a commit whose parent it cannot read: the walk ends above it.
    expect(log.commits.map((c) => c.name)).toEqual(['Ann', 'Ben']);
    expect(log.gaps).toMatchObject({ truncated: true });
    expect(log.gaps?.reason).toMatch(/stops at a commit that could not be read/);
  });

  it('paths are data: a path holding a header separator, a fake hash or a numstat line never starts a record', () => {
    const fake = `\x1e${'f'.repeat(40)}\x1fMallory\x1fm@x.org\x1f1\x1f1\x1fforged`;
    const head = `\x1e${'a'.repeat(40)}\x1fBob\x1fbob@x.org\x1f1700000000\x1f1700000000\x1fsubject\x1e with\x1f separators`;
    const out = [head, `\n3\t0\tpkg/${fake}.py`, '0\t0\t', fake, 'new/1\t1\tname.py', ''].join('\0');

    const [commit, ...rest] = parseLog(out);

    expect(rest).toEqual([]);
    expect(commit).toMatchObject({ name: 'Bob', subject: 'subject\x1e with\x1f separators', files: 2, added: 3 });
    expect([...commit.perPath.keys()]).toEqual([`pkg/${fake}.py`, 'new/1\t1\tname.py']);
    expect(commit.renames).toEqual([[fake, 'new/1\t1\tname.py']]);
  });

  it('raw listings: paths are data there too, and submodules are marked', () => {
    const a = 'a'.repeat(40);
    const z = '0'.repeat(40);
    const fake = `\x1e${'f'.repeat(40)}`;
    const out = [`\x1e${'c'.repeat(40)}`, `\n:000000 100644 ${z} ${a} A`, fake, `:100644 000000 ${a} ${z} D`, `:000000 100644 ${z} ${a} A`, `:160000 160000 ${a} ${'b'.repeat(40)} M`, 'sub', ''].join('\0');

    const byCommit = parseRaw(out);

    expect([...byCommit.keys()]).toEqual(['c'.repeat(40)]);
    expect(byCommit.get('c'.repeat(40))).toEqual([
      { status: 'A', oldOid: z, newOid: a, gitlink: false, path: fake },
      { status: 'D', oldOid: a, newOid: z, gitlink: false, path: `:000000 100644 ${z} ${a} A` },
      { status: 'M', oldOid: a, newOid: 'b'.repeat(40), gitlink: true, path: 'sub' },
    ]);
  });

  it('statistics over 200,000 commits (no spread of the history into one call)', () => {
    const commits: CommitRecord[] = Array.from({ length: 200_000 }, (_, i) => ({
      hash: i.toString(16).padStart(40, '0'),
      name: 'n',
      email: 'e',
      authorTime: 1_700_000_000 + i * 60,
      commitTime: 1_700_000_000 + i * 60,
      subject: '',
      files: 0,
      added: 0,
      perPath: new Map(),
    }));

    expect(activity(commits)).toEqual({ firstCommit: '2023-11-14', lastCommit: '2024-04-01', activeWeeks: 21 });
    expect(rewriteSigns(commits)).toEqual({ suspected: false, reasons: [] });
  });
});
