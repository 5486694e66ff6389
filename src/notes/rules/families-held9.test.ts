// Families the ninth and tenth held-out sets showed, each tested with sentences
// of its own about a ferry operator's models none of the sets describes: the
// same content in non-native phrasing first (fairness), then wider ways of
// saying a part.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import type { Answer } from './common.js';
import { degradationFindings } from './degradation.js';
import { partsSaid } from './plain-parts.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const missing = (text: string) => ['purpose', 'input', 'output', 'tradeoff'].filter((p) => !partsSaid(answer(text)).has(p as never));
const degradation = (text: string) => degradationFindings(answer(text)).map((f) => f.rule);

const PURPOSE = 'The harbour staff use it to decide which sailings need an extra deckhand.';
const INPUT = 'It reads the bookings and the tide tables.';
const OUTPUT = 'It gives each sailing a busy score.';
const TRADEOFF = 'It misses about one busy sailing in ten.';

describe('notes/rules: the same part in non-native phrasing', () => {
  it.each([
    ['a preference said with "more than"', 'We set it to favour safety more than cost, so it calls for crew too often.', 'We set it to favour safety over cost, so it calls for crew too often.'],
    ['a hyphenated verb after "it"', 'If it over-books the crew, we pay overtime for nothing.', 'If it overbooks, we pay overtime for nothing.'],
  ])('finds the trade-off in %s', (_name, other, fluent) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${other}`)).toEqual(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${fluent}`));
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${other}`)).toEqual([]);
  });

  it('finds the purpose when a time sits between "using it" and what for', () => {
    expect(missing(`The harbour master is using it every morning for plan the crews. ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
    expect(missing(`They use it on Mondays to set the week's rota. ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
  });

  it('finds the output when the article is dropped', () => {
    expect(missing(`${PURPOSE} ${INPUT} And it give you waiting time in minutes. ${TRADEOFF}`)).toEqual([]);
    expect(missing(`${PURPOSE} ${INPUT} It gives the skipper busy score for each crossing. ${TRADEOFF}`)).toEqual([]);
  });
});

describe('notes/rules: a degradation seen as the model contradicted', () => {
  const STORY = 'Our crossing-time model was fine for a year.';
  const ACTION = 'So I added the new timetable as an input and retrained it.';

  it.each([
    ['fluent', 'Then a skipper kept telling me the crossings were taking way longer than it said.'],
    ['non-native', 'Then one skipper keep telling me the crossings take much longer than it said.'],
  ])('reads a case and who noticed it (%s)', (_name, seen) => {
    expect(degradation(`${STORY} ${seen} ${ACTION}`)).toEqual(['no_metric']);
  });

  it('does not read a plain comparison as a case', () => {
    expect(degradation(`${STORY} The crossings are longer than the old ones. ${ACTION}`)).toContain('no_degradation_example');
  });
});

/** Interviewer's bullet notes: each line a list item. */
function notes(...lines: string[]): Answer {
  const sentences = sentencesOf(lines.map((text, i) => ({ text: `- ${text}`, place: { line: i + 1 }, item: true })));
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const missingInNotes = (...lines: string[]) => ['purpose', 'input', 'output', 'tradeoff'].filter((p) => !partsSaid(notes(...lines)).has(p as never));

describe('notes/rules: input said in notes and after what it predicts', () => {
  it.each([
    ['a note with its subject dropped', 'uses the ferry bookings, school holidays and the wind forecast'],
    ['a note of what it was built on', 'built on 4 years of ticket sales'],
    ['a note of inputs', 'inputs: wind speed, wave height, day of week'],
  ])('finds the input in %s', (_name, line) => {
    expect(missingInNotes('harbour staff use it to decide which sailings get an extra deckhand', line, 'gives each sailing a busy score', 'misses about one busy sailing in ten')).toEqual([]);
  });

  it('does not read a note of stock words or of what the interviewer asked as input', () => {
    const rest = ['harbour staff use it to decide which sailings get an extra deckhand', 'gives each sailing a busy score', 'misses about one busy sailing in ten'];
    expect(missingInNotes(...rest, 'uses lots of data')).toEqual(['input']);
    expect(missingInNotes(...rest, 'when asked what it uses, talked about the algorithm')).toEqual(['input']);
  });

  it('finds what it works from after what it predicts, with or without the article', () => {
    expect(missing(`It predicts how long each crossing will take, from the wind and the load, so the harbour staff can plan the crews. ${TRADEOFF}`)).toEqual([]);
    expect(missing(`It predict how long each crossing take, from wind and the load, so harbour staff can plan crews. ${TRADEOFF}`)).toEqual([]);
  });

  it('finds a device that measures, and the features it includes', () => {
    expect(missing(`${PURPOSE} The ticket robot counts how many cars board. ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
    expect(missing(`${PURPOSE} The features include how full each deck is. ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
  });
});

describe('notes/rules: purpose as the last word a person keeps, and business words', () => {
  it('finds the purpose when someone sets the final figure', () => {
    expect(missing(`It suggests a fare for each crossing; the duty manager sets the final price. ${INPUT} ${TRADEOFF}`)).toEqual([]);
  });
  it('finds none in "better, more data-driven decisions"', () => {
    expect(missing(`It helps the team make better, more data-driven decisions. ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual(['purpose']);
  });
  it('finds the trade-off in over-pricing', () => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} It overprices the late sailings.`)).toEqual([]);
  });
});
