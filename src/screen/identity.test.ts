// Screening reads who the candidate is in git across all their repositories
// (history/portfolio-identity.ts). Real-people review: four of six people got a
// false "forked or copied" flag because the same person committed as
// "Arash A" or "Jordan" in one repository and under their full name in another.
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { text } from '../../test/helpers/text.js';
import { screenCandidate } from '../app/screen-candidate.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

async function repo(name: string, email: string, files: Record<string, string>) {
  const r = await buildGitRepo([{ name, email, date: '2026-03-01T10:00:00Z', files }]);
  cleanups.push(r.cleanup);
  return r.root;
}

const role = () => loadRoleFile(templatePath('mlops-engineer'));
const options = { role: role(), asOf: '2026-11-23' };

function flags(a: Awaited<ReturnType<typeof screenCandidate>>) {
  return a.redFlags.map((f) => f.id);
}

describe('screen: the candidate across the portfolio', () => {
  it('the same address under a short name in another repository is the candidate: no forked-or-copied flag, and a note says why', async () => {
    const full = await repo('Dana Okafor', 'dana@uni.edu', { 'train.py': pyLines(40, 'a') });
    const short = await repo('Dana', 'dana@uni.edu', { 'serve.py': pyLines(40, 'b') });

    const a = await screenCandidate({ label: 'Dana', repos: [full, short], emails: [], names: ['Dana Okafor'] }, options);

    expect(flags(a)).not.toContain('forked_or_copied');
    expect(a.notes.join('\n')).toContain('Dana (same address as the commits of Dana Okafor)');
  });

  it('the address written on the CV is the candidate without any identity given', async () => {
    const own = await repo('D. O.', 'dana@uni.edu', { 'train.py': pyLines(40, 'a') });
    const dir = await buildRepo({
      'cv.md': text`
        # Dana Okafor

        dana@uni.edu
      `,
      'no-address.md': text`
        # Dana Okafor
      `,
    });
    cleanups.push(dir.cleanup);
    const screenWith = (cv: string) => screenCandidate({ label: '', cv: join(dir.root, cv), repos: [own], emails: [], names: [] }, options);

    const withAddress = await screenWith('cv.md');
    const without = await screenWith('no-address.md');

    expect(without.notes.join('\n')).toContain('authorship unknown');
    expect(withAddress.notes.join('\n')).not.toContain('authorship unknown');
    expect(flags(withAddress)).not.toContain('forked_or_copied');
  });

  it('the full name on the CV is the candidate in git too (real-people review: every commit carried the CV\'s name, yet "no identity matches")', async () => {
    const own = await repo('Dana Okafor', 'd.okafor.dev@gmail.com', { 'train.py': pyLines(40, 'a') });
    const dir = await buildRepo({ 'cv.md': '# Dana Okafor\n\nML engineer.\n' });
    cleanups.push(dir.cleanup);

    const a = await screenCandidate({ label: '', cv: join(dir.root, 'cv.md'), repos: [own], emails: [], names: ['dokafor-gh'] }, options);

    expect(a.notes.join('\n')).not.toMatch(/authorship unknown|match no commit/);
  });

  it('someone else\'s code is still found: another address under a different name stays another identity', async () => {
    const own = await repo('Dana Okafor', 'dana@uni.edu', { 'a.py': pyLines(5, 'a') });
    const taken = await buildGitRepo([
      { name: 'Lee Chen', email: 'lee@corp.io', date: '2026-03-01T10:00:00Z', files: { 'model.py': pyLines(200, 'b') } },
      { name: 'Dana Okafor', email: 'dana@uni.edu', date: '2026-03-02T10:00:00Z', files: { 'run.py': pyLines(3, 'c') } },
    ]);
    cleanups.push(taken.cleanup);

    const a = await screenCandidate({ label: 'Dana', repos: [own, taken.root], emails: [], names: ['Dana Okafor'] }, options);

    expect(flags(a)).toContain('forked_or_copied');
    expect(a.notes.join('\n')).not.toContain('also the candidate');
  });

  it('a repository without one commit of the candidate, beside others that have theirs, is unknown and names its authors; never "taken"', async () => {
    const own = await repo('Dana Okafor', 'dana@uni.edu', { 'a.py': pyLines(5, 'a') });
    // A login-like name at an address that does not spell the candidate's name: nothing says it is Dana.
    const work = await repo('dk-ml', 'ml-team3@bigcorp.com', { 'model.py': pyLines(200, 'b') });

    const a = await screenCandidate({ label: 'Dana', repos: [own, work], emails: [], names: ['Dana Okafor'] }, options);

    expect(flags(a)).not.toContain('forked_or_copied');
    expect(a.notes.join('\n')).toMatch(/no commit here matches the candidate's identities; its own code is by dk-ml \(1 commit\): if one of them is the candidate, give that identity/);
  });

  it('identities that match no commit in any repository make authorship unknown, never "all by others"', async () => {
    const taken = await repo('Lee Chen', 'lee@corp.io', { 'model.py': pyLines(200, 'b') });

    const a = await screenCandidate({ label: 'Dana', repos: [taken], emails: ['dana@typo.edu'], names: ['Dana Okafor'] }, options);

    expect(flags(a)).not.toContain('forked_or_copied');
    expect(a.notes.join('\n')).toContain('the identities given match no commit in any repository');
  });

  it('a repository whose only commit by the candidate is a README (GitHub\'s "Initial commit") is unknown, not "by others"', async () => {
    const own = await repo('Dana Okafor', 'dana@uni.edu', { 'a.py': pyLines(5, 'a') });
    const demo = await buildGitRepo([
      { name: 'Dana Okafor', email: 'dana@uni.edu', date: '2026-03-01T10:00:00Z', files: { 'README.md': '# demo\n' }, message: 'Initial commit' },
      { name: 'dk-ml', email: 'ml-team3@bigcorp.com', date: '2026-03-01T12:00:00Z', files: { 'model.py': pyLines(200, 'b') } },
    ]);
    cleanups.push(demo.cleanup);

    const a = await screenCandidate({ label: 'Dana', repos: [own, demo.root], emails: [], names: ['Dana Okafor'] }, options);

    expect(flags(a)).not.toContain('forked_or_copied');
    expect(a.notes.join('\n')).toContain("none of the candidate's commits here touches its code; its own code is by dk-ml (1 commit)");
  });
});
