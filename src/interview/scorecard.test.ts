import { describe, expect, it } from 'vitest';
import { handKit } from '../../test/helpers/interview.js';
import { yaml } from '../../test/helpers/text.js';
import { parseScorecard, scorecardProblem, scorecardTemplate } from './scorecard.js';

const kit = handKit();

/** Round 1 scorecard text; `swap` rewrites parts of it. */
function filled(swap: (t: string) => string = (t) => t): string {
  return swap(yaml`
    kit: role/cand/00000000
    round: 1
    interviewer: Dana
    questions:
      q1:
        rating: 3
        note: Described a canary rollout with automatic rollback.
      q2:
        rating:
        note: ""
    competencies:
      ml_fundamentals:
        rating: 2
        note: Could not explain the validation split.
    red_flags:
      cannot_explain_simply: true
      no_monitoring: false
    recommendation: yes
  `);
}

describe('interview/scorecard', () => {
  it('reads a filled scorecard; an empty rating means the question was not asked', () => {
    const card = parseScorecard(filled(), 'dana.yaml', kit);

    expect(card).toEqual({
      kit: 'role/cand/00000000',
      round: 1,
      interviewer: 'Dana',
      questions: { q1: { rating: 3, note: 'Described a canary rollout with automatic rollback.' } },
      competencies: { ml_fundamentals: { rating: 2, note: 'Could not explain the validation split.' } },
      redFlags: { cannot_explain_simply: true, no_monitoring: false },
      recommendation: 'yes',
      file: 'dana.yaml',
    });
  });

  it.each([
    ['a rating out of range', (t: string) => t.replace('rating: 3', 'rating: 5'), /^dana\.yaml:6: questions\.q1\.rating: rating must be 1–4$/],
    ['a fractional rating', (t: string) => t.replace('rating: 3', 'rating: 2.5'), /^dana\.yaml:6: questions\.q1\.rating: rating must be a whole number from 1 to 4$/],
    ['a rating without a note', (t: string) => t.replace('note: Described a canary rollout with automatic rollback.', 'note: "  "'), /^dana\.yaml:7: questions\.q1\.note: a note is required for every rating/],
    ['an unknown question', (t: string) => t.replace('  q2:', '  q9:'), /^dana\.yaml:8: questions\.q9: unknown question q9 \(round 1 asks: q1, q2, q3\)$/],
    ["another round's question", (t: string) => t.replace('  q2:', '  q4:'), /^dana\.yaml:8: questions\.q4: question q4 belongs to round 2, not round 1$/],
    ['a competency outside the focus', (t: string) => t.replace('ml_fundamentals:', 'llm_genai:'), /^dana\.yaml:12: competencies\.llm_genai: llm_genai is not a focus of round 1/],
    ['an unknown red flag', (t: string) => t.replace('no_monitoring: false', 'arrogant: true'), /^dana\.yaml:17: red_flags\.arrogant: unknown red flag arrogant/],
    ['a missing recommendation', (t: string) => t.replace('recommendation: yes', 'recommendation:'), /^dana\.yaml:18: recommendation: choose one of strong-no, no, yes, strong-yes$/],
    ['a blank interviewer', (t: string) => t.replace('interviewer: Dana', 'interviewer: ""'), /^dana\.yaml:3: interviewer: name the interviewer$/],
    ['another kit', (t: string) => t.replace('role/cand/00000000', 'role/bob/11111111'), /^dana\.yaml:1: kit: this scorecard is for kit role\/bob\/11111111, not role\/cand\/00000000$/],
    ['a round the kit does not have', (t: string) => t.replace('round: 1', 'round: 3'), /^dana\.yaml:2: round: the kit has rounds 1, 2$/],
    ['nothing rated', (t: string) => t.replace('rating: 3', 'rating:').replace('rating: 2', 'rating:'), /^dana\.yaml:4: questions: rate at least one question or focus competency$/],
    ['a misspelt field', (t: string) => t.replace('red_flags:', 'redflags:'), /^dana\.yaml:15: redflags: Unrecognized key: "redflags"$/],
  ])('names the file, line and field for %s', (_case, swap, message) => {
    expect(() => parseScorecard(filled(swap), 'dana.yaml', kit)).toThrow(message);
  });

  it('reads JSON scorecards with the same checks and line numbers', () => {
    const json = JSON.stringify({ kit: kit.id, round: 2, interviewer: 'Lee', questions: { q4: { rating: 4, note: 'Strong.' } }, recommendation: 'strong-yes' }, null, 2);

    expect(parseScorecard(json, 'lee.json', kit).questions).toEqual({ q4: { rating: 4, note: 'Strong.' } });
    expect(() => parseScorecard(json.replace('"rating": 4', '"rating": 0'), 'lee.json', kit)).toThrow(/^lee\.json:7: questions\.q4\.rating: rating must be 1–4$/);
  });

  it('prints a fill-in template per round that parses once filled, and not before', () => {
    const template = scorecardTemplate(kit, 2);

    expect(template).toContain('kit: "role/cand/00000000"\nround: 2\ninterviewer: ""\nquestions:\n  # Question q4\n  q4:\n    rating:\n    note: ""\n');
    expect(template).toContain('  no_monitoring: false  # Could not say how a degrading model is or would be detected\n');
    expect(() => parseScorecard(template, 't.yaml', kit)).toThrow(/^t\.yaml:7: interviewer: name the interviewer$/);
    const done = template
      .replace('interviewer: ""', 'interviewer: Lee')
      .replace('q4:\n    rating:\n    note: ""', 'q4:\n    rating: 3\n    note: "Solid."')
      .replace('recommendation:', 'recommendation: yes');
    expect(parseScorecard(done, 't.yaml', kit)).toMatchObject({ round: 2, questions: { q4: { rating: 3, note: 'Solid.' } }, recommendation: 'yes' });
  });
});

describe('interview/scorecard: scorecardProblem', () => {
  const card = parseScorecard(filled(), 'dana.yaml', kit);

  it('a scorecard from a form passes the same checks as a file', () => {
    expect(scorecardProblem(card, kit)).toBeNull();
    expect(scorecardProblem({ ...card, round: 2, questions: { q1: card.questions.q1 } }, kit)).toBe('questions.q1: question q1 belongs to round 1, not round 2');
    expect(scorecardProblem({ ...card, kit: 'other/kit/1' }, kit)).toBe(`kit: this scorecard is for kit other/kit/1, not ${kit.id}`);
    expect(scorecardProblem({ ...card, questions: {}, competencies: {} }, kit)).toBe('questions: rate at least one question or focus competency');
  });
});
