// The four parts of a plain explanation as held-out 47 and 48 said them, in general: work people have no time for or
// must do well ahead, a decision said as "how many to" with nothing between, data named with the span it covers, a
// technical method run "on" the data, an output made for each case or put up on a screen, the cost of a call a day
// late; and what is none of them: a result that compounds, the cases a score is low for, people in a note of inputs,
// a place in place of data, a report of what it is for, praise under a limits label, a claim it is never wrong, and
// people's own hedge with what it gives. Each test uses sentences of its own about a tool library that lends drills.
import { describe, expect, it } from 'vitest';
import { partsMissing, rulesOn } from '../../../test/helpers/notes.js';
import { getTerms } from '../terms.js';
import { plainFindings } from './plain.js';

const CONTEXT: Record<string, string> = {
  purpose: "The model takes last year's loans and the weather and gives a number of drills per branch for each Saturday. When it's low, people go home empty-handed.",
  input: "The branch manager decides how many drills to keep. It gives a number of drills per branch for each Saturday. When it's low, people go home empty-handed.",
  output: "The branch manager decides how many drills to keep. The model takes last year's loans and the weather. When it's low, people go home empty-handed.",
  tradeoff: "The branch manager decides how many drills to keep. The model takes last year's loans and the weather and gives a number of drills per branch for each Saturday.",
};
/** The answer with `text` in place of one part: the other three are said plainly around it. */
const missingWith = (part: string, text: string, note = false) => partsMissing(note ? text : `${CONTEXT[part]} ${text}`, note).includes(part);

describe('notes/rules: the parts of a plain explanation, as held-out 47 and 48 said them', () => {
  it.each([
    ['purpose', 'work nobody has time for', "The volunteers don't have time to check every drill by hand."],
    ['purpose', 'the same with a slip of agreement', "The volunteer doesn't have time to check every drill by hand."],
    ['purpose', 'work to do well ahead', 'The library has to order spare batteries two weeks ahead.'],
    ['purpose', 'a decision with nothing between "how many" and "to"', 'The caretaker must guess how many to lend out.'],
    ['input', 'data with the span it covers', 'We took the loans from the last three years and the holiday calendar.'],
    ['input', 'the same said another way', 'We took loans of last three years and holiday calendar.'],
    ['output', 'an output made for each case', 'We made a forecast per branch per week that goes to the caretaker.'],
    ['output', 'an output put up on a screen', "It puts a waiting time on the app for each branch, like 'about ten minutes'."],
    ['output', 'told to someone named with "of"', 'It is telling to manager of branch, for each day, how many drills to keep.'],
    ['tradeoff', 'the cost of a call a day late', 'A drill sent back a day late leaves the next borrower waiting.'],
  ])('finds the %s in %s', (part, _name, text) => {
    expect(missingWith(part, text)).toBe(false);
  });

  it.each([
    ['purpose', 'a result that compounds', 'So the impact really compounds over time.'],
    ['purpose', 'the cases a score is low for', "It's not good with new borrowers, it always gives them low marks."],
    ['input', 'a place in place of data', 'It knows the town.'],
    ['tradeoff', 'a claim it is never wrong', 'It basically never gets it wrong.'],
    ['tradeoff', "people's own hedge with what it gives", 'The committee over-lends where the chance of a return is low.'],
  ])('finds no %s in %s', (part, _name, text) => {
    expect(missingWith(part, text)).toBe(true);
  });

  it.each([
    ['purpose', 'people in a note of inputs', '- inputs: which days the caretaker visits, past loans, the weather\n- output: a number of drills per branch\n- limit: around bank holidays it over-counts'],
    ['output', 'a report of what it is for', '- says it is to help the volunteers plan the morning\n- uses past loans, the weather, school holidays\n- limits: new branches get low numbers'],
    ['tradeoff', 'praise under a limits label', '- for the caretakers: how many drills to keep\n- uses past loans and the weather\n- gives a number per branch\n- limits or mistakes: "it\'s very good, the members are happy"'],
  ])('finds no %s in notes with %s', (part, _name, text) => {
    expect(missingWith(part, text, true)).toBe(true);
  });

  it('keeps a limit said under a limits label', () => {
    expect(missingWith('tradeoff', '- for the caretakers: how many drills to keep\n- uses past loans and the weather\n- limits: it is slow to catch on to a new branch', true)).toBe(false);
  });

  it('reads a technical method run on the data as the model, not as what it reads', () => {
    const answer = (text: string) => `The branch manager decides how many drills to keep. ${text} It gives a number of drills per branch for each Saturday. When it's low, people go home empty-handed.`;
    const rules = (text: string) => rulesOn('rf-explain-to-stakeholder', answer(text), (a) => plainFindings(a, { terms: getTerms() }));

    expect(rules('We used an LSTM on each branch’s loan records and the holiday dates.')).not.toContain('no_input');
    expect(rules('We used an LSTM on it.')).toContain('no_input');
  });

  it('gives a non-native twin the same parts as its fluent answer', () => {
    const fluent = "The volunteers don't have time to count the drills. We took the loans from the last two years. It tells the branch's caretaker, for each day, how many drills to keep. A drill sent back a week late leaves the next borrower waiting.";
    const twin = 'The volunteers is not having time to count the drills. We took loans of last two years. It is telling to caretaker of branch, for each day, how many drills to keep. A drill sent back a week late leave next borrower waiting.';

    expect(partsMissing(twin)).toEqual(partsMissing(fluent));
    expect(partsMissing(fluent)).toEqual([]);
  });
});
