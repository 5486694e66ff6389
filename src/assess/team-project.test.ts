// Issue 14, real-people review: a four-person course project in which the
// candidate wrote about a third of the code drew "Code mostly by other
// identities". fork_or_copy follows signals.md (most own code by others), but
// a team project in which the candidate wrote a real share is named in the
// authorship notes, never a red flag, and its evidence is judged line by line.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { scanRepository } from '../app/pipeline.js';
import { assessCandidate } from './assess.js';
import { isTeamProject, TEAM_SHARE_MIN } from './authorship.js';
import { loadRoleFile, templatePath } from './role-profile.js';

const ME = { name: 'Sam Rivera', email: 'sam@example.org' };
const ANA = { name: 'Ana Lopez', email: 'ana@example.net' };
const LI = { name: 'Li Wei', email: 'li@example.com' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function teamRepo(mine: number) {
  const repo = await buildGitRepo([
    { ...ANA, date: '2025-03-01T10:00:00Z', files: { 'ana.py': pyLines(40, 'ana') } },
    { ...ME, date: '2025-03-02T10:00:00Z', files: { 'sam.py': pyLines(mine, 'sam') } },
    { ...LI, date: '2025-03-03T10:00:00Z', files: { 'li.py': pyLines(40, 'li') } },
    { ...ANA, date: '2025-03-04T10:00:00Z', files: { 'ana2.py': pyLines(20, 'ana2') } },
  ]);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate: { emails: [ME.email], names: [] } });
}

describe('assess: team projects', () => {
  it('names a team project in which the candidate wrote a real share, without a red flag', async () => {
    const scan = await teamRepo(50);
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.present).toBe(true);
    expect(isTeamProject(scan)).toBe(true);

    const a = assessCandidate({ label: 'Sam', scans: [scan], role: loadRoleFile(templatePath('python-ai-engineer')), asOf: '2026-12-06' });

    expect(a.redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
    expect(a.notes.some((n) => /a team project in which the candidate wrote \d+% of the own code: not a red flag/.test(n))).toBe(true);
    expect(a.notes.some((n) => n.includes('written with co-authors: Ana Lopez') && n.includes('Li Wei'))).toBe(true);
  });

  it(`keeps the red flag when the candidate wrote less than ${TEAM_SHARE_MIN * 100}% of the code`, async () => {
    const scan = await teamRepo(10);
    expect(isTeamProject(scan)).toBe(false);

    const a = assessCandidate({ label: 'Sam', scans: [scan], role: loadRoleFile(templatePath('python-ai-engineer')), asOf: '2026-12-06' });

    expect(a.redFlags.map((f) => f.id)).toContain('forked_or_copied');
  });
});
