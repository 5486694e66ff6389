// Issue 14, review on real people: team projects named as co-authors the
// candidate themselves under their work address ("Alice Liddell
// <alice@corp.com>"), and machine defaults no person stands behind
// ("ubuntu <ubuntu@ip-172-31-5-9.ec2.internal>", "root <root@localhost>",
// "user <user@DESKTOP-7Q2L1>", "EC2 Default User"). The candidate's full
// name is the candidate at any address; a machine identity is unattributed:
// its commits count neither for nor against, and a note says so neutrally.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { authorshipNotes } from '../assess/authorship.js';
import { scanRepository } from '../app/pipeline.js';
import type { RepoScan } from '../scan/types.js';
import { isMachineIdentity } from './identity.js';
import { coAuthors } from './verdict.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const ME = { emails: [ALICE.email], names: [] };
const day = (d: number) => `2025-06-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scanGit(commits: Parameters<typeof buildGitRepo>[0]): Promise<RepoScan> {
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate: ME });
}

const signal = (scan: RepoScan, id: string) => scan.signals.find((s) => s.id === id);

describe('history/identity: the candidate under another address, and machine identities', () => {
  it('knows machine defaults, placeholders and bots, and no real person', () => {
    for (const [name, email] of [
      ['ubuntu', 'ubuntu@ip-172-31-5-9.ec2.internal'],
      ['root', 'root@localhost'],
      ['user', 'user@DESKTOP-7Q2L1'],
      ['Jo', 'jo@Jos-MacBook.local'],
      ['EC2 Default User', 'ec2-user@amazon.com'],
      ['Ubuntu', 'ubuntu@example.org'],
      ['Your Name', 'you@example.com'],
      ['github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com'],
      ['jovyan', 'jovyan@2f1c9a.internal'],
    ]) {
      expect(isMachineIdentity(name, email), `${name} <${email}>`).toBe(true);
    }
    for (const [name, email] of [
      ['Alice Liddell', 'alice@example.com'],
      ['Bob Upstream', 'bob@upstream.org'],
      ['rootkit-dev', 'dev@rootkit.io'],
      ['alice', '1+alice@users.noreply.github.com'],
    ]) {
      expect(isMachineIdentity(name, email), `${name} <${email}>`).toBe(false);
    }
  });

  it("the candidate's full name at their work address is the candidate, not a co-author", async () => {
    const scan = await scanGit([
      { ...ALICE, date: day(1), files: { 'app/a.py': pyLines(60, 'a') } },
      { name: 'alice LIDDELL', email: 'alice.liddell@corp.example', date: day(2), files: { 'app/b.py': pyLines(40, 'b') } },
      { name: 'Bob Upstream', email: 'bob@upstream.org', date: day(3), files: { 'app/c.py': pyLines(20, 'c') } },
    ]);

    expect(scan.history?.authors.filter((a) => a.candidate).map((a) => a.email).sort()).toEqual(['alice.liddell@corp.example', 'alice@example.com']);
    expect(coAuthors(scan.history!)).toEqual([{ name: 'Bob Upstream', commits: 1 }]);
    expect(scan.history?.candidate).toMatchObject({ commits: 2, countedCommits: 3, linesAdded: 100, totalLinesAdded: 120 });
  });

  it('machine identities are never co-authors, count neither for nor against, and a large share is noted neutrally', async () => {
    const scan = await scanGit([
      { ...ALICE, date: day(1), files: { 'app/train.py': `import mlflow\nmlflow.log_metric("a", 1)\n${pyLines(100, 'a')}` } },
      { name: 'ubuntu', email: 'ubuntu@ip-172-31-5-9.ec2.internal', date: day(2), files: { 'app/serve.py': `import mlflow\nmlflow.log_metric("s", 1)\n${pyLines(150, 's')}` } },
      { name: 'root', email: 'root@localhost', date: day(3), files: { 'app/util.py': pyLines(30, 'u') } },
      { name: 'user', email: 'user@DESKTOP-7Q2L1', date: day(4), files: { 'app/more.py': pyLines(20, 'm') } },
      { name: 'Bob Upstream', email: 'bob@upstream.org', date: day(5), files: { 'app/bob.py': pyLines(10, 'b') } },
    ]);

    const h = scan.history!;
    expect(coAuthors(h)).toEqual([{ name: 'Bob Upstream', commits: 1 }]);
    expect(h.authors.filter((a) => a.machine).map((a) => a.name).sort()).toEqual(['root', 'ubuntu', 'user']);
    // Shares count Alice against Bob only: 102 of 112 lines, 1 of 2 commits.
    expect(h.candidate).toMatchObject({ commits: 1, countedCommits: 2, linesAdded: 102, totalLinesAdded: 112, unattributedCommits: 3, unattributedLines: 202 });
    expect(h.candidate?.blameShare).toBeCloseTo(102 / 112, 5);
    expect(h.candidate?.unattributedBlamedLines).toBe(202);
    expect(signal(scan, 'fork_or_copy')?.present).toBe(false);
    expect(signal(scan, 'candidate_authored')?.present).toBe(true);
    // A line a machine identity wrote is attributed to no one, so it neither helps nor hurts the fit.
    const served = scan.signals.flatMap((s) => s.evidence).filter((e) => e.path === 'app/serve.py' && e.blame);
    expect(served.length).toBeGreaterThan(0);
    for (const e of served) expect(e.blame).not.toHaveProperty('candidate');
    const notes = authorshipNotes([scan]);
    expect(notes.join('\n')).not.toMatch(/ubuntu \(|root \(|user \(/);
    expect(notes).toContainEqual(expect.stringMatching(/^authorship in .*: 64% of the own-code lines \(3 commits\) come from unattributed machine identities: ubuntu <ubuntu@ip-172-31-5-9\.ec2\.internal>, root <root@localhost>, user <user@DESKTOP-7Q2L1> .*count neither for nor against the candidate$/));
    expect(authorshipNotes([scan], true).join('\n')).not.toContain('ec2.internal');
  });

  it('own code committed only by a machine identity: authorship unknown, never a copy', async () => {
    const scan = await scanGit([
      { ...ALICE, date: day(1), files: { 'README.md': '# demo\n' } },
      { name: 'EC2 Default User', email: 'ec2-user@ip-10-0-0-7.ec2.internal', date: day(2), files: { 'app/a.py': pyLines(300, 'a') } },
    ]);

    expect(signal(scan, 'fork_or_copy')).toMatchObject({ present: null });
    expect(signal(scan, 'candidate_authored')).toMatchObject({ present: null });
    expect(authorshipNotes([scan])).toContainEqual(expect.stringMatching(/^authorship unknown in .*the own code was committed only by unattributed machine identities/));
  });
});
