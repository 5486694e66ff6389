import { describe, expect, it } from 'vitest';
import { card, handKit } from '../../test/helpers/interview.js';
import { decide, spreadOf } from './decide.js';

describe('interview/decide', () => {
  it('computes per-competency means, spreads and disagreements exactly, and a role-weighted total', () => {
    const cards = [
      card(2, 'Cy', { q4: 1, q5: 4 }, {}, { redFlags: { no_monitoring: true }, recommendation: 'no' }),
      card(1, 'Ana', { q1: 4, q2: 2, q3: 3 }),
      card(1, 'Ben', { q1: 2, q2: 3 }, { mlops_production: 3 }),
    ];

    const d = decide(handKit(), cards);

    expect(d.competencies).toEqual([
      {
        id: 'mlops_production',
        roleWeight: 50,
        evidenceScore: 55,
        votes: [
          { round: 1, interviewer: 'Ana', value: 4, source: 'questions' },
          { round: 1, interviewer: 'Ben', value: 3, source: 'competency' },
          { round: 2, interviewer: 'Cy', value: 1, source: 'questions' },
        ],
        mean: 2.67,
        spread: 3,
        disagreement: true,
      },
      {
        id: 'engineering_basics',
        roleWeight: 30,
        evidenceScore: 30,
        votes: [
          { round: 1, interviewer: 'Ana', value: 2, source: 'questions' },
          { round: 1, interviewer: 'Ben', value: 3, source: 'questions' },
          { round: 2, interviewer: 'Cy', value: 4, source: 'questions' },
        ],
        mean: 3,
        spread: 2,
        disagreement: true,
      },
      { id: 'ml_fundamentals', roleWeight: 20, evidenceScore: 10, votes: [{ round: 1, interviewer: 'Ana', value: 3, source: 'questions' }], mean: 3, spread: 0, disagreement: false },
    ]);
    expect(d.questions.map((q) => [q.id, q.mean, q.spread, q.disagreement])).toEqual([
      ['q1', 3, 2, true],
      ['q2', 2.5, 1, false],
      ['q3', 3, 0, false],
      ['q4', 1, 0, false],
      ['q5', 4, 0, false],
    ]);
    // (8/3 × 50 + 3 × 30 + 3 × 20) / 100 = 2.8333…
    expect(d.total).toEqual({ score: 2.83, coverage: 100 });
    expect(d.gates).toEqual([{ competency: 'mlops_production', from: 'containerized present', mean: 2.67, met: true }]);
    expect(d.redFlags).toEqual([{ id: 'no_monitoring', title: 'Could not say how a degrading model is or would be detected', by: ['Cy (round 2)'] }]);
    expect(d.interviewerRecommendations).toEqual({ 'strong-no': 0, no: 1, yes: 2, 'strong-yes': 0 });
    expect(d.missingRounds).toEqual([]);
    expect(d.recommendation).toEqual({
      value: 'yes',
      provisional: false,
      reasons: [
        'role-weighted interview score 2.83 of 4 gives yes (bands: ≥ 3.25 strong-yes, ≥ 2.5 yes, ≥ 1.75 no, else strong-no)',
        'interviewers disagree on mlops_production (Ana 4, Ben 3, Cy 1; spread 3); discuss the evidence behind each rating: at most yes',
        'interviewers disagree on engineering_basics (Ana 2, Ben 3, Cy 4; spread 2); discuss the evidence behind each rating: at most yes',
        'red flag ticked, could not say how a degrading model is or would be detected, by Cy (round 2): at most yes',
      ],
    });
  });

  it('fails a must-have below 2.5 and lists the missing rounds instead of guessing them', () => {
    const d = decide(handKit(), [card(1, 'Ana', { q1: 2, q2: 4, q3: 4 })]);

    expect(d.total).toEqual({ score: 3, coverage: 100 });
    expect(d.missingRounds).toEqual([{ number: 2, title: 'Round 2' }]);
    expect(d.recommendation).toEqual({
      value: 'no',
      provisional: true,
      reasons: [
        'role-weighted interview score 3 of 4 gives yes (bands: ≥ 3.25 strong-yes, ≥ 2.5 yes, ≥ 1.75 no, else strong-no)',
        'must-have mlops_production (containerized present) not met: interview mean 2 < 2.5: at most no',
        'provisional: round 2 (Round 2) has no scorecard',
      ],
    });
  });

  it('recommends strong-yes only with every round in, no disagreement and no red flag', () => {
    const d = decide(handKit(), [card(1, 'Ana', { q1: 4, q2: 4, q3: 3 }), card(2, 'Cy', { q4: 4, q5: 3 })]);

    // (4 × 50 + 3.5 × 30 + 3 × 20) / 100 = 3.65
    expect(d.total.score).toBe(3.65);
    expect(d.recommendation).toMatchObject({ value: 'strong-yes', provisional: false });
  });

  it('recommends nothing without ratings, reports unrated weight, and refuses a second scorecard from one interviewer', () => {
    const empty = decide(handKit(), []);
    const partial = decide(handKit(), [card(2, 'Cy', { q4: 3 })]);

    expect(empty.recommendation).toEqual({ value: null, provisional: true, reasons: ['no ratings yet: nothing to recommend'] });
    expect(empty.competencies.every((c) => c.mean === null)).toBe(true);
    expect(partial.total).toEqual({ score: 3, coverage: 50 });
    expect(partial.recommendation.reasons).toContain("provisional: only 50% of the role's weight was rated");
    expect(() => decide(handKit(), [card(1, 'Ana', { q1: 3 }), card(1, 'ana', { q2: 3 })])).toThrow(/^ana-1\.yaml: interviewer: a second scorecard from ana for round 1 \(the first is Ana-1\.yaml\)$/);
  });

  it('takes the evidence from a given assessment over the one in the kit', () => {
    const assessment = { fit: 77, asOf: '2027-01-01', competencies: [{ id: 'mlops_production', score: 90 }], gates: [], redFlags: [] };

    const d = decide(handKit(), [card(1, 'Ana', { q1: 3 })], assessment as never);

    expect(d.evidence.fit).toBe(77);
    expect(d.competencies[0].evidenceScore).toBe(90);
    expect(d.competencies[1].evidenceScore).toBeNull();
  });

  it('spreadOf: mean, highest minus lowest, disagreement at 2', () => {
    expect(spreadOf([1, 2, 2])).toEqual({ mean: 1.67, spread: 1, disagreement: false });
    expect(spreadOf([2, 4])).toEqual({ mean: 3, spread: 2, disagreement: true });
    expect(spreadOf([])).toEqual({ mean: null, spread: 0, disagreement: false });
  });
});
