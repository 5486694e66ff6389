import { describe, expect, it } from 'vitest';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import type { RankResult } from '../model/rank.js';
import { parseCsv } from '../util/csv.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { RANK_CSV_COLUMNS, renderRankCsv, renderRankTerminal } from './rank.js';
import { renderRankHtml } from './rank-html.js';

function result(): RankResult {
  const role = loadRoleFile(templatePath('mlops-engineer'));
  const a = assessCandidate({ label: '=cmd|"/c calc"!A1 <b>x</b>', scans: [fakeScan('r', { containerized: true, drift_monitoring: true, tests: true })], role, asOf: '2026-11-23' });
  return { ranked: [{ rank: 1, id: 'x', assessment: a }], failures: [{ id: '<i>y</i>', error: 'no CV file and no repositories in the folder' }], timings: { cv: 0, scan: 0, assess: 0 }, wallMs: 1 };
}

describe('report/rank', () => {
  it('writes the shortlist CSV with its documented columns and defuses formulas', () => {
    const rows = parseCsv(renderRankCsv(result(), ['reports/x.html']));

    expect(rows[0]).toEqual([...RANK_CSV_COLUMNS]);
    expect(rows[0].slice(7, 13)).toEqual(['ml_fundamentals', 'framework_depth', 'data_engineering', 'mlops_production', 'llm_genai', 'engineering_basics']);
    expect(rows[1][1]).toBe('\'=cmd|"/c calc"!A1 <b>x</b>');
    expect(rows[1][4]).toBe('1');
    expect(rows[1]).toHaveLength(RANK_CSV_COLUMNS.length);
    expect(rows[1].at(-1)).toBe('reports/x.html');
  });

  it('the terminal table lists failures after the ranking', () => {
    const text = renderRankTerminal(result());

    expect(text.split('\n')[1]).toMatch(/^1\s+=cmd/);
    expect(text).toContain('1 candidate(s) could not be screened:\n  <i>y</i>: no CV file');
  });

  it('the HTML index escapes labels and links each report', () => {
    const page = renderRankHtml(result(), ['reports/x.html']);

    expect(page).toContain('<a href="reports/x.html">=cmd|&quot;/c calc&quot;!A1 &lt;b&gt;x&lt;/b&gt;</a>');
    expect(page).toContain('<code>&lt;i&gt;y&lt;/i&gt;</code>');
    expect(page).not.toMatch(/<b>x|<i>y/);
  });
});
