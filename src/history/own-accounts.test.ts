// Real-people review P5/N6: the candidate's second account was named a
// co-author and its repositories "team projects" (one mailbox spelled
// `alicel1dd.data@…` and `alicel1dd-data@…`; an account named after the
// login); and an identity's reason printed a placeholder ("same full name as
// the commits at another address") for a link made by a shared address.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { authorshipNotes } from '../assess/authorship.js';
import { mailboxKey, possibleAccount } from './identity-mailbox.js';
import { expandIdentity, readAuthors } from './portfolio-identity.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const day = (d: number) => `2025-03-${String(d).padStart(2, '0')}T10:00:00Z`;

describe('one mailbox under two spellings', () => {
  it('links the login-named account at the same mailbox with dashes for dots, and says so', async () => {
    const repo = await buildGitRepo([
      { name: 'alicel1dd-data', email: 'alicel1dd-data@gmail.com', date: day(1), files: { 'etl/load.py': pyLines(200, 'l') } },
      { name: 'alicel1dd-data', email: 'alicel1dd-data@gmail.com', date: day(2), files: { 'etl/clean.py': pyLines(150, 'c') } },
      { name: 'Alice Liddell', email: 'alicel1dd.data@gmail.com', date: day(3), files: { 'etl/report.py': pyLines(40, 'r') } },
      { name: 'alicel1dd', email: 'alicel1dd@gmail.com', date: day(4), files: { 'etl/util.py': pyLines(30, 'u') } },
    ]);
    cleanups.push(repo.cleanup);
    const seed = { emails: [], names: ['alicel1dd', 'Alice Liddell'] };
    const { identity, added } = expandIdentity(seed, await readAuthors(repo.root));
    expect(identity.emails).toContain('alicel1dd-data@gmail.com');
    const dashed = added.find((a) => a.name === 'alicel1dd-data');
    expect(dashed?.reason).toBe('same mailbox as alicel1dd.data@gmail.com (the commits of Alice Liddell): the addresses differ only by dots, dashes, underscores or a +tag');

    const scan = await scanRepository(repo.root, { candidate: identity });
    expect(scan.history?.authors.every((a) => a.candidate === true)).toBe(true);
    const notes = authorshipNotes([scan]).join('\n');
    expect(notes).not.toMatch(/co-authors|team project/);
  });

  it('keeps apart short mailboxes, other domains, role mailboxes and noreply logins', () => {
    expect(mailboxKey('j.s@corp.com')).toBeUndefined();
    expect(mailboxKey('john.smith+ml@corp.com')).toBe('johnsmith@corp.com');
    expect(mailboxKey('John_Smith@Corp.com')).toBe('johnsmith@corp.com');
    expect(mailboxKey('no-reply@corp.com')).toBeUndefined();
    expect(mailboxKey('12+john-smith@users.noreply.github.com')).toBeUndefined();
    expect(mailboxKey('john.smith@corp.com')).not.toBe(mailboxKey('johnsmith@other.com'));
  });
});

describe('an account named after the login given', () => {
  it('is possibly the candidate (not verified), never a co-author or a team', async () => {
    const repo = await buildGitRepo([
      { name: 'alicel1dd', email: 'alicel1dd@gmail.com', date: day(1), files: { 'app/a.py': pyLines(120, 'a') } },
      { name: 'alicel1dd-work', email: 'awork@corp.example', date: day(2), files: { 'app/b.py': pyLines(100, 'b') } },
      { name: 'alicel1dd-work', email: 'awork@corp.example', date: day(3), files: { 'app/c.py': pyLines(20, 'c') } },
    ]);
    cleanups.push(repo.cleanup);
    const scan = await scanRepository(repo.root, { candidate: { emails: [], names: ['alicel1dd'] } });
    const work = scan.history?.authors.find((a) => a.name === 'alicel1dd-work');
    expect(work).toMatchObject({ candidate: false, possibleCandidate: true });
    const notes = authorshipNotes([scan]).join('\n');
    expect(notes).toContain('alicel1dd-work (2 commits): an account named after the login given, possibly the candidate under another account (not verified)');
    expect(notes).not.toMatch(/co-authors|team project/);
  });

  it('needs the login as a whole word of a name, mailbox or noreply login', () => {
    const maybe = possibleAccount({ emails: [], names: ['alicel1dd', 'Alice Liddell'] });
    expect(maybe('alicel1dd-fan', 'x@y.org')).toBe(true);
    expect(maybe('Someone', 'alicel1dd.work@corp.example')).toBe(true);
    expect(maybe('Someone', '9+data-alicel1dd@users.noreply.github.com')).toBe(true);
    expect(maybe('alicel1ddx', 'x@y.org')).toBe(false);
    expect(maybe('malicel1dd', 'x@y.org')).toBe(false);
    expect(maybe('alicel1dd', 'other@y.org')).toBe(false);
    expect(possibleAccount({ emails: [], names: ['bob'] })('bob-smith', 'x@y.org')).toBe(false);
  });
});

describe('the reason an identity is the candidate', () => {
  it('names the shared address actually used, never a placeholder', async () => {
    // Newest first in the log: "Bo Zhang" is read before the login-named author it shares an address with.
    const repo = await buildGitRepo([
      { name: 'bozhang08', email: 'bozhang0@gmail.com', date: day(1), files: { 'a.py': pyLines(10, 'a') } },
      { name: 'Bo Zhang', email: 'bozhang0@gmail.com', date: day(2), files: { 'b.py': pyLines(10, 'b') } },
    ]);
    cleanups.push(repo.cleanup);
    const authors = await readAuthors(repo.root);
    expect(authors[0].name).toBe('Bo Zhang');
    const { added } = expandIdentity({ emails: [], names: ['bozhang08', 'Bowen Wei Zhang'] }, authors);
    expect(added).toEqual([{ name: 'Bo Zhang', email: 'bozhang0@gmail.com', reason: 'same address as the commits of bozhang08' }]);
  });

  it('names the address of the same full name when that is the link', () => {
    const authors = [
      { name: 'Arash Mehrjou', email: 'mehrjou.arash@gmail.com' },
      { name: 'Arash Mehrjou', email: 'amehrjou@lesum.local' },
    ];
    const { added } = expandIdentity({ emails: [], names: ['amehrjou'] }, authors);
    expect(added.map((a) => a.reason)).toEqual(['same full name as the commits at amehrjou@lesum.local']);
  });
});
