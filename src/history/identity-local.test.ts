// Issue 14, review on real people: a candidate's commits from their own Mac
// ("Jordan Kail <jordankail@Jordans-Mac-mini.local>") were listed as a
// co-author, "Jordan Kail (4 commits)", beside the same name under the
// candidate's e-mail. A machine-local address under a name the candidate's
// matched commits carry is the candidate.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { buildMatcher, isMachineLocal, withAliases } from './identity.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
const day = (d: number) => `2025-04-${String(d).padStart(2, '0')}T10:00:00Z`;

describe('history/identity: machine-local addresses', () => {
  it('knows the addresses git makes up from a host name', () => {
    for (const e of ['jo@Jos-MacBook.local', 'ubuntu@ip-172-31-35-17.ec2.internal', 'jo@localhost', 'jo@(none)', 'jo@laptop', 'jo@box.localdomain', 'jo@pc.lan', 'jo@pc.home', 'amine@pcaechraib3.user.resel.fr', 'jo@ws042.cs.uni.edu']) {
      expect(isMachineLocal(e), e).toBe(true);
    }
    for (const e of ['jo@example.com', 'jo@mail.internal-tools.io', '1+jo@users.noreply.github.com', 'no-at-sign', 'jo@cs.uni.edu', 'jo@mail2.corp.co.uk', 'jo@ms12.hinet.net']) {
      expect(isMachineLocal(e), e).toBe(false);
    }
  });

  it("a local address is the candidate only under a name their matched commits carry; the candidate's full name is theirs at any address", () => {
    const matcher = withAliases(buildMatcher({ emails: ['alice@example.com'], names: [] }), [{ name: 'Alice Liddell', email: 'alice@example.com' }]);
    expect(matcher('Alice Liddell', 'alice@Alices-MacBook.local')).toBe(true);
    expect(matcher('Bob Upstream', 'bob@bobs-laptop.local')).toBe(false);
    expect(matcher('Alice Liddell', 'alice@other-company.com')).toBe(true);
    expect(matcher('alice liddéll', 'a.liddell@uni.edu')).toBe(true);
    expect(matcher('Alice', 'alice@other-company.com')).toBe(false);
  });

  it('a one-word name the candidate commits under is theirs only at a noreply or machine-local address', () => {
    const matcher = withAliases(buildMatcher({ emails: ['alice@example.com'], names: [] }), [{ name: 'alice', email: 'alice@example.com' }]);
    expect(matcher('alice', '1+alice@users.noreply.github.com')).toBe(true);
    expect(matcher('alice', 'alice@laptop.local')).toBe(true);
    expect(matcher('alice', 'alice@other-company.com')).toBe(false);
  });

  it('another name at a personal address the matched commits use is the candidate (real-people review P7: a one-repository scan called their own upload copied)', async () => {
    const authors = [
      { name: 'Amy Echo', email: 'amy.echo@school.edu' },
      { name: 'AmyEch', email: 'amy.echo@school.edu' },
      { name: 'Help Desk', email: 'admin@school.edu' },
    ];
    const matcher = withAliases(buildMatcher({ emails: [], names: ['AmyEcho'] }), authors);
    expect(matcher('AmyEch', 'Amy.Echo@school.edu')).toBe(true);
    expect(matcher('AmyEch', 'amy@elsewhere.org')).toBe(false);
    // A shared mailbox is never carried, even when a matched commit used it.
    const shared = withAliases(buildMatcher({ emails: [], names: ['AmyEcho'] }), [{ name: 'Amy Echo', email: 'admin@school.edu' }]);
    expect(shared('Help Desk', 'admin@school.edu')).toBe(false);
  });

  it("the candidate's commits from their own machine are theirs, not a co-author's", async () => {
    const repo = await buildGitRepo([
      { name: 'Alice Liddell', email: 'alice@example.com', date: day(1), files: { 'app/a.py': pyLines(80, 'a') } },
      { name: 'Alice Liddell', email: 'alice@Alices-MacBook.local', date: day(2), files: { 'app/b.py': pyLines(60, 'b') } },
      { name: 'Bob Upstream', email: 'bob@bobs-laptop.local', date: day(3), files: { 'app/c.py': pyLines(10, 'c') } },
    ]);
    cleanups.push(repo.cleanup);

    const scan = await scanRepository(repo.root, { candidate: { emails: ['alice@example.com'], names: [] } });

    const authors = scan.history?.authors ?? [];
    expect(authors.filter((a) => a.candidate).map((a) => a.email).sort()).toEqual(['alice@Alices-MacBook.local', 'alice@example.com'].sort());
    // Bob's machine-local address is no account: an unattributed machine identity, counted for no one.
    expect(authors.find((a) => a.email === 'bob@bobs-laptop.local')).toMatchObject({ candidate: false, machine: true });
    expect(scan.history?.candidate).toMatchObject({ commits: 2, countedCommits: 2, unattributedCommits: 1, unattributedLines: 10 });
  });
});
