// Issue 14, real-people review: AI coding tools and bots ("Cursor Agent
// <cursoragent@cursor.com>", "Claude <noreply@anthropic.com>", Copilot,
// dependabot...) were named as human co-authors, and a machine-made address
// carrying the candidate's first name ("amine <amine@amine-XPS-15>") was
// another identity. Tools are noted neutrally; an unroutable address belongs
// to whoever's name it carries; one list of addresses no one owns.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { authorshipNotes } from '../assess/authorship.js';
import { scanRepository } from '../app/pipeline.js';
import { describeHistory } from '../report/history.js';
import type { RepoScan } from '../scan/types.js';
import { buildMatcher, isAiTool, isMachineIdentity, isPersonalAddress as fromIdentity } from './identity.js';
import { expandIdentity, isPersonalAddress } from './portfolio-identity.js';
import { coAuthors } from './verdict.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@corp.example' };
const day = (d: number) => `2025-06-${String(d).padStart(2, '0')}T10:00:00Z`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function scanGit(commits: Parameters<typeof buildGitRepo>[0], candidate = { emails: [ALICE.email], names: [] as string[] }): Promise<RepoScan> {
  const repo = await buildGitRepo(commits);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate });
}

const TOOLS: Array<[string, string]> = [
  ['Cursor Agent', 'cursoragent@cursor.com'],
  ['Cursor', 'cursoragent@cursor.com'],
  ['Claude', 'noreply@anthropic.com'],
  ['Copilot', '175728472+Copilot@users.noreply.github.com'],
  ['copilot-swe-agent[bot]', '198982749+Copilot@users.noreply.github.com'],
  ['aider (gpt-4o)', 'noreply@aider.chat'],
  ['devin-ai-integration[bot]', '158243242+devin-ai-integration[bot]@users.noreply.github.com'],
  ['Codex', 'codex@openai.com'],
];
const BOTS: Array<[string, string]> = [
  ['github-actions', '41898282+github-actions[bot]@users.noreply.github.com'],
  ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'],
  ['pre-commit-ci[bot]', '66853113+pre-commit-ci[bot]@users.noreply.github.com'],
];

describe('history/identity: AI coding tools and bots are tools, not people', () => {
  it('knows the tools and bots by name or address, and a person named Claude is a person', () => {
    for (const [name, email] of TOOLS) {
      expect(isAiTool(name, email), `${name} <${email}>`).toBe(true);
      expect(isMachineIdentity(name, email), `${name} <${email}>`).toBe(true);
      expect(isPersonalAddress(email), email).toBe(false);
    }
    for (const [name, email] of BOTS) expect(isMachineIdentity(name, email), `${name} <${email}>`).toBe(true);
    for (const [name, email] of [
      ['Claude Dupont', 'claude.dupont@gmail.com'],
      ['Claude', 'claude@dupont.fr'],
      ['Devin Booker', 'devin@booker.dev'],
      ['Cursor Fan', 'fan@cursorfans.org'],
    ]) {
      expect(isAiTool(name, email), `${name} <${email}>`).toBe(false);
      expect(isMachineIdentity(name, email), `${name} <${email}>`).toBe(false);
    }
  });

  it('trailers and commits by a tool name no co-author; a neutral note lists the tool', async () => {
    const trailers = 'Co-authored-by: Cursor Agent <cursoragent@cursor.com>\nCo-authored-by: Claude <noreply@anthropic.com>';
    const scan = await scanGit([
      { ...ALICE, date: day(1), files: { 'app/a.py': pyLines(80, 'a') }, message: `add a\n\n${trailers}` },
      { ...ALICE, date: day(2), files: { 'app/b.py': pyLines(40, 'b') }, message: 'add b\n\nCo-authored-by: Cursor <cursoragent@cursor.com>' },
      { name: 'Cursor Agent', email: 'cursoragent@cursor.com', date: day(3), files: { 'app/c.py': pyLines(10, 'c') } },
      { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com', date: day(4), files: { 'requirements.txt': 'numpy==2.0\n' } },
      { name: 'Bob Upstream', email: 'bob@upstream.org', date: day(5), files: { 'app/d.py': pyLines(10, 'd') } },
    ]);
    const h = scan.history!;
    expect(coAuthors(h)).toEqual([{ name: 'Bob Upstream', commits: 1 }]);
    const notes = authorshipNotes([scan]).join('\n');
    expect(notes).toMatch(/written with co-authors: Bob Upstream \(1 commit\)$/m);
    expect(notes).not.toMatch(/co-authors:[^\n]*(?:Cursor|Claude|dependabot)/);
    expect(notes).toMatch(/commits co-authored with an AI coding tool: Cursor \(2 commits\), Claude \(1 commit\), Cursor Agent \(1 commit\).*not a red flag/);
    const text = describeHistory(h).join('\n');
    expect(text).not.toMatch(/co-author (?:Cursor|Claude)/);
    expect(text).toMatch(/Cursor Agent <cursoragent@cursor\.com> \[AI coding tool: unattributed\]/);
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.present).toBe(false);
  });
});

describe('history/identity: a machine-made address belongs to whoever name it carries', () => {
  it("the candidate's first name or login at an unroutable address is the candidate; another name there is unattributed", () => {
    const match = buildMatcher({ emails: [], names: ['Amine Bouzid', 'abouzid'] });
    for (const [name, email] of [
      ['amine', 'amine@amine-XPS-15'],
      ['Amine', 'x@x-MacBook-Pro.local'],
      ['AMINE', 'amine@desk.lan'],
      ['abouzid', 'user@localhost'],
      ['amine', 'amine@(none)'],
    ]) {
      expect(match(name, email), `${name} <${email}>`).toBe(true);
    }
    // A first name alone at an address someone owns could be anyone.
    expect(match('amine', 'amine@gmail.com')).toBe(false);
    expect(match('root', 'root@ubuntu')).toBe(false);
    expect(isMachineIdentity('bob', 'bob@bob-laptop.home')).toBe(true);
  });

  it('in a history: the first name of the full name the candidate commits under, at a laptop address, is the candidate, never a co-author', async () => {
    const scan = await scanGit(
      [
        { name: 'Amine Bouzid', email: 'amine.bouzid@corp.example', date: day(1), files: { 'app/a.py': pyLines(60, 'a') } },
        { name: 'amine', email: 'amine@amine-XPS-15', date: day(2), files: { 'app/b.py': pyLines(50, 'b') } },
        { name: 'bob', email: 'bob@bob-laptop.local', date: day(3), files: { 'app/c.py': pyLines(20, 'c') } },
        { name: 'Carol Teammate', email: 'carol@team.example', date: day(4), files: { 'app/d.py': pyLines(10, 'd') } },
      ],
      { emails: ['amine.bouzid@corp.example'], names: [] },
    );
    const h = scan.history!;
    expect(h.authors.find((a) => a.email === 'amine@amine-XPS-15')).toMatchObject({ candidate: true });
    expect(h.authors.find((a) => a.email === 'bob@bob-laptop.local')).toMatchObject({ candidate: false, machine: true });
    expect(coAuthors(h)).toEqual([{ name: 'Carol Teammate', commits: 1 }]);
    expect(h.candidate).toMatchObject({ commits: 2, countedCommits: 3, linesAdded: 110, totalLinesAdded: 120 });
  });
});

describe('history/identity: one list of addresses no one owns', () => {
  it('portfolio carry-over and machine identities ask the same module', () => {
    expect(isPersonalAddress).toBe(fromIdentity);
    for (const e of ['you@example.com', 'noreply@github.com', 'admin@corp.io', 'jo@Jos-MacBook.local', 'x@box.test', 'ci-bot@corp.io', 'cursoragent@cursor.com']) {
      expect(isPersonalAddress(e), e).toBe(false);
    }
    for (const e of ['alice@corp.io', 'a.b@gmail.com', '12+alice@users.noreply.github.com', 'contest@mail.org']) expect(isPersonalAddress(e), e).toBe(true);
    // A tool's address used by a commit the candidate's name matched is never carried over to other repositories.
    const { identity } = expandIdentity({ emails: [], names: ['Alice Liddell'] }, [
      { name: 'Alice Liddell', email: 'cursoragent@cursor.com' },
      { name: 'Alice Liddell', email: 'alice@corp.io' },
    ]);
    expect(identity.emails).toEqual(['alice@corp.io']);
  });
});
