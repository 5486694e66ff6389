// Ways of saying things that the fifth and sixth held-out sets showed the
// rules did not read: each test builds its own sentences for one family.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import { topicsOf } from '../suggest.js';
import type { Answer } from './common.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';
import { specificityFindings } from './specificity.js';
import { getTerms } from '../terms.js';

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

describe('notes/rules: a degradation said in other words', () => {
  const deg = (text: string) => rulesOf(degradationFindings(answer(text)));
  const noticed = ' The night shift told us.';
  const done = ' I retrained it on the last two months.';

  it.each([
    ['a share in words', 'Sign-ups through the app fell from about forty per cent of the total to under twenty.'],
    ['one in so many', 'After the move, about one parcel in four arrived late, against one in twenty before.'],
    ['a part of what it used to', 'By the autumn it was catching only about half the faults it used to.'],
    ['a multiple', 'Within a month the complaints about wrong totals had doubled.'],
    ['a minute count in words', 'The arrival times came out about twenty minutes early on the new routes.'],
  ])('finds the measure in %s', (_name, text) => {
    expect(deg(text + noticed + done)).toEqual([]);
  });

  it('finds no measure in "noticeably worse" or in a share of people', () => {
    expect(deg(`The scanner got noticeably worse after the new labels.${noticed}${done}`)).toEqual(['no_metric']);
    expect(deg(`The scanner got worse while half the team was away.${noticed}${done}`)).toEqual(['no_metric']);
  });

  it('reads wrong calls, pricing by the old plan, and a model that drifted once as a case', () => {
    expect(deg(`After the new form went live, it was rejecting applications that were perfectly fine.${done}`)).toEqual(['no_metric', 'no_detection']);
    expect(deg(`After the refit the model was still pricing cabins by the old deck plan.${done}`)).toEqual(['no_metric', 'no_detection']);
    expect(deg('Yes, the churn model drifted once. Retrained it.')).toEqual(['no_metric', 'no_detection']);
  });

  it('reads what would happen, a habit, or "it hasn\'t happened" as no case', () => {
    expect(deg("It hasn't happened to me yet. If the error went up for a week, I'd retrain on the last month.")).toEqual(['no_degradation_example']);
    expect(deg("I'd compare the inputs every week with the training data and retrain if anything shifted a lot.")).toEqual(['no_degradation_example']);
    expect(deg('Models drift all the time; when it drifted we retrained.')).toEqual(['no_degradation_example']);
    expect(deg("I'd pull the data down from the warehouse and compare it with the training set.")).toEqual(['no_degradation_example']);
  });

  it.each([
    ['a message to a channel', 'The warehouse staff started messaging the help channel about missing parcels.'],
    ['someone coming to the candidate', 'The shift manager came to me with a list of wrong counts.'],
    ['a review that picked it up', 'Finance picked it up in the monthly review.'],
  ])('reads the detection in %s', (_name, how) => {
    expect(deg(`Accuracy fell from 90 to 70 percent in May. ${how}${done}`)).toEqual([]);
  });

  it('reads an action with its subject dropped, in a later clause, or in a bare tense, and not "adjusted some things"', () => {
    const story = 'Accuracy fell from 90 to 70 percent in May. The night shift told us.';
    expect(deg(`${story} Rolled it back the same day.`)).toEqual([]);
    expect(deg(`${story} I wrote a job that runs every Sunday, and added the new region as an input.`)).toEqual([]);
    expect(deg(`${story} So I rebuild the reference set from the new forms.`)).toEqual([]);
    expect(deg(`${story} We adjusted some things and it settled down.`)).toEqual(['no_action']);
  });
});

describe('notes/rules: vague in stock phrases of method and mindset, specific in concrete parts', () => {
  const ctx = { terms: getTerms() };
  const vague = (text: string, concrete = 0) => rulesOf(specificityFindings(answer(text), ctx, concrete));

  it.each([
    ['method', 'My approach is systematic: I break the problem down, look at it from different angles and never jump to conclusions.'],
    ['mindset', 'Every setback is a learning opportunity, and I keep a growth mindset moving forward with the team.'],
    ['a project that just went badly', 'A project I was on did not go well, the requirements kept changing and it was doomed from the start.'],
  ])('finds stock phrases of %s vague', (_name, text) => {
    expect(vague(text)).toEqual(['vague']);
  });

  it('counts a release on every tag as a schedule', () => {
    expect(vague('They are all proper packages, and a new version goes out to the index on every tag.')).toEqual([]);
  });

  it('lets three concrete parts of an explanation outweigh one stock phrase, not several', () => {
    const concrete = 'The receptionist types in what the caller says, and it tells her whether the pet comes in now or waits for the usual appointment.';
    expect(vague(concrete, 4)).toEqual([]);
    expect(vague(concrete, 2)).toEqual(['vague']);
    expect(vague(`${concrete} It shows other stuff too. It works pretty well.`, 4)).toEqual(['vague']);
  });
});
