// Jargon in a stretch the answer marks as its technical version ("under the
// hood it's ...", an interviewer's "in her words: "..."", an apology for
// getting technical, a list seeded by a term), and acronyms any listener
// knows or glossed with "which just means". Each test builds its own answers.
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
const findings = (text: string, note = false) => plainFindings(answer(text, note), ctx);
const jargonOf = (text: string, note = false) => findings(text, note).find((f) => f.rule === 'jargon');
const acronymOf = (text: string, note = false) => findings(text, note).find((f) => f.rule === 'acronym');

const PURPOSE = 'The lock keepers use it to decide which gates to open first when a storm is coming.';
const PLAIN = 'It looks at the river levels upstream and the rain forecast. It gives each gate a time to open.';
const LIMIT = 'It is late when the snow melts fast, so they still walk the banks.';

describe('notes/rules: terms in a stretch marked as the technical version', () => {
  it('counts the things a candidate names "under the hood"', () => {
    const found = jargonOf(`${PURPOSE} ${PLAIN} Under the hood it's a backwater curve with a stage-discharge rating and a routing lag. ${LIMIT}`);
    expect(found?.message).toMatch(/backwater curve/);
    expect(found?.message).toMatch(/routing lag/);
    expect(found?.quotes.some((q) => q.text.startsWith('Under the hood'))).toBe(true);
  });

  it('finds none when the same stretch is said in everyday words', () => {
    expect(jargonOf(`${PURPOSE} ${PLAIN} Under the hood it just compares today with the storms of the last ten years. ${LIMIT}`)).toBeUndefined();
  });

  it('stops the stretch where the plain version starts (near miss)', () => {
    const text = `${PURPOSE} ${PLAIN} Technically it's a backwater curve, but in plain words it works out how high the water will stand at each gate and when. ${LIMIT}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('counts the phrases an interviewer writes down in the candidate’s words', () => {
    const notes = `- for the lock keepers: which gates to open first before a storm\n- inputs: river levels upstream, the rain forecast\n- in her words: "a backwater curve off the stage-discharge rating, with a routing lag and a storage offset"\n- weak when snow melts fast`;
    const found = jargonOf(notes.replace(/\n/g, ' '), true);
    expect(found?.message).toMatch(/storage offset/);
  });

  it('does not count a plain sentence an interviewer quotes', () => {
    const notes = `In her words, "it tells the lock keepers which gates to open first, and when". ${PLAIN} ${LIMIT}`;
    expect(jargonOf(notes, true)).toBeUndefined();
  });

  it('reads an apology for getting technical as marking what was just said', () => {
    const text = `${PURPOSE} It fits a backwater curve from the stage-discharge rating with a routing lag. Sorry, that's too technical. ${PLAIN} ${LIMIT}`;
    expect(jargonOf(text)?.message).toMatch(/backwater curve/);
  });

  it('counts the learned compounds of a list one of whose things is a term', () => {
    const text = `${PURPOSE} It uses the hydrograph, the antecedent soil saturation and the catchment-level rainfall excess. It gives each gate a time to open. ${LIMIT}`;
    expect(jargonOf(text)?.message).toMatch(/antecedent soil saturation/);
  });

  it('does not count a list of everyday things beside one term, nor people or possessives', () => {
    const text = `${PURPOSE} It reads the hydrograph, the keeper's notes, the river levels and the weekly rain totals, and the duty supervisor checks it. It gives each gate a time to open. ${LIMIT}`;
    expect(jargonOf(text)).toBeUndefined();
  });

  it('gives a non-native phrasing with fillers the same finding', () => {
    const fluent = `${PURPOSE} ${PLAIN} Under the hood it's a backwater curve with a stage-discharge rating and a routing lag. ${LIMIT}`;
    const other =
      'So, um, the lock keepers are using it for decide which gates they open first when storm is coming. It look at the river levels upstream and rain forecast. It give every gate one time for open. Under the hood it is, like, backwater curve with stage-discharge rating and routing lag. It is late when the snow is melting fast, so they are still walking the banks.';
    expect(jargonOf(fluent)).toBeDefined();
    expect(jargonOf(other)).toBeDefined();
  });

  it('takes a quote’s first word as a sentence’s first word, not a name', () => {
    const text = `A: "Syndromic surveillance from the sentinel practices, with ILI rates and a CUSUM on top." ${LIMIT}`;
    expect(jargonOf(text)?.message).toMatch(/Syndromic/);
  });

  it.each(['radiolucencies', 'latencies'])('takes a learned word ending in -ency as one (%s)', (word) => {
    expect(isLearnedWord(word)).toBe(word === 'radiolucencies');
  });
});

describe('notes/rules: acronyms any listener knows, or glossed as said', () => {
  it.each([
    ['DJ', 'The booking staff pick which DJ to offer each couple.'],
    ['MP', "The caseworkers in the MP's office see the urgent emails first."],
    ['LPG', 'The LPG cylinders for cooking come from the gas agency.'],
    ['CO2', 'It reads the temperature, humidity and CO2 of each rack.'],
  ])('does not ask for %s to be expanded', (_acronym, sentence) => {
    expect(acronymOf(`${sentence} ${PLAIN} ${LIMIT}`)).toBeUndefined();
  });

  it('still asks for a technical acronym beside them (near miss)', () => {
    expect(acronymOf(`The booking staff pick which DJ to offer each couple from the NPS scores. ${PLAIN} ${LIMIT}`)?.message).toMatch(/NPS/);
  });

  it('takes "which just means" as saying what an acronym is', () => {
    expect(acronymOf(`It uses RAG, which just means it looks up the right pages of the manual first. ${LIMIT}`)).toBeUndefined();
    expect(acronymOf(`So it's OCR, which basically means software that reads the writing in a picture. ${LIMIT}`)).toBeUndefined();
    expect(acronymOf(`It uses RAG, which just works. ${LIMIT}`)?.message).toMatch(/RAG/);
  });

  it('keeps POS tagging technical while the POS agent is everyday', () => {
    expect(acronymOf(`The POS agents at every junction run out of cash. ${PLAIN} ${LIMIT}`)).toBeUndefined();
    expect(acronymOf(`It runs POS tagging on every complaint. ${PLAIN} ${LIMIT}`)?.message).toMatch(/POS/);
  });
});
