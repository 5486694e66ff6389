import { describe, expect, it } from 'vitest';
import { readCvDocument } from '../cv/load.js';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import type { Assessment } from '../assess/types.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { renderAssessmentHtml } from './assessment-html.js';
import { renderAssessmentJson } from './assessment-json.js';
import { renderAssessmentMarkdown } from './assessment-markdown.js';
import { renderAssessmentTerminal } from './assessment-terminal.js';
import { renderPdf } from './pdf.js';

const XSS = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';

/** An assessment whose candidate-controlled text is hostile everywhere it can be. */
function hostile(): Assessment {
  const scan = fakeScan(`repo${IMG}`, { serving_api: { location: 'app|x.py:3' }, tests: true });
  return assessCandidate({
    label: `Eve ${XSS}`,
    scans: [scan],
    cv: { claims: [{ skill: `torch"><svg onload=alert(3)>`, rung: 'none', evidence: [] }], unclaimed: [], hiddenWords: [`${XSS}`] },
    role: loadRoleFile(templatePath('mlops-engineer')),
    asOf: '2026-11-23',
    identity: { names: ['Eve'], emails: [`eve@example.com${IMG}`], links: ['javascript:alert(4)'], cvFile: `cv${XSS}.pdf` },
    snippets: { [`repo${IMG}: app|x.py:3`]: `@app.post("/x") # ${IMG} \u001b[2J` },
  });
}

describe('report/assessment-html', () => {
  it('escapes every piece of candidate text: no markup from the CV or the repositories survives', () => {
    const page = renderAssessmentHtml(hostile());

    expect(page).not.toMatch(/<script|<img|<svg onload|href="javascript/i);
    expect(page).toContain('Eve &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<code>@app.post(&quot;/x&quot;) # &lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('torch&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(page).toContain("default-src 'none'");
  });

  it('draws the radar chart of scores against the role weights, and prints well', () => {
    const a = hostile();

    const page = renderAssessmentHtml(a);

    expect(page).toMatch(/<svg class="radar"[^>]*role="img"/);
    expect(page.match(/<polygon class="(score|role)"/g)).toEqual(['<polygon class="role"', '<polygon class="score"']);
    expect(page.match(/<line class="axis"/g)).toHaveLength(6);
    expect(page).toContain('@media print');
    expect(page).toContain('app|x.py:3');
    expect(renderAssessmentHtml(a)).toBe(page);
  });
});

describe('report/assessment-markdown', () => {
  it('escapes HTML and table pipes in candidate text', () => {
    const md = renderAssessmentMarkdown(hostile());

    // Inside code spans Markdown shows `<` as text; outside them no tag may appear.
    expect(md.replace(/``? [^`]*? ``?|`[^`]*`/g, '')).not.toMatch(/<script|<img|<svg/);
    expect(md).toContain('# Eve &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('app\\|x.py:3');
    expect(md).toContain('## Claims vs evidence');
  });
});

describe('report/assessment-terminal', () => {
  it('strips control characters so candidate text cannot repaint the terminal', () => {
    const text = renderAssessmentTerminal(hostile());

    expect(text).not.toContain('\u001b');
    expect(text).toContain('Fit ');
    expect(text).toContain('Red flags');
  });
});

describe('report/assessment-json', () => {
  it('is the assessment itself, schema 1.1', () => {
    const a = hostile();

    const json = JSON.parse(renderAssessmentJson(a));

    expect(json).toEqual(a);
    expect(json.schemaVersion).toBe('1.1');
  });
});

describe('report/pdf', () => {
  it('prints the HTML report through Chromium (the test command installs it), with the escaped text as text', async () => {
    const html = renderAssessmentHtml(hostile());

    const result = await renderPdf(html);

    const doc = await readCvDocument(new Uint8Array(result as Buffer), 'report.pdf');
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(doc.format).toBe('pdf');
    expect(text).toContain('Eve <script>alert(1)</script>');
    expect(text).toMatch(/Fit \d+\/100/);
  }, 90_000);

  it('says clearly when Chromium is not installed', async () => {
    await expect(renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toMatchObject({
      name: 'UserError',
      code: 'E_NO_CHROMIUM',
      message: expect.stringMatching(/PDF export needs Chromium at \/nonexistent\/chromium/),
    });
  });
});

describe('report: who wrote the top evidence', () => {
  it('marks a competency\'s top evidence written by others in the terminal and Markdown tables', () => {
    const others = { blame: { candidate: false, author: 'Erik' } };
    const scan = fakeScan('team', { serving_api: { ...others, location: 'app.py:160' }, tests: { blame: { candidate: true }, location: 'tests/test_a.py:3' } });
    const a = assessCandidate({ label: 'Sam', scans: [scan], role: loadRoleFile(templatePath('mlops-engineer')), asOf: '2026-11-23' });

    const md = renderAssessmentMarkdown(a);
    const term = renderAssessmentTerminal(a, { color: false });

    expect(md).toMatch(/serving_api \([\d.]+\/\d+\) `team: app\.py:160` \(written by others\)/);
    expect(md).not.toMatch(/tests \([\d.]+\/\d+\) `team: tests\/test_a\.py:3` \(written by others\)/);
    expect(term).toMatch(/serving_api [\d.]+\/\d+ {2}team: app\.py:160 \(written by others\)/);
  });
});
