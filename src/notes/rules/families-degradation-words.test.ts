// A degradation told in soft words ("went a bit off", "got a lot worse", "came
// in too low", "start rejecting the good ones") is still a case, so the rules
// go on to ask for its measure; and a measure said against what is normal, or
// as a range of how far off, is one. Each test builds its own answers.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import type { Answer } from './common.js';
import { degradationFindings } from './degradation.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const rules = (text: string) => degradationFindings(answer(text)).map((f) => f.rule);

const NOTICED = 'The kitchen staff told the manager.';
const DONE = 'We added the new menu as an input and retrained it.';

describe('notes/rules: a degradation in soft words is a case', () => {
  it.each([
    ['went a bit off', 'After the menu change the meal-count forecast went a bit off.'],
    ['got a lot worse', 'After the menu change the meal-count forecast got a lot worse.'],
    ['came in too low', 'After the menu change the meal counts came in too low.'],
    ['felt off', 'After the menu change the chefs said the counts "felt off".'],
    ['no longer good', 'After the menu change the forecast was not so good anymore.'],
    ['many more of the wrong calls', 'After the new scales went in, the model rejected many more good loaves.'],
    ['a present-tense start', 'After the new scales went in, the model start to reject good loaves.'],
    ['stopped matching', 'After the new scales went in, its weights stopped matching the hand checks.'],
  ])('reads "%s" as a case with no measure', (_name, event) => {
    expect(rules(`${event} ${NOTICED} ${DONE}`)).toEqual(['no_metric']);
  });

  it.each([
    ['what would happen', 'In theory, if the menu changed a lot, it would start to drift and we would retrain.'],
    ['what they would do', "None of my models has degraded. I'd retrain when the alert fires."],
  ])('reads %s as no case', (_name, text) => {
    expect(rules(text)).toEqual(['no_degradation_example']);
  });
});

describe('notes/rules: a measure against what is normal, or a range of how far off', () => {
  it.each([
    ['against what is normal', 'After the code change the alert went quiet: zero alerts in six weeks, when we would normally get two or three a month.'],
    ['a range of how far off', 'After the supplier change the predictions ended up 30 to 40 landings late.'],
    ['before and after', 'After the update the suggestions were accepted 91% before, 78% after.'],
  ])('finds a measure %s', (_name, event) => {
    expect(rules(`${event} ${NOTICED} ${DONE}`)).toEqual([]);
  });

  it('takes an action said after a filler "like" as an action', () => {
    expect(rules(`After the menu change the forecast got a lot worse, by 20 percent. ${NOTICED} So we made new rules and like retrained.`)).toEqual([]);
  });
});
