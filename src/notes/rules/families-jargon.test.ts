// Jargon carried by a trade's own words, not the lexicon's: learned words an
// ordinary dictionary lacks, acronyms left bare, terms glossed in the same
// breath, and an interviewer's note that the terms were left unexplained.
// Each test builds its own answers.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import { getTerms } from '../terms.js';
import type { Answer } from './common.js';
import { isLearnedWord } from './jargon.js';
import { plainFindings } from './plain.js';

function answer(text: string, note = false): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]).map((s) => (note ? { ...s, note: true as const } : s));
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const ctx = { terms: getTerms() };
const jargonOf = (text: string, note = false) => plainFindings(answer(text, note), ctx).find((f) => f.rule === 'jargon');

const PURPOSE = 'The cheesemakers use it to decide when to cut the curd in each vat.';
const PLAIN_TAIL = 'It gives a time for each vat on the screen. It is often ten minutes late in summer, so they still check by hand.';

describe('notes/rules: learned words', () => {
  it.each(['turbidity', 'rheology', 'flocculation', 'benthic', 'kurtosis', 'hydrophilic', 'spectrograms'])('takes %s as a term of art', (word) => {
    expect(isLearnedWord(word)).toBe(true);
  });

  it.each([
    ['an everyday word of that shape', 'electricity'],
    ['an everyday word of that shape', 'maintenance'],
    ['a job', 'podiatrist'],
    ['people', 'invigilators'],
    ['a quality', 'slipperiness'],
    ['a learned prefix on an everyday word', 'substations'],
    ['a word of no learned shape', 'colostrum'],
  ])('does not take %s as one (%s)', (_kind, word) => {
    expect(isLearnedWord(word)).toBe(false);
  });

  it('finds jargon in a trade’s learned words left bare', () => {
    const found = jargonOf(`${PURPOSE} It reads the milk's turbidity, the rheology of the gel and the flocculation point from the probe. ${PLAIN_TAIL}`);
    expect(found?.message).toMatch(/3 technical terms .*turbidity, rheology and flocculation/);
  });

  it('finds none when the same answer says it in everyday words', () => {
    expect(jargonOf(`${PURPOSE} It reads how cloudy the milk is, how firm the gel feels and when the curd starts to clump, from the probe. ${PLAIN_TAIL}`)).toBeUndefined();
  });

  it('finds none in everyday words of a learned shape, names and jobs', () => {
    const text = `${PURPOSE} It uses the electricity meter, the maintenance log and the temperature, as the Atlantic weather changes fast. The podiatrist and the invigilators never see it. ${PLAIN_TAIL}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('takes a term glossed where it is said as explained, there and later', () => {
    const text = `${PURPOSE} It reads the turbidity - that's how cloudy the milk is - and the rheology, which is how the gel stretches, and the flocculation point. The turbidity matters most. ${PLAIN_TAIL}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('gives a non-native phrasing the same finding', () => {
    const fluent = `${PURPOSE} It reads the milk's turbidity, the rheology of the gel and the flocculation point from the probe. ${PLAIN_TAIL}`;
    const other = 'The cheese makers are using it for decide when they cut the curd in every vat. It is reading the turbidity of milk, the rheology of gel and the flocculation point from probe. It give one time for every vat on screen. In summer it is often ten minute late, so they are still checking with hand.';
    expect(jargonOf(other)?.rule).toBe(jargonOf(fluent)?.rule);
    expect(jargonOf(other)).toBeDefined();
  });
});

describe('notes/rules: acronyms left bare as terms', () => {
  it('counts three bare acronyms as jargon', () => {
    expect(jargonOf(`${PURPOSE} It takes the SNR, the BER and the RSSI from each line card. ${PLAIN_TAIL}`)).toBeDefined();
  });

  it('counts none once they are expanded', () => {
    const text = `${PURPOSE} It takes the SNR, the signal-to-noise ratio, the BER, which is how many bits arrive wrong, and the received signal strength indicator (RSSI). ${PLAIN_TAIL}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('reads terms on both sides of a "which means" that explains no term', () => {
    const text = `${PURPOSE} We run a CNN on the spectrograms and an LSTM after it, which means the cheesemakers get the time sooner. ${PLAIN_TAIL}`;
    expect(jargonOf(text)?.message).toMatch(/^3 technical terms/);
  });
});

describe('notes/rules: an interviewer’s note that the terms were left unexplained', () => {
  const NOTES = (quote: string, remark: string) =>
    `- model tells the mine planners which stope to fire next\n- in her words: "${quote}"\n- ${remark}\n- output: a ranked list of stopes for the week\n- weak when the survey is late`;

  it('counts each phrase of the quoted words when the note says none was explained', () => {
    const found = jargonOf(NOTES('the sequencing order, the hangingwall dilution and the cut-off grade', 'did not unpack any of it when asked'), true);
    expect(found?.message).toMatch(/sequencing order, hangingwall dilution and cut-off grade/);
  });

  it('finds none when the note says they were explained', () => {
    expect(jargonOf(NOTES('the sequencing order, the hangingwall dilution and the cut-off grade', 'explained each of them in plain words when asked'), true)).toBeUndefined();
  });

  it('finds none when the quote names only two things', () => {
    expect(jargonOf(NOTES('the hangingwall dilution and the cut-off grade', 'did not unpack any of it when asked'), true)).toBeUndefined();
  });

  it('counts the terms a note names as unexplained', () => {
    const text = 'She explained the blast model for the mine planners. She did not explain stope, hangingwall, dilution or cut-off grade. It gives a ranked list of stopes each week, and it is weak when the survey is late.';
    expect(jargonOf(text, true)).toBeDefined();
  });
});
