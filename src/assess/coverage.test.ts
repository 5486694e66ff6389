// Issue 14, review on real people: a Flask tutorial's tests (the README
// credits the Mega-Tutorial) lifted a candidate's coverage from 45% to 60%,
// past "not enough public evidence". A course's exercise code, and code a
// file credits to another source, say as little of the candidate as code
// written by others: they are not coverage.
import { describe, expect, it } from 'vitest';
import type { CompetencyScore } from './types.js';
import { claimCompetencies, evidenceCoverage, spokenTo } from './coverage.js';
import { loadCompetencyData } from './weights.js';

const data = loadCompetencyData();

function basics(author: string | undefined): CompetencyScore {
  const signals = data.competencies.engineering_basics.signals;
  return {
    id: 'engineering_basics',
    score: 50,
    roleWeight: 20,
    contributions: Object.entries(signals).map(([signal, weight]) => ({ signal, weight, credit: 0.5, points: 0, repositories: ['r'], reason: '', ...(author ? { author } : {}), evidence: [], cited: [] })),
    toRaise: [],
  } as unknown as CompetencyScore;
}

describe('assess/coverage', () => {
  it('counts evidence of the candidate or of unknown authorship, never of others, a course or a credited source', () => {
    expect(spokenTo(basics('candidate'), data)).toBe(1);
    expect(spokenTo(basics('unknown'), data)).toBe(1);
    expect(spokenTo(basics(undefined), data)).toBe(1);
    for (const author of ['other', 'course', 'adapted']) expect(spokenTo(basics(author), data), author).toBe(0);
  });
});

describe('assess/coverage: supporting practices', () => {
  const of = (id: 'data_engineering' | 'ml_fundamentals', present: string[]): CompetencyScore =>
    ({
      id,
      score: 10,
      roleWeight: 20,
      contributions: Object.entries(data.competencies[id].signals).map(([signal, weight]) => ({ signal, weight, credit: 0.5, points: 0, repositories: present.includes(signal) ? ['r'] : [], reason: '', author: 'candidate', evidence: [], cited: [] })),
      toRaise: [],
    }) as unknown as CompetencyScore;

  it('a validated request body alone speaks to neither data engineering nor ML fundamentals', () => {
    expect(spokenTo(of('data_engineering', ['data_validation']), data)).toBe(0);
    expect(spokenTo(of('ml_fundamentals', ['data_validation']), data)).toBe(0);
    // Not evidenced either: the competency stays for the interview.
    const c = evidenceCoverage([of('data_engineering', ['data_validation'])], [], data);
    expect(c).toMatchObject({ share: 0, evidenced: [], silent: ['data_engineering'] });
    expect(spokenTo(of('ml_fundamentals', ['data_validation', 'model_evaluation']), data)).toBeGreaterThan(spokenTo(of('ml_fundamentals', ['model_evaluation']), data));
  });
});

describe('assess/competencies: supporting practices alone', () => {
  it('scores no competency from a validated request body alone, and says so', async () => {
    const { fakeScan } = await import('../../test/helpers/scan.js');
    const { scoreCompetencies } = await import('./competencies.js');
    const alone = fakeScan('chat', { data_validation: { location: 'app/schemas.py:24' } });
    const withPipeline = fakeScan('etl', { data_validation: true, data_engineering: true });

    const [a] = scoreCompetencies([alone], data, { data_engineering: 100 }, '2026-12-06').filter((c) => c.id === 'data_engineering');
    const [b] = scoreCompetencies([withPipeline], data, { data_engineering: 100 }, '2026-12-06').filter((c) => c.id === 'data_engineering');

    expect(a.score).toBe(0);
    expect(a.contributions.find((c) => c.signal === 'data_validation')).toMatchObject({ points: 0, reason: expect.stringMatching(/a supporting practice alone: not scored$/) });
    expect(b.score).toBeGreaterThan(0);
    expect(b.contributions.find((c) => c.signal === 'data_validation')?.points).toBeGreaterThan(0);
  });
});

describe('assess/coverage: what a claim speaks to', () => {
  it('a plotting library speaks to no competency; a data tool still speaks to data engineering', () => {
    for (const skill of ['matplotlib', 'seaborn', 'plotly', 'bokeh', 'altair']) expect(claimCompetencies(skill, 'data', data), skill).toEqual([]);
    expect(claimCompetencies('airflow', 'data', data)).toContain('data_engineering');
  });
});
