// Ways of saying things that the fifth and sixth held-out sets showed the
// rules did not read: each test builds its own sentences for one family.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import { topicsOf } from '../suggest.js';
import type { Answer } from './common.js';
import { failureFindings } from './failure.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const rulesOf = (fs: Array<{ rule: string }>) => fs.map((f) => f.rule);

describe('notes/rules: an incident question is not a failure question', () => {
  it('reads a question about an incident for no failure topic, and one about a mistake for it', () => {
    const q = (title: string, prompt: string) => topicsOf({ bankId: 'x', title, prompt, kind: 'behavioural' });

    expect(q('An outage incident', 'Tell me about an outage that reached customers. How was it found?')).toEqual([]);
    expect(q('A costly mistake', 'Tell me about a mistake of yours that cost the team time.')).toEqual(['failure']);
  });
});

describe('notes/rules: a failure said in other words', () => {
  it.each([
    ['a result out of proportion', 'The stock report came out ten times too big for the northern shops, and nobody caught it for a week.'],
    ['a flop', 'The pricing pilot was a flop and the shops stopped using it after a month.'],
    ['a mix-up', 'Pounds and kilograms were mixed up in the freight feed for the whole spring.'],
    ['harm to people who did nothing wrong', 'The filter blocked two hundred sellers who were perfectly honest.'],
    ['an outcome said as no fun', 'The screen went blank for every cashier on launch day, which was not a fun morning.'],
  ])('names a failure in %s', (_name, text) => {
    expect(rulesOf(failureFindings(answer(text)))).not.toContain('no_failure');
  });

  it('reads high standards and polishing offered as the failure as no failure', () => {
    expect(rulesOf(failureFindings(answer('Honestly my failure is that I hold myself to very high standards and spend too long polishing reports.')))).toEqual(['no_failure']);
    expect(rulesOf(failureFindings(answer('If anything I am too detail-oriented, and the team sometimes waits for me.')))).toEqual(['no_failure']);
  });

  it('owns a failure by the agent of a passive, a misjudgement, or a change made just before it', () => {
    const since = ' Since then every change to the thresholds gets a second reviewer.';
    expect(rulesOf(failureFindings(answer(`The broken sensors were kept in the training data. Kept in by me, in fact.${since}`)))).toEqual([]);
    expect(rulesOf(failureFindings(answer(`The forecast was off by a third. I thought the holiday weeks would not matter.${since}`)))).toEqual([]);
    expect(rulesOf(failureFindings(answer(`On a Friday I raised the spam threshold. By Monday the filter was blocking real invoices by mistake.${since}`)))).toEqual([]);
    // A change the candidate made after it went wrong is their fix, not their part in it.
    expect(rulesOf(failureFindings(answer(`The supplier feed broke and the forecast was off by a third. I changed the loader to reject empty files.${since}`)))).toEqual(['no_ownership']);
  });

  it('reads "what I do now is" and "not any more" as a change, and a general lesson not', () => {
    const wrong = 'I skipped the review and the release broke the checkout for an hour.';
    expect(rulesOf(failureFindings(answer(`${wrong} What I do now is ask for a review on every config change.`)))).toEqual([]);
    expect(rulesOf(failureFindings(answer(`${wrong} I don't release on Fridays any more.`)))).toEqual([]);
    expect(rulesOf(failureFindings(answer(`${wrong} The lesson is to always be careful.`)))).toEqual(['no_change']);
  });
});
