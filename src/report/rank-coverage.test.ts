import { describe, expect, it } from 'vitest';
import { assessCandidate } from '../assess/assess.js';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import type { RankResult } from '../model/rank.js';
import { parseCsv } from '../util/csv.js';
import { fakeScan } from '../../test/helpers/scan.js';
import { RANK_CSV_COLUMNS, renderRankCsv, renderRankJson, renderRankTerminal } from './rank.js';
import { renderRankHtml } from './rank-html.js';

function result(): RankResult {
  const role = loadRoleFile(templatePath('mlops-engineer'));
  const assess = (label: string, scan: ReturnType<typeof fakeScan>) => assessCandidate({ label, scans: [scan], role, asOf: '2026-11-23' });
  const covered = assess('Ada', fakeScan('a', { containerized: true, experiment_tracking: true, ci: true, tests: true }));
  const thin = assess('Bo', fakeScan('b', { classical_ml: true }));
  return {
    ranked: [
      { rank: 1, id: 'ada', assessment: covered },
      { rank: null, id: 'bo', assessment: thin },
    ],
    failures: [],
    timings: { cv: 0, scan: 0, assess: 0 },
    wallMs: 1,
  };
}

describe('report/rank: candidates with too little public evidence', () => {
  it('are listed apart and unranked in the terminal table, HTML index, CSV and JSON', () => {
    const r = result();
    expect(r.ranked[1].assessment.coverage).toMatchObject({ share: 8, low: true });

    const terminal = renderRankTerminal(r).split('\n');
    expect(terminal[1]).toMatch(/^1\s+Ada/);
    expect(terminal[2]).toBe('');
    expect(terminal[3]).toBe('1 candidate(s) with not enough evidence in the repositories screened to score: not ranked, assess in the interview (fit shown for reference):');
    expect(terminal[4]).toMatch(/^—\s+Bo\s.*\[coverage 8%\]$/);

    const html = renderRankHtml(r);
    const [ranked, apart] = html.split('<h2>Not enough evidence in the repositories screened to score</h2>');
    expect(ranked).toContain('>Ada<');
    expect(ranked).not.toContain('>Bo<');
    expect(apart).toMatch(/<tr><td class="num">—<\/td><td>Bo<\/td><td class="num"><strong>\d+<\/strong><\/td><td class="num">8%<\/td>/);

    const rows = parseCsv(renderRankCsv(r));
    const col = (name: (typeof RANK_CSV_COLUMNS)[number]) => RANK_CSV_COLUMNS.indexOf(name);
    expect(rows.slice(1).map((row) => [row[col('rank')], row[col('candidate')], row[col('coverage')]])).toEqual([
      ['1', 'Ada', `${r.ranked[0].assessment.coverage.share}%`],
      ['', 'Bo', '8%: not enough evidence in the repositories screened to score'],
    ]);

    const json = JSON.parse(renderRankJson(r));
    expect(json.schemaVersion).toBe('1.1');
    expect(json.candidates.map((c: { rank: number | null; coverage: number; lowCoverage: boolean }) => [c.rank, c.coverage, c.lowCoverage])).toEqual([
      [1, r.ranked[0].assessment.coverage.share, false],
      [null, 8, true],
    ]);
  });
});
