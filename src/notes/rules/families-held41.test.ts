// The parts of a plain explanation as held-out 41 and 42 said them, in
// general: a user named by family or membership ("the parent", "the club
// secretary, who ..."), an operator behind a possessive, the work at a note's
// head ("rostering deckhands onto sailings"), what the first on a list gets; a
// "user" that is only a source of data ("from a partner feed") or an
// adjective ("patient records"); a note of absence broken by asides. What it
// reads with "looking" and no "at", through a device named earlier, in a
// sample, by a model named by its kind; nothing read in "what goes into it:
// the usual stuff", "what's happened before", "adds more and more value".
// What it gives as what its user sees, in a note with its subject dropped;
// no output in "rain forecasts" or "answer was". The cost of being early or
// late; no limit in "pass / fail" or in what the old way used to cost. Terms
// left bare when the interviewer asked what one meant and the candidate
// moved on; a written run-on sentence read as written. Each test uses
// sentences of its own about a harbour's ferry crossings.
import { describe, expect, it } from 'vitest';
import { partsMissing } from '../../../test/helpers/notes.js';
import { sentencesOf } from '../sentences.js';
import { getTerms } from '../terms.js';
import type { Answer } from './common.js';
import { plainFindings } from './plain.js';

const missing = (part: string, text: string, note = false) => partsMissing(text, note).includes(part);

function answer(text: string, note = false): Answer {
  const sentences = sentencesOf(text.split('\n').map((line, i) => ({ text: line, place: { line: i + 1 } }))).map((s) => (note ? { ...s, note: true as const } : s));
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const ctx = { terms: getTerms() };
const rules = (text: string, note = false) => plainFindings(answer(text, note), ctx).map((f) => f.rule);

describe('notes/rules: whom it is for, by family, membership or role', () => {
  it.each([
    ['a parent given what it suggests', 'When a family books a crossing, the site has to offer a sailing. It gives the parent three sailings with a fare.'],
    ['the same with grammar slips', 'When a family book a crossing, the site have to offer a sailing. It give the parent three sailings with a fare.'],
    ['operators behind a possessive', "The harbour authority's operators turn the ramp lights on and off."],
  ])('finds the purpose in %s', (_name, text) => {
    expect(missing('purpose', text)).toBe(false);
  });

  it.each([
    ['a secretary who does the work', '- for the club secretary, who used to juggle the bookings by hand'],
    ['the work at the note head', '- ferry company: rostering deckhands onto sailings'],
    ['what the first on the list gets', '- ranks the deckhands for each sailing, the first name gets the shift'],
  ])('finds the purpose in a note of %s', (_name, line) => {
    expect(missing('purpose', `${line}\n- uses past rosters`, true)).toBe(false);
  });

  it.each([
    ['a source of data after "from"', '- uses bookings from a partner feed, tide tables, wind'],
    ['a person word as an adjective', '- matching model for patient records at the harbour clinic'],
    ['an absence note broken by asides', '- never said who acts on it (skippers? the port office?)\n- or what they decide with it'],
  ])('finds no purpose in %s', (_name, line) => {
    expect(missing('purpose', `- model forecasts the queue at the ramp\n${line}`, true)).toBe(true);
  });
});

describe('notes/rules: what it reads, however it is said', () => {
  it.each([
    ['"looking" without "at"', 'Our model is looking tide height, wind and the bookings.'],
    ['a device named before what it records', 'Each ferry has a GPS box, a small tracker on the bridge, and it records speed and heading.'],
    ['a sample taken', 'We take a small sample of fuel from each tank before it runs.'],
    ['a model named by its kind', 'The ranker takes the past trips of each passenger.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(missing('input', `The port office uses it to decide which sailings to add. ${sentence} It gives each sailing a score.`)).toBe(false);
  });

  it.each([
    ['a label answered with the usual stuff', '- what goes into it: "the usual stuff" - did not say'],
    ['what has happened before', '- on what it uses: "it just learns from what\'s happened before"'],
  ])('finds no input in %s', (_name, line) => {
    expect(missing('input', `- the port office uses it to decide which sailings to add\n- output: a score per sailing\n${line}`, true)).toBe(true);
  });

  it('finds no input, output or purpose in value and insights', () => {
    const text = 'It learns from the data and it gives really valuable insights to the team. It keeps getting better, so it adds more and more value.';
    expect(partsMissing(text)).toEqual(['purpose', 'input', 'output', 'tradeoff']);
  });
});

describe('notes/rules: what it gives back', () => {
  it('finds the output in what its user sees', () => {
    expect(missing('output', 'The port office decides which sailings to add. What the duty manager sees is a queue length for each hour.')).toBe(false);
  });

  it('finds the output in a note whose subject is dropped', () => {
    expect(missing('output', '- takes the ferry positions and the weather\n- gives a predicted arrival time at each pier, in minutes', true)).toBe(false);
  });

  it.each([
    ['a compound noun in a list of data', '- uses bookings, rain forecasts, crew reports'],
    ['"answer" as a noun', '- asked what it hands over; pushed once, answer was about the data again'],
  ])('finds no output in %s', (_name, line) => {
    expect(missing('output', `- for the port office, to set the number of sailings\n${line}`, true)).toBe(true);
  });
});

describe('notes/rules: the cost of its mistakes, and what is none', () => {
  const PARTS = 'The port office uses it to decide when to send the extra ferry. It looks at the bookings and the weather. It gives a time for each day.';

  it('finds a limit in the cost of being early or late', () => {
    expect(missing('tradeoff', `${PARTS} If it's early, the ferry sails half empty. If it's late, cars queue on the ramp.`)).toBe(false);
  });

  it.each([
    ['a verdict of pass or fail', 'It gives pass / fail for each ramp check.'],
    ['what the old way used to cost', 'Before, it took a week, which is what used to lose them a lot of customers.'],
  ])('finds no limit in %s', (_name, sentence) => {
    expect(missing('tradeoff', `${PARTS} ${sentence}`)).toBe(true);
  });
});

describe('notes/rules: terms left bare, and a written run-on sentence', () => {
  it('reads terms as bare when the interviewer asked what one meant and the candidate moved on', () => {
    const text = [
      '- model is for the ramp controllers',
      '- inputs: in his words "berth occupancy curves and dwell variance from the gates"',
      '- I asked what dwell variance meant for the skippers; he said "it\'s the usual metric" and moved on',
    ].join('\n');
    expect(rules(text, true)).toContain('jargon');
  });

  it('does not read a note as terms left bare when the candidate answered and moved on to another topic', () => {
    const text = 'He described the check. When I asked what the check looks at, he said "the data we hold on the boat" and moved on to the queue.';
    expect(rules(text)).not.toContain('jargon');
  });

  it('takes principal components as a term of art', () => {
    expect(getTerms().find('we project the readings onto principal components').some((h) => h.kind === 'technical')).toBe(true);
  });

  it('reads a sentence written with a capital and a stop as written, however few its commas', () => {
    const runOn =
      "So the model takes the bookings of each passenger and the photos they sent and it works out the queue at every ramp that's still open and it mixes that with the weather from last year and then it shows the office the top five sailings on the screen with a note saying why.";
    expect(rules(`The port office decides which sailings to add. ${runOn} It is late when the fog comes in.`)).toContain('long_sentences');
    expect(rules(runOn.replace(/^So/, 'so').replace(/\.$/, ''))).not.toContain('long_sentences');
  });
});
