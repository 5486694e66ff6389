// The candidate's identity across a portfolio (real-people review: the same
// person under a short name in a second repository read as "other identities").
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { expandIdentity, isPersonalAddress, loginAddress, ownerAddress, readAuthors } from './portfolio-identity.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

describe('expandIdentity', () => {
  it('carries an address from a name the user gave to every author using it, in any repository', () => {
    const authors = [
      { name: 'Arash Aghababazadeh', email: 'arash@uni.edu' },
      { name: 'Arash A', email: 'arash@uni.edu' },
      { name: 'crislaine', email: 'arash@uni.edu' },
      { name: 'Someone Else', email: 'else@corp.io' },
    ];
    const { identity, added } = expandIdentity({ emails: [], names: ['Arash Aghababazadeh'] }, authors);

    expect(identity.emails).toEqual(['arash@uni.edu']);
    expect(added.map((a) => a.name)).toEqual(['Arash A', 'crislaine']);
    expect(added[0].reason).toBe('same address as the commits of Arash Aghababazadeh');
  });

  it('follows chains: a name matches an address, which another author shares with a second address only by that address', () => {
    const authors = [
      { name: 'Jordan Kail', email: 'jk@mail.io' },
      { name: 'Jordan', email: 'jk@mail.io' },
      { name: 'jckail', email: '12+jckail@users.noreply.github.com' },
    ];
    const { identity } = expandIdentity({ emails: [], names: ['Jordan Kail', 'jckail'] }, authors);

    expect(identity.emails).toEqual(['12+jckail@users.noreply.github.com', 'jk@mail.io']);
  });

  it('never carries a first name, a machine default, a placeholder or a bot address', () => {
    const authors = [
      { name: 'Sumedh Khodke', email: 'root@localhost' },
      { name: 'Sumedh Khodke', email: 'ubuntu@ip-172-31-35-17.ec2.internal' },
      { name: 'Sumedh Khodke', email: 'you@example.com' },
      { name: 'sumedh', email: 'sumedh@other.org' },
      { name: 'Ubuntu', email: 'ubuntu@ip-172-31-35-17.ec2.internal' },
      { name: 'A. Person', email: 'you@example.com' },
    ];
    const { identity, added } = expandIdentity({ emails: [], names: ['Sumedh Khodke'] }, authors);

    expect(identity.emails).toEqual([]);
    expect(added).toEqual([]);
  });

  it('a name given in a login shape is the GitHub account: its noreply commits under another display name match', () => {
    const authors = [{ name: 'quicksilver', email: '37912597+quicksilver0@users.noreply.github.com' }];

    expect(expandIdentity({ emails: [], names: ['quicksilver0'] }, authors).identity.emails).toEqual(['37912597+quicksilver0@users.noreply.github.com']);
    expect(expandIdentity({ emails: [], names: ['Vladimir Kuzmenkov'] }, authors).identity.emails).toEqual([]);
  });

  it('an author whose git name is a known login is that account, and carries its address', () => {
    const authors = [
      { name: 'murilobiss-dataeng', email: 'murilobiss-dataeng@gmail.com' },
      { name: 'Murilo Biss', email: 'murilobiss-dataeng@gmail.com' },
    ];

    const { identity } = expandIdentity({ emails: ['murilobiss-dataeng@users.noreply.github.com'], names: [] }, authors);

    expect(identity.emails).toContain('murilobiss-dataeng@gmail.com');
  });

  it('changes nothing when no identity was given', () => {
    const { identity, added } = expandIdentity({ emails: [], names: [] }, [{ name: 'Ann', email: 'ann@uni.edu' }]);

    expect(identity).toEqual({ emails: [], names: [] });
    expect(added).toEqual([]);
  });
});

describe('address helpers', () => {
  it.each([
    ['ann@uni.edu', true],
    ['12+ann@users.noreply.github.com', true],
    ['49699333+dependabot[bot]@users.noreply.github.com', false],
    ['ci-bot@corp.io', false],
    ['noreply@github.com', false],
    ['jo@Jos-MacBook.local', false],
    ['you@example.com', false],
    ['ann', false],
  ])('%s is personal: %s', (email, personal) => {
    expect(isPersonalAddress(email)).toBe(personal);
  });

  it('reads a GitHub login from a profile link only', () => {
    expect(loginAddress('https://www.github.com/arashabzd')).toBe('arashabzd@users.noreply.github.com');
    expect(loginAddress('https://github.com/Alice/')).toBe('alice@users.noreply.github.com');
    expect(loginAddress('https://github.com/alice/repo')).toBeUndefined();
    expect(loginAddress('https://gitlab.com/alice')).toBeUndefined();
  });

  it('reads the account a GitHub repository URL lives under', () => {
    expect(ownerAddress('https://github.com/murilobiss-dataeng/data-engineering-tools.git')).toBe('murilobiss-dataeng@users.noreply.github.com');
    expect(ownerAddress('https://github.com/alice/my.proj/')).toBe('alice@users.noreply.github.com');
    expect(ownerAddress('https://github.com/alice')).toBeUndefined();
    expect(ownerAddress('/home/me/alice/proj')).toBeUndefined();
    expect(ownerAddress('https://gitlab.com/alice/proj')).toBeUndefined();
  });
});

describe('readAuthors', () => {
  it('lists each name and address once, from the real log', async () => {
    const repo = await buildGitRepo([
      { name: 'Ann', email: 'ann@uni.edu', date: '2025-01-01T10:00:00Z', files: { 'a.py': pyLines(3) } },
      { name: 'Ann', email: 'ANN@uni.edu', date: '2025-01-02T10:00:00Z', files: { 'b.py': pyLines(3) } },
      { name: 'Bob', email: 'bob@corp.io', date: '2025-01-03T10:00:00Z', files: { 'c.py': pyLines(3) } },
    ]);
    cleanups.push(repo.cleanup);

    const authors = await readAuthors(repo.root);

    expect(authors.map((a) => a.name).sort()).toEqual(['Ann', 'Bob']);
  });

  it('is empty for a folder without history', async () => {
    expect(await readAuthors('/nonexistent-evident-folder')).toEqual([]);
  });
});
