// Purpose, input and output read in general (issue 13, held-out 35 and 36):
// each test builds its own sentences around a ski-school booking model that
// none of the labelled sets describes, and swaps one part for a form it can
// take (a question answered, a note's label, a verb of reading, a mark put on
// things) or a near miss that only looks like it (who it is for with nothing
// done, data named by its owner, a person deciding).
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import type { Answer } from './common.js';
import { partsSaid } from './plain-parts.js';

function answer(text: string, note = false): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]).map((s) => (note ? { ...s, note: true as const } : s));
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const missing = (text: string, note = false) => ['purpose', 'input', 'output', 'tradeoff'].filter((p) => !partsSaid(answer(text, note)).has(p as never));

const PURPOSE = 'The ski school office uses it to decide how many instructors to put on each morning.';
const INPUT = "It reads last season's bookings and the snow forecast.";
const OUTPUT = 'It gives a number of children for each lesson group.';
const TRADEOFF = 'It misses about one group in ten when a coach party turns up unannounced.';
const but = (part: 'purpose' | 'input' | 'output', sentence: string) =>
  [part === 'purpose' ? sentence : PURPOSE, part === 'input' ? sentence : INPUT, part === 'output' ? sentence : OUTPUT, TRADEOFF].join(' ');

describe('notes/rules: the form of the interview says a part or not', () => {
  it.each([
    ['input', 'a question answered with things named', "Q: what does it look at? A: last season's bookings, the snow forecast and the school holidays."],
    ['output', 'a note labelled with the part', '- output: a head count per group, each evening'],
    ['purpose', 'who it is for, answered with what they do', 'Q: who is it for? A: the office, who merge the small groups before breakfast.'],
    ['input', 'a note of absence that covers only its aside', '- uses the lift-pass scans and the snow depth (never said what LPS means)'],
  ] as const)('finds the %s in %s', (part, _name, sentence) => {
    expect(missing(but(part, sentence))).not.toContain(part);
  });

  it.each([
    ['input', 'a question evaded', 'Q: what does it look at? A: talked about gradient boosting instead.'],
    ['input', 'a question answered with data named by its owner', 'Q: what goes in? A: all the data we hold on the families.'],
    ['output', 'a label answered with where it goes', '- output: it goes on the office dashboard'],
    ['output', 'an aside that only asks', 'Never said what the office sees (a count? a list?).'],
    ['purpose', 'a write-up, where "she" is the candidate', 'She picked the model that sorts the lesson requests.'],
  ] as const)('finds no %s in %s', (part, _name, sentence) => {
    expect(missing(but(part, sentence))).toContain(part);
  });

  it('reads a rising "?" on a statement as the statement it is', () => {
    expect(missing(but('purpose', 'It is for the office staff who plan the instructors, you know?'))).toEqual(missing(but('purpose', 'It is for the office staff who plan the instructors.')));
  });
});

describe('notes/rules: purpose is what someone does with it, not only who they are', () => {
  it.each([
    ['a decision as a question to settle', 'It tells them whether to open the second beginners slope.'],
    ['work someone has to do', 'The office has to plan the instructors for the week.'],
    ['a person by role keeping the last word', 'The head instructor still decides.'],
    ['the work it replaces', 'Before this, the office phoned every hotel each morning.'],
    ['how the work is done with it', "That's how they set the rota."],
    ['people using what it gives to act', 'They use the red and amber groups to move children between classes.'],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(but('purpose', sentence))).not.toContain('purpose');
  });

  it.each([
    ['a benefit with nobody doing anything', "It's been a real game changer for the office team."],
    ['a benefit said only as how well', 'It helps the office work smarter.'],
    ['a vague "so"', 'It brings it all together so everyone can focus where it matters most.'],
    ['a story\'s opening "so"', "So the model reads the families' bookings from last week."],
    ['a consequence for what it gives', "It can't see coach parties, so the count looks low."],
    ['people supplying the data', "Parents type the child's age in when they book."],
    ['what is expected to happen', 'It gives a number for each group: how many children to expect.'],
  ])('finds no purpose in %s', (_name, sentence) => {
    expect(missing(but('purpose', sentence))).toContain('purpose');
  });
});

describe('notes/rules: input is information named, not data named by its amount or owner', () => {
  it.each([
    ['what it goes on', 'It goes on the snow depth and the school holidays.'],
    ['what it knows', 'It knows how full each hotel is.'],
    ['what it asks', 'The app asks parents the age and level of each child.'],
    ['what we count', 'We count the lift-pass scans at the bottom station.'],
    ['what it learns from', 'It learns from what families booked last winter.'],
    ['a non-native "looking" without "at"', 'The model is looking the bookings of last week.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(missing(but('input', sentence))).not.toContain('input');
  });

  it.each([
    ['the data we hold', 'It uses all the data we hold on the families.'],
    ['our historic data', 'It is based on our historic data.'],
    ['signals in bulk', 'It takes in loads of signals.'],
    ['features counted', 'It uses a couple hundred features from the app.'],
    ['people looking, not the model', 'The instructors look at the list before breakfast.'],
    ['what it cannot take in', "It doesn't know about coach parties."],
  ])('finds no input in %s', (_name, sentence) => {
    expect(missing(but('input', sentence))).toContain('input');
  });
});

describe('notes/rules: output is what the model gives back, not what people decide', () => {
  it.each([
    ['what its judgement sets off', 'If it thinks a group will be too big, a red dot appears next to it.'],
    ['a verdict either way', 'It says open or wait for the second slope.'],
    ['things put in order', 'It puts every group in order, biggest first.'],
    ['what someone is given', 'It gives the office an expected head count.'],
    ['what it makes after what it reads', 'The model looks at the bookings and draws a chart of the morning.'],
  ])('finds the output in %s', (_name, sentence) => {
    expect(missing(but('output', sentence))).not.toContain('output');
  });

  it.each([
    ['a person deciding with its help', 'It helps the office decide which groups to merge.'],
    ['a prediction of nothing named', 'It predicts stuff about lessons.'],
    ['where the results go', 'The results go into the booking system.'],
    ['what it makes easier', 'It makes the whole process easier.'],
  ])('finds no output in %s', (_name, sentence) => {
    expect(missing(but('output', sentence))).toContain('output');
  });
});
