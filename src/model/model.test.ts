import { describe, expect, it } from 'vitest';
import { AssessmentInput, EntityId, Evidence, Reason, Scorecard, SignalResult } from './index.js';

const card = { kit: 'k/c/1', round: 1, interviewer: 'Dana', questions: { q1: { rating: 3, note: 'Explained the rollout.' } }, competencies: {}, redFlags: {}, recommendation: 'yes', file: 'dana.yaml' };

describe('model', () => {
  it.each([
    ['a rating outside 1–4', { ...card, questions: { q1: { rating: 5, note: 'x' } } }, ['questions', 'q1', 'rating']],
    ['a rating without a note', { ...card, questions: { q1: { rating: 2, note: '  ' } } }, ['questions', 'q1', 'note']],
    ['a neutral recommendation', { ...card, recommendation: 'maybe' }, ['recommendation']],
    ['an unknown red flag', { ...card, redFlags: { rude: true } }, ['redFlags']],
  ])('a scorecard with %s is refused at that field', (_name, value, path) => {
    const result = Scorecard.safeParse(value);

    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(path);
  });

  it('signal results carry only known signal ids, and evidence only known kinds', () => {
    const evidence = { path: 'a.py', line: 1, location: 'a.py:1', match: 'import mlflow', kind: 'import' };
    const signal = { id: 'experiment_tracking', area: 'mlops', present: true, strength: 'used', evidence: [evidence], evidenceCount: 1, hints: [] };

    expect(SignalResult.parse(signal)).toEqual(signal);
    expect(SignalResult.safeParse({ ...signal, id: 'vibes' }).success).toBe(false);
    expect(Evidence.safeParse({ ...evidence, kind: 'mention' }).success).toBe(false);
  });

  it('reasons are a union on kind', () => {
    expect(Reason.parse({ kind: 'claim', tool: 'mlflow' })).toEqual({ kind: 'claim', tool: 'mlflow' });
    expect(Reason.safeParse({ kind: 'claim' }).success).toBe(false);
  });

  it('entity ids are opaque URL-safe strings', () => {
    expect(EntityId.safeParse('c_01HZX-9').success).toBe(true);
    expect(EntityId.safeParse('../etc').success).toBe(false);
    expect(EntityId.safeParse('').success).toBe(false);
  });

  it('an assessment input accepts schema 1.0 and no other', () => {
    expect(AssessmentInput.shape.schemaVersion.options).toEqual(['1.0', '1.1']);
  });
});
