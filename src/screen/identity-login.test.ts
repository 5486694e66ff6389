// Real-people review (N7, N8): with `--candidate-name amehrjou` given, every
// repository read "no candidate identity given" (an identity was given; it
// matched no commit), although one commit was "Arash Mehrjou
// <amehrjou@lesum.local>", git's machine default carrying the login; a
// co-author under two names at one address was listed twice, and commit
// counts made the author of 98% of the code look minor; "anticipated based on
// the project's adopter cadence" read as a README crediting another source.
import { afterAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { screenCandidate } from '../app/screen-candidate.js';
import { buildMatcher } from '../history/identity.js';
import { describeHistory } from '../report/history.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T10:00:00Z`;
const options = { role: loadRoleFile(templatePath('applied-ml-engineer')), asOf: '2026-11-23' };

async function git(commits: Parameters<typeof buildGitRepo>[0]) {
  const r = await buildGitRepo(commits);
  cleanups.push(r.cleanup);
  return r.root;
}

describe('screen: identities given, the login as a mailbox, co-authors and credits', () => {
  it('identities given that match no commit author are said so, in the notes and the history, never "no candidate identity given"', async () => {
    const repo = await git([{ name: 'Lee Chen', email: 'lee@corp.io', date: day(1), files: { 'model.py': pyLines(60, 'a') } }]);

    const a = await screenCandidate({ label: 'Dana', repos: [repo], emails: ['dana@typo.edu'], names: ['dokafor'] }, options);
    const blind = await screenCandidate({ label: 'Dana', repos: [repo], emails: ['dana@typo.edu'], names: ['dokafor'] }, { ...options, blind: true });

    const notes = a.notes.join('\n');
    expect(notes).toMatch(/authorship unknown in \S+ \(the identities given \(dokafor, dana@typo\.edu\) match no commit author\)/);
    expect(notes).not.toContain('no candidate identity given');
    // The scan report's history (terminal and Markdown) says the same of a history screened without a match.
    const scan = await scanRepository(repo, {});
    expect(describeHistory({ ...scan.history!, unmatchedIdentities: ['dokafor'] })).toContain('the identities given (dokafor) match no commit author: authors listed without judging');
    // A blind report names no identity.
    expect(blind.notes.join('\n')).toContain('(the identities given match no commit author)');
    expect(blind.notes.join('\n')).not.toContain('dokafor');
    // None given: the old reason stays.
    const none = await screenCandidate({ label: 'Dana', repos: [repo], emails: [], names: [] }, options);
    expect(none.notes.join('\n')).toContain('no candidate identity given: --candidate-email, --candidate-name');
  });

  it('a login given is the mailbox of an address at any domain but a shared or role one, five characters or more', () => {
    const m = buildMatcher({ emails: [], names: ['amehrjou', 'admin', 'jo'] });
    expect(m('Arash Mehrjou', 'amehrjou@lesum.local')).toBe(true);
    expect(m('Arash Mehrjou', 'AMehrjou@corp.io')).toBe(true);
    expect(m('Help Desk', 'admin@corp.io')).toBe(false);
    expect(m('Someone', 'jo@laptop.local')).toBe(false);
    expect(m('Someone', 'mehrjou@corp.io')).toBe(false);
  });

  it("the login's machine-default commit links the full name, which links the personal address in every repository: no repository unknown, no flag", async () => {
    const paper = await git([
      { name: 'Arash Mehrjou', email: 'amehrjou@lesum.local', date: day(1), files: { 'sysid.py': pyLines(50, 'a') } },
      { name: 'Arash Mehrjou', email: 'mehrjou.arash@gmail.com', date: day(2), files: { 'fit.py': pyLines(30, 'b') } },
    ]);
    const other = await git([{ name: 'Arash', email: 'mehrjou.arash@gmail.com', date: day(3), files: { 'bax.py': pyLines(80, 'c') } }]);

    const a = await screenCandidate({ label: 'A', repos: [paper, other], emails: [], names: ['amehrjou'] }, options);

    const notes = a.notes.join('\n');
    expect(notes).not.toMatch(/authorship unknown|match no commit/);
    expect(notes).toContain('Arash Mehrjou (same full name as the commits at amehrjou@lesum.local)');
    expect(a.redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
  });

  it('a co-author under two names at one address is one person; line shares stand beside commit counts when they differ a lot', async () => {
    const small = (i: number) => ({ name: i % 3 === 2 ? 'aminabyaneh' : 'Amin Abyaneh', email: i % 3 === 2 ? 'AminAbyaneh@gmail.com' : 'aminabyaneh@gmail.com', date: day(2 + i), files: { [`notes${i}.py`]: pyLines(5, `n${i}`) } });
    const repo = await git([
      { name: 'Arash Mehrjou', email: 'mehrjou.arash@gmail.com', date: day(1), files: { 'sim/core.py': pyLines(400, 'core'), 'sim/run.py': pyLines(200, 'run') } },
      ...[0, 1, 2, 3, 4, 5].map(small),
    ]);

    const a = await screenCandidate({ label: 'A', repos: [repo], emails: ['mehrjou.arash@gmail.com'], names: [] }, options);

    const note = a.notes.find((n) => n.includes('written with co-authors')) ?? '';
    expect(note).toContain('written with co-authors: Amin Abyaneh (6 commits, 5% of own-code lines added)');
    expect(note).not.toContain('aminabyaneh (');
    expect(note).toMatch(/the candidate: 1 of 7 commits to own code \(14%\), 95% of its lines added, 95% of its lines at HEAD \(blame\)$/);
  });

  it('a README sentence with "based on" that names no outside source credits no one; one naming a source still does', async () => {
    const readme = (line: string) => `# Template\n\n${line}\n`;
    const quiet = await git([
      { name: 'Dana Okafor', email: 'dana@uni.edu', date: day(1), files: { 'README.md': readme("The names in the table are anticipated based on the project's adopter cadence."), 'app.py': pyLines(40, 'a') } },
    ]);
    const named = await git([
      { name: 'Dana Okafor', email: 'dana@uni.edu', date: day(1), files: { 'README.md': readme('This project is based on the code of the Keras example.'), 'app.py': pyLines(40, 'a') } },
    ]);

    const a = await screenCandidate({ label: 'A', repos: [quiet, named], emails: ['dana@uni.edu'], names: [] }, options);

    const credited = a.notes.filter((n) => n.includes('README credits another source'));
    expect(credited).toHaveLength(1);
    expect(credited[0]).toContain('Keras example');
    expect(a.notes.join('\n')).not.toContain('adopter cadence');
  });
});
