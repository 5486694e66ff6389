// Real-people review: "No deployment anywhere" was said of a researcher whose
// four screened repositories are paper code. A flag drawn from what the
// repositories lack speaks only of the repositories screened: the candidate's
// other and private work was not seen.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { RED_FLAG_TITLES } from '../model/ids.js';
import { splitAbsence } from './absence.js';
import { findRedFlags } from './red-flags.js';
import { loadRoleFile, templatePath } from './role-profile.js';
import type { Coverage, RedFlagId } from './types.js';

const FROM_ABSENCE: RedFlagId[] = ['notebook_only', 'no_deployment', 'no_tests', 'no_monitoring', 'web_without_ml', 'stale_portfolio'];
const OVERREACH = /\b(anywhere|never|at all|has not|have not|no public)\b|public repositor/i;

function absenceFlags() {
  const role = loadRoleFile(templatePath('python-ai-engineer'));
  const history = { available: true, activity: { lastCommit: '2020-03-01' } } as never;
  // Two paper-code repositories: notebooks only, a web route, no tests, no container, last commit years ago.
  const a = fakeScan('paper-a', { notebook_only: true }, { history, tools: [{ tool: 'flask', used: true, files: 1, evidence: [{ path: 'app.py', line: 1, location: 'app.py:1', match: 'import flask', kind: 'import' }], configFiles: [], declared: [] }] });
  const b = fakeScan('paper-b', { notebook_only: true }, { history });
  const flags = findRedFlags([a, b], { ...role, weights: { ...role.weights, mlops_production: 10 } }, undefined, '2026-06-01');
  return flags;
}

describe('assess/red flags: words of absence', () => {
  it('titles and reasons of flags drawn from absence speak of the repositories screened, never of the candidate', () => {
    const flags = absenceFlags();
    const raised = flags.map((f) => f.id);
    expect(raised).toEqual(expect.arrayContaining(['notebook_only', 'no_deployment', 'no_tests', 'no_monitoring', 'web_without_ml', 'stale_portfolio']));
    for (const f of flags.filter((x) => FROM_ABSENCE.includes(x.id))) {
      expect(f.title, f.id).toBe(RED_FLAG_TITLES[f.id]);
      expect(f.title, f.id).toMatch(/in the repositories screened$/);
      expect(`${f.title} ${f.reason}`, f.id).not.toMatch(OVERREACH);
      expect(f.reason, f.id).toMatch(/screened/);
    }
    expect(flags.find((f) => f.id === 'no_deployment')?.reason).toBe('none of the 2 repositories screened has a serving API, a container or infrastructure as code');
    // ML and LLM work is read in Python only (real-people review: an OpenAI call in TypeScript went unseen).
    expect(flags.find((f) => f.id === 'web_without_ml')?.reason).toBe('web frameworks are used but no ML or LLM work shows in the Python code screened (other languages are not read)');
    expect(flags.find((f) => f.id === 'stale_portfolio')?.reason).toBe('the latest commit in the repositories screened is dated 2020-03-01, over 24 months before 2026-06-01');
  });

  it('the interview topics they become say the same', () => {
    const low: Coverage = { share: 20, low: true, evidenced: [], claimedOnly: [], silent: [] };
    const { unverified } = splitAbsence(absenceFlags(), low, undefined);
    expect(unverified.length).toBeGreaterThanOrEqual(5);
    expect(unverified.find((t) => t.id === 'web_without_ml')?.reason).toBe('the repositories screened speak to 20% of the role, so their lack of ML or LLM code in Python (other languages are not read) says nothing either way');
    for (const t of unverified) {
      expect(t.reason, t.id).toMatch(/screened/);
      expect(t.reason, t.id).not.toMatch(OVERREACH);
    }
  });

  it('every title of a flag drawn from absence is bounded to the screen', () => {
    for (const id of FROM_ABSENCE) expect(RED_FLAG_TITLES[id]).toMatch(/in the repositories screened$/);
    for (const title of Object.values(RED_FLAG_TITLES)) expect(title).not.toMatch(OVERREACH);
  });
});
