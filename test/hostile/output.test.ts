// Output injection: a repository and a CV whose author names, file names,
// source lines and CV text carry terminal escape sequences (an unterminated
// OSC among them), bidi overrides, Markdown and HTML, backticks and a
// megabyte-long line. Every renderer shows them as text: no ESC reaches a
// terminal, no markup or script a Markdown or HTML report, code spans stay
// closed, and no line runs on.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../../src/assess/role-profile.js';
import type { Assessment } from '../../src/assess/types.js';
import { parseCvFile } from '../../src/cv/index.js';
import { renderCvText } from '../../src/cv/render.js';
import { buildKit, decide, loadQuestionBank, renderDecisionMarkdown, renderKitHtml, renderKitMarkdown } from '../../src/interview/index.js';
import { scanRepository } from '../../src/app/pipeline.js';
import { renderAssessmentHtml } from '../../src/report/assessment-html.js';
import { renderAssessmentMarkdown } from '../../src/report/assessment-markdown.js';
import { renderAssessmentTerminal } from '../../src/report/assessment-terminal.js';
import { renderScanMarkdown } from '../../src/report/markdown.js';
import { renderRankCsv, renderRankTerminal } from '../../src/report/rank.js';
import { renderRankHtml } from '../../src/report/rank-html.js';
import { markdownCode, markdownText, terminalText } from '../../src/util/safe-text.js';
import { renderScanTerminal } from '../../src/report/terminal.js';
import type { RepoScan } from '../../src/scan/types.js';
import { rankCandidates } from '../../src/app/rank-candidates.js';
import { screenCandidate } from '../../src/app/screen-candidate.js';
import { buildGitRepo } from '../helpers/git.js';
import { card, handKit } from '../helpers/interview.js';
import { runCli } from './harness.js';

const ESC = '\u001b';
/** A title change, a screen clear, a hyperlink, an 8-bit CSI, and an OSC never terminated (it would swallow what follows). */
const SEQUENCES = `${ESC}]0;owned${ESC}\\${ESC}[2J${ESC}]8;;https://evil.example/${ESC}\\link${ESC}]8;;${ESC}\\\u009b31m`;
const UNTERMINATED = `${ESC}]2;everything after this is hidden`;
const BIDI = '\u202egnp.exe\u202c';
const SCRIPT = '<script>alert(1)</script>';
const TICKS = 'x = "```" + `y` # ``';
const LONG = 1_000_000;

const EMAIL = 'eve@example.com';
let root = '';
let cleanup: () => Promise<void> = async () => {};
let scan: RepoScan;
let assessment: Assessment;

beforeAll(async () => {
  const repo = await buildGitRepo([
    {
      name: `Eve ${SEQUENCES} ${SCRIPT} ${BIDI} ${UNTERMINATED}`,
      email: EMAIL,
      date: '2026-01-05T10:00:00Z',
      files: {
        'pyproject.toml': '[project]\nname = "shop"\nversion = "0.1.0"\ndependencies = ["scikit-learn==1.5.1", "fastapi==0.111.0"]\n',
        // A file name with a backtick, markup and an escape sequence.
        [`src/a\`b ${SCRIPT.replace(/\//g, '')} ${ESC}[31mred.py`]: `from sklearn.ensemble import RandomForestClassifier\nmodel = RandomForestClassifier().fit(X, y)  # ${TICKS} ${SCRIPT} ${SEQUENCES}\n`,
        'src/long.py': `from sklearn.linear_model import LogisticRegression\nmodel = LogisticRegression().fit(X, y)  # ${'A'.repeat(LONG)}\n`,
        'src/serve.py': 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/health")\ndef health() -> dict:\n    return {}\n',
        'tests/test_x.py': 'def test_x() -> None:\n    assert True\n',
        Dockerfile: 'FROM python:3.11-slim\n',
        // The CV reader refuses text with escape characters; bidi controls, markup and backticks get through.
        'cv.md': `# Eve ${SCRIPT} ${BIDI}\n\n${EMAIL}\n\n## Skills\n\nPython, scikit-learn, ${SCRIPT}, FastAPI \`\`\` ${BIDI} | **bold** [x](javascript:alert(1))\n`,
      },
    },
  ]);
  root = repo.root;
  cleanup = repo.cleanup;
  scan = await scanRepository(root, { candidate: { emails: [EMAIL], names: [] } });
  const role = loadRoleFile(templatePath('mlops-engineer'));
  assessment = await screenCandidate({ label: '', cv: join(root, 'cv.md'), repos: [root], emails: [EMAIL], names: [] }, { role, asOf: '2026-11-23' });
}, 120_000);

afterAll(() => cleanup());

/** Neither an escape sequence nor a bidi control, and no line longer than a screenful of clipped values. */
function expectTerminalSafe(text: string, what: string): void {
  expect(text, what).not.toMatch(/[\u001b\u009b\u009d\u0007\u202a-\u202e\u2066-\u2069]/);
  expect(Math.max(...text.split('\n').map((l) => l.length)), what).toBeLessThan(4000);
}

/** CommonMark code spans: a run of n backticks opens one, the next run of exactly n closes it; `\`` is text. */
function codeSpans(line: string): { spans: string[]; outside: string; unclosed: boolean } {
  const spans: string[] = [];
  let outside = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\' && i + 1 < line.length) {
      outside += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      outside += line[i++];
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n++;
    const close = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    close.lastIndex = i + n;
    const m = close.exec(line);
    if (!m) return { spans, outside, unclosed: true };
    spans.push(line.slice(i + n, m.index));
    i = m.index + n;
  }
  return { spans, outside, unclosed: false };
}

function expectMarkdownSafe(md: string, what: string): void {
  expectTerminalSafe(md, what);
  for (const line of md.split('\n')) {
    const { outside, unclosed } = codeSpans(line);
    expect(unclosed, `${what}: a code span never closes in ${line.slice(0, 200)}`).toBe(false);
    // Outside code spans, no HTML at all: < and > are entities there.
    expect(outside, what).not.toMatch(/<(script|img|svg|a |iframe)/i);
  }
}

function expectHtmlSafe(html: string, what: string): void {
  expect(html, what).not.toMatch(/<script|[\u001b\u009b\u202e]/i);
  expect(html.length, what).toBeLessThan(2_000_000);
}

describe('hostile/output', () => {
  it('the scan shows the hostile author, file names and lines as text in the terminal and Markdown', () => {
    const terminal = renderScanTerminal([scan], { evidencePerSignal: 5 });
    const md = renderScanMarkdown([scan]);

    expectTerminalSafe(terminal, 'scan terminal');
    expect(terminal).toContain('everything after this is hidden'); // the unterminated OSC hides nothing
    expectMarkdownSafe(md, 'scan markdown');
    expect(md).toContain('`` src/a`b <script>alert(1)<script>  red.py:2 ``');
    expect(md.length).toBeLessThan(200_000);
  });

  it('the assessment in terminal, Markdown and HTML: cited lines with backticks stay inside their code span', () => {
    const terminal = renderAssessmentTerminal(assessment);
    const md = renderAssessmentMarkdown(assessment);
    const html = renderAssessmentHtml(assessment);

    expectTerminalSafe(terminal, 'assessment terminal');
    expectMarkdownSafe(md, 'assessment markdown');
    expectHtmlSafe(html, 'assessment html');
    const spans = md.split('\n').flatMap((l) => codeSpans(l).spans);
    expect(spans.some((s) => s.includes(TICKS.trim()))).toBe(true);
    expect(html).toContain('&lt;script&gt;');
  });

  it('rank (terminal, CSV, HTML), the interview kit and the CV text are safe too', async () => {
    const role = loadRoleFile(templatePath('mlops-engineer'));
    const result = await rankCandidates([{ id: `eve${SEQUENCES}${SCRIPT}`, input: { label: `Eve ${UNTERMINATED}`, cv: join(root, 'cv.md'), repos: [root], emails: [EMAIL], names: [] } }], { role, asOf: '2026-11-23' });
    const kit = buildKit({ bank: loadQuestionBank(), role, assessment });
    const cv = await parseCvFile(join(root, 'cv.md'));

    expectTerminalSafe(renderRankTerminal(result), 'rank terminal');
    expectTerminalSafe(renderRankCsv(result), 'rank csv');
    expectHtmlSafe(renderRankHtml(result), 'rank html');
    expectMarkdownSafe(renderKitMarkdown(kit), 'kit markdown');
    expectHtmlSafe(renderKitHtml(kit), 'kit html');
    expectTerminalSafe(renderCvText(cv), 'cv text');
  });

  it('the CLI prints no escape sequence and no megabyte line (scan, md and terminal)', () => {
    const terminal = runCli(['scan', root, '--candidate-email', EMAIL], { timeoutMs: 120_000 });
    const md = runCli(['scan', root, '--candidate-email', EMAIL, '--format', 'md'], { timeoutMs: 120_000 });

    expect(terminal.code, terminal.stderr).toBe(0);
    expect(md.code, md.stderr).toBe(0);
    expectTerminalSafe(terminal.stdout + terminal.stderr, 'cli terminal');
    expectMarkdownSafe(md.stdout, 'cli markdown');
  }, 300_000);

  it('the decision shows hostile interviewer names and a hostile candidate label as text', () => {
    const kit = { ...handKit(), candidate: { label: `${SCRIPT} ${UNTERMINATED}`, blind: false } };
    const names = [`Ann ${SCRIPT} | \`x\``, `Bob ${SEQUENCES}`];

    const md = renderDecisionMarkdown(decide(kit, [card(1, names[0], { q1: 1, q2: 4, q3: 4 }, {}, { redFlags: { no_monitoring: true } }), card(1, names[1], { q1: 4, q2: 1, q3: 1 })]));

    expectMarkdownSafe(md, 'decision markdown');
    expect(md).toContain('Ann &lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\`');
    // Table rows keep their columns: the pipe in a name is escaped.
    const rows = md.split('\n').filter((l) => l.startsWith('| 1 |'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(5);
  });

  it('a code span holds any text, and Markdown text never opens one (property)', () => {
    const unit = fc.constantFrom(...'ab `|\\*_<>&[]()#-1.'.split(''), '\u001b', '\u202e', '\n');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const clean = terminalText(text).replace(/\|/g, '\\|');
        const span = codeSpans(markdownCode(text));
        if (clean.trim() !== '') {
          expect(span).toMatchObject({ unclosed: false, outside: '' });
          expect(span.spans).toHaveLength(1);
          // CommonMark strips one space each side when both are there.
          const inner = span.spans[0];
          expect(inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner).toBe(clean);
        }
        const plain = codeSpans(markdownText(text));
        expect(plain.spans).toEqual([]);
        expect(plain.outside).not.toMatch(/[<>\u001b\n]/);
      }),
      { numRuns: 1000 },
    );
  });
});
