// Issue 14, review on real people: `no_monitoring` stayed a red flag for an
// engineer whose dated roles say "model monitoring dashboard detecting drift"
// but name no tool. Work a dated role describes is work public code cannot
// verify: the absence becomes a neutral topic, whatever the flag.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { parseMarkdownCv } from '../../test/helpers/cv.js';
import { assessCandidate } from './assess.js';
import { buildCvEvidence, cvFactsOf } from './cv-input.js';
import { loadRoleFile, templatePath } from './role-profile.js';

const mlops = () => loadRoleFile(templatePath('mlops-engineer'));
// Evidence for most of the role, so coverage is not low and only the CV can turn a flag into a topic.
const scans = [fakeScan('r', { classical_ml: true, experiment_tracking: true, ci: true, python_package: true, data_engineering: true })];

async function assessWith(bullets: string[]) {
  const md = ['# Lee Park', '## Experience', '**ML Engineer**, Retail Co, 2020 – Present', ...bullets.map((b) => `- ${b}`), '## Skills', 'Python, SQL'].join('\n\n');
  const facts = cvFactsOf(await parseMarkdownCv(md));
  return { facts, a: assessCandidate({ label: 'A', scans, role: mlops(), cv: buildCvEvidence(facts, scans), asOf: '2026-11-23' }) };
}

describe('assess/absence: work the dated roles describe without naming a tool', () => {
  it('keeps the absence flags red when the roles describe none of that work', async () => {
    const { a } = await assessWith(['Built churn features with the analytics team.']);

    expect(a.coverage.low).toBe(false);
    expect(a.redFlags.map((f) => f.id)).toEqual(['no_deployment', 'no_tests']);
    // Nothing deployed in public: nothing to monitor, so monitoring is a topic, never "no monitoring".
    expect(a.unverified.map((t) => [t.id, t.reason])).toEqual([
      ['no_monitoring', 'no repository screened deploys a model, so the code screened has nothing to monitor: whether they monitor models they run is for the interview'],
    ]);
  });

  it('turns no_monitoring, no_deployment and no_tests into topics when the roles describe monitoring, deployment and testing', async () => {
    const { a, facts } = await assessWith([
      'Created a model monitoring dashboard detecting drift; on-call for the ranking models.',
      'Deployed the pricing models to production.',
      'Wrote unit and integration tests for the feature pipeline.',
    ]);

    expect(a.redFlags).toEqual([]);
    expect(a.unverified.map((t) => [t.id, t.claims, t.reason])).toEqual([
      ['no_deployment', [], "the CV's dated roles describe deployment work, which public code cannot verify; the repositories screened do not show a serving API, a container or infrastructure as code"],
      ['no_tests', [], "the CV's dated roles describe testing work, which public code cannot verify; the repositories screened do not show automated tests"],
      ['no_monitoring', [], "the CV's dated roles describe monitoring work, which public code cannot verify; the repositories screened do not show drift monitoring or observability"],
    ]);
    // Only fixed ids reach the assessment, never the CV's sentences.
    expect(facts.practices).toEqual(['deployment', 'ml', 'monitoring', 'pipelines', 'testing']);
    expect(JSON.stringify(a)).not.toMatch(/dashboard|pricing|ranking models/);
  });

  it('keeps no_tests red for A/B testing, which is not software testing', async () => {
    const { a } = await assessWith(['Designed A/B testing for the checkout flow.']);

    expect(a.redFlags.map((f) => f.id)).toContain('no_tests');
  });

  it('never lists a claim public code already shows as one "public code cannot verify" (real-people review: PyTorch at rung project in the same report)', async () => {
    const { splitAbsence } = await import('./absence.js');
    const stale = { id: 'stale_portfolio' as const, title: 'No recent commits in the repositories screened', severity: 'info' as const, reason: 'last commit 2021-01-01', evidence: [], probe: 'Ask what they built recently.' };
    const cv = {
      claims: [
        { skill: 'pytorch', name: 'PyTorch', rung: 'project' as const, context: 'role' as const, evidence: [] },
        { skill: 'kafka', name: 'Kafka', rung: 'none' as const, context: 'role' as const, unverified: true, evidence: [] },
      ],
      unclaimed: [],
      hiddenWords: [],
      areas: [
        { skill: 'pytorch', category: 'deep-learning' as const, context: 'role' as const },
        { skill: 'kafka', category: 'data' as const, context: 'role' as const },
      ],
    };

    const { unverified } = splitAbsence([stale], { share: 80, low: false, evidenced: [], claimedOnly: [], silent: [] }, cv);

    expect(unverified.map((t) => [t.id, t.claims])).toEqual([['stale_portfolio', ['Kafka']]]);
  });
});
