import { describe, expect, it } from 'vitest';
import { assessmentFor, card, handKit } from '../../test/helpers/interview.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { loadQuestionBank } from './bank.js';
import { decide } from './decide.js';
import { buildKit } from './kit.js';
import { REPORT_CSP } from '../report/html-page.js';
import { renderPdf } from '../report/pdf.js';
import { renderKitHtml } from './render-html.js';
import { renderDecisionMarkdown, renderKitMarkdown } from './render-markdown.js';

const kit = buildKit({ bank: loadQuestionBank(), role: loadRoleFile(templatePath('mlops-engineer')), assessment: assessmentFor('keyword') });

describe('interview/render', () => {
  it('renders the kit as Markdown: rounds in order, questions with rubric, a scorecard per round', () => {
    const md = renderKitMarkdown(kit);

    expect(md).toMatch(/^# Interview kit: MLOps engineer, keyword\n/);
    expect(md.match(/^## Round \d: /gm)).toEqual(['## Round 1: ', '## Round 2: ', '## Round 3: ']);
    expect(md).toContain('### 1.1 A claimed experiment tracker and model registry without evidence: MLflow\n\n*MLOps and production · technical · 7 min. Why: claimed on the CV, not shown in the repositories screened, so unverified: MLflow.*');
    expect(md).toContain('- **3** (meets the bar): ');
    expect(md.match(/^### Scorecard, round \d$/gm)).toHaveLength(3);
    expect(md).toContain('| A claimed experiment tracker and model registry without evidence: MLflow (`mlops-claim-probe@mlflow`) | ☐ 1  ☐ 2  ☐ 3  ☐ 4 | |');
    // Its repositories speak to little of the role, so the bare skills list is a neutral topic, not a warning.
    expect(md).toContain('- To ask about, neutrally (the repositories screened cannot show it): Skills listed without context: unverified. Probe the unbacked claims first: ask for a concrete use of each.');
    expect(md).not.toContain('**keyword_cv** (warning)');
  });

  it('renders self-contained, printable, escaped HTML', () => {
    const html = renderKitHtml({ ...kit, candidate: { label: '<script>alert(1)</script>', blind: false } });

    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('.round { break-before: page; }');
    expect(html.match(/<section class="round">/g)).toHaveLength(3);
    expect(html).toContain('<div class="prompt">Your CV lists MLflow, and we saw no use of it');
  });

  it('renders the decision with the evidence beside the ratings', () => {
    const d = decide(handKit(), [card(1, 'Ana', { q1: 2, q2: 4, q3: 4 })]);

    const md = renderDecisionMarkdown(d);

    expect(md).toContain('## Advisory recommendation: no (provisional)\n');
    expect(md).toContain('| MLOps and production | 50% | 55 | 2 | 0 | Ana r1: 2 (from questions) |');
    expect(md).toContain('Missing scorecards: round 2 (Round 2).');
    expect(md).toContain('| MLOps and production | containerized present | 2 | no |');
  });

  it('prints the kit to PDF through the shared Chromium path (the test command installs Chromium)', async () => {
    const bytes = await renderPdf(renderKitHtml(kit));

    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});
