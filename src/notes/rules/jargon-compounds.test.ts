// Statistical terms made from everyday words ("churn propensity", "engagement
// decay", "lagged bookings") counted as jargon in a plain explanation; the
// everyday compounds of the same shape, and terms explained in the same
// breath, not. Each test builds its own answers.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import { getTerms } from '../terms.js';
import type { Answer } from './common.js';
import { compoundTerms } from './jargon-compounds.js';
import { plainFindings } from './plain.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const ctx = { terms: getTerms() };
const jargonOf = (text: string) => plainFindings(answer(text), ctx).find((f) => f.rule === 'jargon');
const keys = (text: string) => compoundTerms(text).map((t) => t.key);

const PURPOSE = 'The swimming club uses it to decide which members to phone before they stop coming.';
const TAIL = 'Each member gets a number from one to ten on the coach’s screen. It is weaker on new members, who have little history.';

describe('notes/rules/jargon-compounds: statistical compounds', () => {
  it.each([
    ['a noun before "propensity"', 'We score the lapse propensity of each member.', ['lapse propensity']],
    ['an activity decaying', 'It tracks attendance decay over the term.', ['attendance decay']],
    ['smoothing with any modifier', 'Then we apply exponential smoothing to the counts.', ['exponential smoothing']],
    ['a matrix', 'It reads a transition matrix between the squads.', ['transition matrix']],
    ['a measure departing from normal', 'It flags attendance anomalies in the spring.', ['attendance anomalies']],
    ['a participle only statistics uses', 'The inputs are lagged visits and deseasonalised signups.', ['lagged visits', 'deseasonalised signups']],
  ])('finds %s', (_kind, text, want) => {
    expect(keys(text)).toEqual(want);
  });

  it.each([
    ['a propensity in everyday English', 'Kids have a natural propensity to skip the cold months.'],
    ['decay of a thing', 'The dentist checks for tooth decay first.'],
    ['a head with no modifier', 'It allows for some decay and a bit of smoothing, and an anomaly now and then.'],
    ['everyday compounds of other heads', 'It uses the heart rate, the credit score, the price index and the weather model.'],
    ['a participle of everyday English', 'The predicted anomaly is shown in red.'],
  ])('finds none in %s', (_kind, text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('notes/rules/jargon-compounds: in a plain explanation', () => {
  const JARGON = `${PURPOSE} It is a survival model that estimates lapse propensity from attendance decay and lagged visits. ${TAIL}`;

  it('counts the compounds as terms of art', () => {
    expect(jargonOf(JARGON)?.message).toMatch(/4 technical terms .*survival model, lapse propensity, attendance decay and lagged visits/);
  });

  it('finds none when the same answer says it in everyday words', () => {
    const text = `${PURPOSE} It looks at how often each member turned up in past weeks, the weather and past orders of kit, and whether they come less often than they did. ${TAIL}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('finds none when the compounds are explained in the same breath', () => {
    const text = `${PURPOSE} It estimates lapse propensity, which is how likely someone is to stop coming, from attendance decay, meaning they come less often each week, and lagged visits, that's their visits in the weeks before. ${TAIL}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('gives a non-native phrasing the same finding', () => {
    const other = 'The swimming club is using it for decide which members they phone before they stop to come. It is survival model, it estimate the lapse propensity from the attendance decay and from lagged visits. Every member get one number from one until ten on screen of coach. For new members it is more weak, they have small history.';
    expect(jargonOf(other)?.message).toMatch(/4 technical terms/);
    expect(jargonOf(JARGON)?.rule).toBe(jargonOf(other)?.rule);
  });
});

describe('notes/rules/jargon-compounds: explained in the same breath', () => {
  const findingsOf = (text: string) => plainFindings(answer(text), ctx).map((f) => f.rule);

  it('takes a term followed by what it is made of, after a colon, as explained', () => {
    expect(jargonOf(`${PURPOSE} It reads the gym telemetry, lapse propensity and attendance decay. ${TAIL}`)).toBeDefined();
    expect(jargonOf(`${PURPOSE} It reads the gym telemetry: door swipes, lane bookings and class visits. Then lapse propensity and attendance decay. ${TAIL}`)).toBeUndefined();
  });

  it('reads data named by a compound as said in part, not as no input', () => {
    const text = `${PURPOSE} It is a survival model. It estimates lapse propensity from attendance decay. ${TAIL}`;
    expect(findingsOf(text)).not.toContain('no_input');
  });
});
