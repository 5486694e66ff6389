// Unknown or partial authorship is said in every format next to the fit and
// never lowers a score; an upload by the candidate is never a red flag.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo, pyLines } from '../../test/helpers/git.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { scanRepository } from '../app/pipeline.js';
import { renderAssessmentHtml } from '../report/assessment-html.js';
import { renderAssessmentJson } from '../report/assessment-json.js';
import { renderAssessmentMarkdown } from '../report/assessment-markdown.js';
import { renderAssessmentTerminal } from '../report/assessment-terminal.js';
import type { RepoScan } from '../scan/types.js';
import { assessCandidate } from './assess.js';
import { authorshipNotes } from './authorship.js';
import { loadRoleFile, templatePath } from './role-profile.js';

const ALICE = { name: 'Alice Liddell', email: 'alice@example.com' };
const ME = { emails: ['alice@example.com'], names: [] };
const SERVE = 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/predict")\ndef predict():\n    return {"y": 1}\n';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const assess = (scans: RepoScan[]) => assessCandidate({ label: 'A', scans, role: loadRoleFile(templatePath('mlops-engineer')), asOf: '2025-06-01' });
const scores = (scans: RepoScan[]) => assess(scans).competencies.map((c) => [c.id, c.score]);

async function gitScan(candidate?: { emails: string[]; names: string[] }): Promise<RepoScan> {
  const files = { 'app/serve.py': SERVE, 'app/model.py': pyLines(300, 'w'), Dockerfile: 'FROM python:3.12\n', 'tests/test_a.py': 'def test_a():\n    assert 1\n' };
  const repo = await buildGitRepo([{ ...ALICE, date: '2025-03-01T10:00:00Z', files, message: 'upload project' }]);
  cleanups.push(repo.cleanup);
  return scanRepository(repo.root, { candidate });
}

describe('assess/authorship', () => {
  it("the candidate's own single upload is a neutral note next to the fit, not a red flag, and lowers no score", async () => {
    const scan = await gitScan(ME);

    const a = assess([scan]);

    expect(a.redFlags.map((f) => f.id)).not.toContain('forked_or_copied');
    expect(a.notes).toContain(`authorship in ${scan.name}: the history starts with one upload of 4 files: it cannot show how the code was developed`);
    const unattributed = { ...scan, signals: scan.signals.map((s) => ({ ...s, evidence: s.evidence.map(({ blame: _, ...e }) => e) })) };
    expect(scores([scan])).toEqual(scores([unattributed]));
  });

  it('without an identity authorship is unknown, said in every format, and scores as the candidate', async () => {
    const known = await gitScan(ME);
    const unknown = await gitScan({ emails: [], names: [] });

    const a = assess([unknown]);

    expect(scores([unknown])).toEqual(scores([known]));
    const note = a.notes.find((n) => n.startsWith('authorship unknown in'));
    expect(note).toMatch(/\(no candidate identity given: --candidate-email, --candidate-name\): evidence of unknown authorship counts as the candidate's, so no score is lowered for it; authors: Alice Liddell \(1 commit\)$/);
    const terminal = renderAssessmentTerminal(a);
    const nearFit = (text: string, fit: string, next: string) => text.slice(text.indexOf(fit), text.indexOf(next));
    expect(nearFit(terminal, 'Fit ', 'Competencies')).toContain('authorship unknown in');
    expect(terminal.match(/authorship unknown in/g)).toHaveLength(1);
    const md = renderAssessmentMarkdown(a);
    expect(nearFit(md, '**Fit ', '## Competencies')).toContain('authorship unknown in');
    expect(JSON.parse(renderAssessmentJson(a)).notes).toContain(note);
    const html = renderAssessmentHtml(a);
    expect(html.indexOf('<ul class="authorship"><li>authorship unknown in')).toBeGreaterThan(html.indexOf('Fit '));
    expect(html.indexOf('<ul class="authorship">')).toBeLessThan(html.indexOf('</header>'));
  });

  it('a folder without history: authorship unknown, the recency factor named', async () => {
    const repo = await buildRepo({ 'app/serve.py': SERVE });
    cleanups.push(repo.cleanup);
    const scan = await scanRepository(repo.root, { candidate: ME });

    expect(authorshipNotes([scan], false, 0.9)).toEqual([
      `authorship unknown in ${scan.name} (history unavailable: no git history): evidence of unknown authorship counts as the candidate's, so no score is lowered for it; its last commit is unknown, so its evidence counts ×0.9 for recency`,
    ]);
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')?.present).toBeNull();
  });

  it('a partial history is named and judged unknown', async () => {
    const scan = await gitScan(ME);
    const partial = { ...scan, history: { ...scan.history!, partial: { reason: '2 commits could not be read (objects missing)', unreadableCommits: 2, truncated: true, unblamedFiles: [] } } };

    expect(authorshipNotes([partial], true)).toEqual([
      `authorship partial in ${scan.name} (history partial: 2 commits could not be read (objects missing)): evidence of unknown authorship counts as the candidate's, so no score is lowered for it`,
    ]);
  });
});
