// Families the forty-seventh and forty-eighth held-out sets showed in
// degradation stories, in general: how the trouble was noticed said by
// someone's role, one or many, in a slip of tense too ("the supervisor told
// him", "the stallholders telled us"); found by the candidate in a check of
// their own ("found it himself in a weekly comparison"); monitoring set up
// before the trouble that showed it ("I'd set up a drift report myself and it
// showed ..."); a movement "from about 6% to over 20%". A model's question said
// with a modal ("predicts which riders will cancel") is no plan, so a claim
// about their own public work in that sentence is read. An interviewer's note
// that three or more kinds of thing were not named makes an answer vague.
// Each test uses answers of its own, about a city's bicycle-hire scheme.
import { describe, expect, it } from 'vitest';
import { claimsOn, rulesOn } from '../../../test/helpers/notes.js';
import { readAnswers } from '../analyse.js';
import { kitOf, notesOf, toKitQuestion } from '../eval.js';
import { loadQuestionBank } from '../../interview/index.js';
import { getTerms } from '../terms.js';
import { degradationFindings } from './degradation.js';
import { specificityFindings } from './specificity.js';

const degradation = (text: string) => rulesOn('rf-degraded-in-production', text, degradationFindings);
/** Vagueness is read on the answer as written (not in the candidate's voice), as analyse.ts reads it. */
const vague = (text: string) => {
  const q = toKitQuestion(loadQuestionBank().find((b) => b.id === 'rf-failure-learned')!);
  const [read] = readAnswers({ text: notesOf({ text }, q), format: 'text' }, kitOf([q]));
  return specificityFindings(read!.answer, { terms: getTerms() }).map((f) => f.rule);
};

describe('notes/rules: how the trouble was noticed, as held-out 47 and 48 told it', () => {
  it.each([
    ['one person by their role', '- bike-hire demand model for the docking stations\n- after the tram line opened the refill plan was 30% short on Mondays\n- the depot dispatcher told her the vans were going to the wrong stations\n- she added the tram stops as an input and retrained'],
    ['many, in a slip of tense', 'Our model planned the bike refills for each docking station. When the tram line opened, the refills was 30 percent short on Mondays. The van drivers telled our ops lead the stations were empty. I add the tram stops as input and retrain.'],
    ['found in a check of their own', '- bike-hire demand model for the docking stations\n- after the tram line opened the refill plan was 30% short on Mondays\n- found it himself in a check he ran every Monday of refills against empty docks\n- added the tram stops as an input and retrained'],
    ['found by themselves, non-native', 'Our model was planning bike refills for each station. After tram line is opening, refills go from 5 to 30 percent short on Mondays. I find it myself in the comparison what I make every week. I add tram stops as input and retrain.'],
    ['monitoring set up before that showed it', "I had a refill model for the bike-hire stations. After the tram line opened, the error went from 8 to 25 percent. I'd set up a drift report myself and it showed the Monday trips far out of range. I retrained with the tram stops as a feature."],
  ])('reads how it was noticed: %s', (_name, text) => {
    expect(degradation(text)).toEqual([]);
  });

  it('reads the same detection from a fluent and a non-native telling', () => {
    const fluent = 'Our model planned the bike refills for each docking station. When the tram line opened, the refills were 30 percent short on Mondays. The van drivers told our ops lead the stations were empty. I added the tram stops as an input and retrained.';
    const nonNative = 'Our model planned the bike refills for each docking station. When the tram line opened, the refills was 30 percent short on Mondays. The van drivers telled our ops lead the stations were empty. I add the tram stops as input and retrain.';
    expect(degradation(fluent)).toEqual([]);
    expect(degradation(nonNative)).toEqual(degradation(fluent));
  });

  it.each([
    ['the cause found, not the trouble', 'I had a refill model for the bike-hire stations. After the tram line opened, the error went from 8 to 25 percent. We found the bug in the join with the station list. I retrained with the tram stops as a feature.'],
    ['a report set up only afterwards', 'I had a refill model for the bike-hire stations. After the tram line opened, the error went from 8 to 25 percent. After that I set up a drift report on the trips. I retrained with the tram stops as a feature.'],
    ['a report only planned', "I had a refill model for the bike-hire stations. After the tram line opened, the error went from 8 to 25 percent. Next time I'd set up a drift report first. I retrained with the tram stops as a feature."],
  ])('finds no detection in %s', (_name, text) => {
    expect(degradation(text)).toEqual(['no_detection']);
  });

  it('reads a rise "from about 6% to over 20%" in a note as a case, and notes the missing detection', () => {
    const text = '- bike-hire refill plan for the docking stations\n- 2024: error from about 6% to over 20%, mostly Mondays\n- the tram line had opened nearby\n- added the tram stops as an input; error back to about 7%';
    expect(degradation(text)).toEqual(['no_detection']);
  });
});

describe('notes/rules: what a model predicts, said with a modal, is no plan', () => {
  it.each([
    ['fluent', 'So my churn-api repo on GitHub, the one that predicts which riders will cancel their pass, has drift alerts built in, all public.'],
    ['non-native', 'So my churn-api repo on GitHub, the one what predicts which riders will cancel the pass, it has drift alerts inside, all public.'],
  ])('reads the claim about their public work: %s', (_name, text) => {
    expect(claimsOn('rf-degraded-in-production', text)).toEqual(['claim_contradicted']);
  });

  it('keeps a plan a plan', () => {
    expect(claimsOn('rf-degraded-in-production', "I'd want my churn-api repo on GitHub, the one that predicts which riders will cancel, to have drift alerts one day.")).toEqual([]);
  });
});

describe('notes/rules: a note that three or more kinds of thing were not named', () => {
  it.each([
    ['fluent', '- "a project where I misjudged things early"; the result "wasn\'t what the council hoped for"\n- takes the blame\n- lesson: "keep everyone aligned from now on"\n- no client, tool, date or figure named even when pushed'],
    ['non-native', '- "a project where I misjudge things in the early"; result "was not what council hoped"\n- takes the blame\n- lesson: "keep everybody aligned from now"\n- no client, tool, date or figure named even when pushed'],
  ])('finds the answer vague: %s', (_name, text) => {
    expect(vague(text)).toEqual(['vague']);
  });

  it('does not read one thing not given in a concrete story as vague', () => {
    const text = '- bike-hire refill model; after the tram line opened in March the vans went to the wrong stations for two weeks\n- he had joined trips on the old station codes\n- no figure given for the cost\n- now checks the station list against the operator\'s file before each run';
    expect(vague(text)).toEqual([]);
  });
});
