// Families the fifteenth and sixteenth held-out sets showed, each tested with
// sentences of its own about a lighthouse keeper's trust's models none of the
// sets describes.
import { describe, expect, it } from 'vitest';
import { partsMissing } from '../../../test/helpers/notes.js';

const missing = partsMissing;
const PURPOSE = 'The keepers use it to decide which lamps to service first.';
const INPUT = 'It reads the lamp logs and the weather.';
const OUTPUT = 'It gives each lamp a risk score.';
const LIMIT = 'It misses about one failing lamp in ten.';

describe('notes/rules: purposes as the fifteenth and sixteenth sets said them', () => {
  it.each([
    ['a possessive before the people', "It grades each lens so the trust's buyers can set the price."],
    ['a role acting from what it gives', "The maintenance office sets next year's budget per station from that."],
    ['for a team', 'It marks every lamp "visit" or "watch" for the maintenance team.'],
    ['for him', 'The model is for him, for the winter planning.'],
    ['a note labelled with the aim', '- aim: keepers reach a failing lamp before it goes dark'],
    ['a text to a role', 'It texts the keeper around six pm saying which lamps to check.'],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence}\n${INPUT}\n${OUTPUT}\n${LIMIT}`, sentence.startsWith('-'))).toEqual([]);
  });
});

describe('notes/rules: outputs and limits as the fifteenth and sixteenth sets said them', () => {
  it.each([
    ['a verdict named', 'For each lamp it says go, maybe, or replace.'],
    ['okay or not okay', 'The model looks at the photo and says okay or not okay.'],
    ['a step added', 'It adds a "please double-check" step to orders it thinks are wrong.'],
    ['"tells ... whether" across a long aside', 'It tells the duty keeper, for each booked inspection, whether it is likely to overrun.'],
  ])('finds the output in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${sentence} ${LIMIT}`)).toEqual([]);
  });

  it.each([
    ['the cost accepted', 'A keeper waits an hour for nothing, which is the cost we accept.'],
    ['what a wrong call loses', 'Replacing a good lamp loses us the part.'],
    ['tuned to act too often', 'So we tuned it to call a visit a bit too often.'],
    ['a past miss after "because"', 'The keepers did not trust it at first because it missed the quiet failures.'],
  ])('finds the limit in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual([]);
  });
});

describe('notes/rules: purposes in the pairs of the fifteenth and sixteenth sets', () => {
  it.each([
    ['a role that can act once it says so', 'If the score is over point six staff can give the slot to another keeper.'],
    ['the question its users bring', 'Keepers asked us when to replace the lamps.'],
    ['a role in the progressive, the article dropped', 'Then counsellor is getting list every Monday of lamps to check.'],
    ['a team that was wanting to', 'The booking team was wanting to put extra keepers on stormy nights.'],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${LIMIT}`)).toEqual([]);
  });

  it('does not read a story opening with "so" as a purpose', () => {
    expect(missing(`So we make lamp lenses. ${INPUT} ${OUTPUT} ${LIMIT}`)).toEqual(['purpose']);
  });
});
