// The paired phrasings of the seventeenth and eighteenth held-out sets: the
// same content in non-native English gets the same findings. Each test uses
// sentences of its own about a ferry terminal's lost-luggage desk.
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../test/helpers/notes.js';
import { getTerms } from '../terms.js';
import { partsSaid } from './plain-parts.js';
import { specificityFindings } from './specificity.js';

const has = (text: string, part: string) => partsSaid(answerOf(text)).has(part as never);

describe('notes/rules: the same part said fluently and in non-native English', () => {
  it.each([
    ['output', 'It gives the clerk the five bags most likely to be theirs.', 'It give to the clerk five bags that most probably are theirs.'],
    ['output', 'It sorts the report into urgent, routine, or probably harmless.', 'It put the report in urgent, routine, or probably harmless.'],
    ['output', 'Then the tablet shows them the three desks to try, in order.', 'After, the tablet is showing them three desks to try, in order.'],
    ['tradeoff', 'The catch is when the real bag is not in those five.', 'Problem is when the real bag is not in these five.'],
    ['purpose', "When a bag looks lost, it sends a text to whoever's on call.", 'When a bag look lost, it send a text to whoever on call.'],
    ['purpose', 'The urgent ones get seen within two hours.', 'Urgent ones are seen inside two hours.'],
  ])('finds the %s in both phrasings', (part, fluent, other) => {
    expect(has(fluent, part)).toBe(true);
    expect(has(other, part)).toBe(true);
  });

  it('does not read the people deciding, after "must", as what the model gives', () => {
    expect(has('In winter the porters must decide where they move the trolleys.', 'output')).toBe(false);
  });

  it('reads "a little bit of a mess" and "it is happening" like "a bit of a mess" and "it happens"', () => {
    const vague = (text: string) => specificityFindings(answerOf(text), { terms: getTerms() }).map((f) => f.rule);
    expect(vague('Mistakes were made in the data, basically. It was a bit of a mess all round. But yeah, it happens.')).toEqual(['vague']);
    expect(vague('Some mistakes were done in the data, basically. It was little bit of mess everywhere. But yes, it is happening.')).toEqual(['vague']);
  });

  it('does not read "if it happens" as the shrug "it happens"', () => {
    const vague = (text: string) => specificityFindings(answerOf(text), { terms: getTerms() }).map((f) => f.rule);
    const fluent = "I haven't had a bag scanner drift yet. But if it did, I'd check the scan logs week by week and retrain past a threshold.";
    const other = 'I did not have one scanner which drift yet. But if it happen, I would check scan logs week by week and retrain after some threshold.';
    expect(vague(fluent)).toEqual([]);
    expect(vague(other)).toEqual([]);
  });
});
