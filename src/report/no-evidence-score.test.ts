// Real-people review: a Senior MLOps engineer whose public repositories are
// coursework read "MLOps and production 0" (45% of the role) in the report and
// "evidence score 0" in the kit. A 0 reads as "has no skill"; when none of a
// competency's signals is in the repositories screened, every human format
// says so instead, and the JSON keeps the number.
import { describe, expect, it } from 'vitest';
import { fakeScan } from '../../test/helpers/scan.js';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { loadQuestionBank } from '../interview/bank.js';
import { buildKit } from '../interview/kit.js';
import { renderKitHtml } from '../interview/render-html.js';
import { renderKitMarkdown } from '../interview/render-markdown.js';
import { isEvidenced, NO_EVIDENCE_SCORE } from '../model/assessment.js';
import { renderAssessmentHtml } from './assessment-html.js';
import { renderAssessmentJson } from './assessment-json.js';
import { renderAssessmentMarkdown } from './assessment-markdown.js';
import { renderAssessmentTerminal } from './assessment-terminal.js';

/** Coursework: a KNN notebook with tests beside it, nothing of MLOps or data pipelines. */
function coursework() {
  const role = loadRoleFile(templatePath('mlops-engineer'));
  const scan = fakeScan('digit-recognizer', { classical_ml: { location: 'knn.ipynb#cell=8:3' }, notebook_only: true });
  return { role, a: assessCandidate({ label: 'Student', scans: [scan], role, asOf: '2026-12-06' }) };
}

describe('report: a competency nothing screened speaks to', () => {
  it('is shown as not in the repositories screened, never as a 0, in the terminal, Markdown and HTML reports', () => {
    const { a } = coursework();
    const mlops = a.competencies.find((c) => c.id === 'mlops_production');
    const ml = a.competencies.find((c) => c.id === 'ml_fundamentals');
    expect(mlops && isEvidenced(mlops)).toBe(false);
    expect(mlops?.score).toBe(0);
    expect(ml && isEvidenced(ml)).toBe(true);

    const terminal = renderAssessmentTerminal(a).split('\n');
    const row = terminal.find((l) => l.trimStart().startsWith('MLOps and production'));
    expect(row).toMatch(/ — +45% +\(not in the repositories screened\)$/);
    expect(row).not.toMatch(/\b0\b|░/);
    expect(terminal.find((l) => l.trimStart().startsWith('ML fundamentals'))).toMatch(/[█░]+ +\d+ +\d+%$/);

    const md = renderAssessmentMarkdown(a);
    expect(md).toContain(`| MLOps and production | ${NO_EVIDENCE_SCORE} | 45% |`);
    expect(md).toMatch(new RegExp(`\\| ML fundamentals \\| ${ml?.score} \\|`));

    const html = renderAssessmentHtml(a);
    expect(html).toContain(`<td class="num dim">${NO_EVIDENCE_SCORE}</td>`);
    expect(html).toContain('<h3>MLOps and production: not scored</h3><p class="dim">None of its signals is in the repositories screened.</p>');
    expect(html).not.toContain('MLOps and production: 0/100');
    expect(html).not.toMatch(/MLOps and production <tspan class="num">0</);
  });

  it('counts a supporting practice alone (a validated request body) as no evidence of the competency', () => {
    const role = loadRoleFile(templatePath('mlops-engineer'));
    const scan = fakeScan('api', { classical_ml: { location: 'train.py:3' }, data_validation: { location: 'schemas.py:5' } });
    const a = assessCandidate({ label: 'Dev', scans: [scan], role, asOf: '2026-12-06' });
    const de = a.competencies.find((c) => c.id === 'data_engineering');
    expect(de?.contributions.some((c) => c.signal === 'data_validation' && c.repositories.length > 0)).toBe(true);
    expect(de && isEvidenced(de)).toBe(false);
    expect(renderAssessmentMarkdown(a)).toContain(`| Data engineering | ${NO_EVIDENCE_SCORE} |`);
  });

  it('keeps the number in the JSON', () => {
    const { a } = coursework();
    const json = JSON.parse(renderAssessmentJson(a)) as { competencies: Array<{ id: string; score: number }> };
    expect(json.competencies.find((c) => c.id === 'mlops_production')?.score).toBe(0);
  });

  it('is shown the same way in the kit, whose JSON lists such competencies', () => {
    const { role, a } = coursework();
    const kit = buildKit({ bank: loadQuestionBank(), role, assessment: a });
    expect(kit.evidence.competencies.mlops_production).toBe(0);
    expect(kit.evidence.unevidenced).toContain('mlops_production');
    expect(kit.evidence.unevidenced).not.toContain('ml_fundamentals');

    expect(renderKitMarkdown(kit)).toContain(`| MLOps and production | 45% | ${NO_EVIDENCE_SCORE} |`);
    expect(renderKitHtml(kit)).toContain(`<td>MLOps and production</td><td>45%</td><td>${NO_EVIDENCE_SCORE}</td>`);
  });
});
