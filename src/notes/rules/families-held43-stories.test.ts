// Families the forty-third and forty-fourth held-out sets showed in failure
// stories, degradation stories and vague answers. Failures: an interviewer's
// note that the candidate's own part was not said ("no word on his own part",
// "no mention of anything she decided"), "I just used what I was given" as a
// defence, a failure said as "way under" and "drivers angry", "next time I'd
// probably" as an intention. Degradation: "~30 alerts a day instead of 2-3",
// "ran ~2 kg heavy", "none of mine has degraded yet", "we're aware of it".
// Vague: buzzwords with one term of art, the interviewer's question in a note,
// "no stages named, no checks named", "repeated the above". Each test uses
// answers of its own, about a fishing harbour and its neighbours.
import { describe, expect, it } from 'vitest';
import { rulesOn } from '../../../test/helpers/notes.js';
import { readAnswers } from '../analyse.js';
import { kitOf, notesOf, toKitQuestion } from '../eval.js';
import { loadQuestionBank } from '../../interview/index.js';
import { getTerms } from '../terms.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';
import { specificityFindings } from './specificity.js';

const degradation = (text: string) => rulesOn('rf-degraded-in-production', text, degradationFindings);
const failure = (text: string) => rulesOn('rf-failure-learned', text, failureFindings);
/** Vagueness is read on the answer as written (not in the candidate's voice), as analyse.ts reads it. */
const vague = (text: string) => {
  const q = toKitQuestion(loadQuestionBank().find((b) => b.id === 'mlops-serving-design')!);
  const [read] = readAnswers({ text: notesOf({ text }, q), format: 'text' }, kitOf([q]));
  return specificityFindings(read!.answer, { terms: getTerms() }).map((f) => f.rule);
};

describe('notes/rules: the candidate’s own part noted as not said', () => {
  it.each([
    ['"no word on his own part"', '- harbour berth-booking forecast; set far too many berths free for the regatta week, trawlers turned away\n- "the harbourmaster\'s spreadsheet was out of date, that was the problem"\n- no word on his own part\n- now: the spreadsheet is compared with the berth log before every run'],
    ['"no mention of anything she decided"', '- fish-auction price model; set the reserve price too high for a month, buyers went elsewhere\n- put it down to "the auction house feed was late"\n- no mention of anything she decided\n- now: she checks the feed date before every run'],
  ])('finds no ownership in %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_ownership']);
  });

  it('reads "I just used what I was given" under the heading for their part as a defence, in both phrasings', () => {
    const text = '- ice-plant demand for the harbour; the plant made double the ice needed all summer\n- "the boats gave us landings that counted each catch twice"\n- asked his part: "I just used what I was given"\n- asked what he does differently: "not much I could have done"';
    const nonNative = '- ice-plant demand for the harbour; the plant made double the ice needed all summer\n- "the boats gave us landings what counted each catch two times"\n- asked his part: "I only used what I was given"\n- asked what he does differently: "not much I could do"';
    expect(failure(text)).toEqual(['no_ownership', 'no_change']);
    expect(failure(nonNative)).toEqual(['no_ownership', 'no_change']);
  });

  it('still reads an act of their own as ownership (near miss)', () => {
    expect(failure('- harbour berth forecast; far too many berths free in regatta week\n- his part: "I used last year\'s calendar without checking the regatta date"\n- now: he checks the events calendar before every forecast')).toEqual([]);
  });

  it('reads "way under ... drivers angry" as a failure, and a general lesson as no change', () => {
    expect(failure('- fare estimates for a harbour water-taxi app, way under on night runs, skippers angry\n- "the business wanted it live in three weeks"\n- lesson: "communication between teams is really important"')).toEqual(['no_ownership', 'no_change']);
  });

  it('reads "next time I\'d probably" as an intention, not a change made, in both phrasings', () => {
    expect(failure("The crab-pot forecast I built missed the spring run, because I trained it on years when the run came in May. That was on me. Next time I'd probably look at the tide tables a bit more.")).toEqual(['no_change']);
    expect(failure('The crab-pot forecast I build missed the spring run, because I trained it on years when the run come in May. That was on me. Next time I would probably look the tide tables a bit more.')).toEqual(['no_change']);
    expect(failure('The crab-pot forecast I built missed the spring run because I trained it on May years. That was on me. Now I check the tide tables for every new season before training.')).toEqual([]);
  });
});

describe('notes/rules: degradation cases said with counts and weights', () => {
  it('reads "~30 alerts a day instead of 2-3" as a case with a measure', () => {
    expect(degradation('- anomaly model on the harbour crane sensors\n- the crane crews noticed it was raising ~30 alerts a day instead of 2-3 after the winter storms\n- she retrained it with a wind feature; back to ~3 a day')).toEqual([]);
  });

  it('reads "ran ~2 kg heavy" as a case, and "we\'re aware of it" as no action', () => {
    expect(degradation('- catch-weight predictions for the fish market\n- warm summer: predictions ran ~2 kg heavy per crate\n- buyers spotted it, crate weights came in light against orders\n- action: "we\'re aware of it, it\'s on the list for next season"')).toEqual(['no_action']);
  });

  it('reads "none of mine has degraded yet" and a plan as no case', () => {
    expect(degradation("None of mine has degraded yet, the tide forecast has only been live since May. What I'd do is compute the PSI on the wind features every week and alert above 0.2.")).toEqual(['no_degradation_example']);
  });
});

describe('notes/rules: buzzwords in notes are vague', () => {
  it.each([
    ['buzzwords with one term of art', '- "make it cloud-native and scalable, follow best practices for deployment"\n- "robust monitoring and a proper rollback strategy, industry standard"\n- asked for packaging, numbers, rollout steps: repeated the above'],
    ['the interviewer’s question naming a term', '- said he\'d use "a modern cloud-native architecture" that "scales elastically"\n- "best-in-class observability", "robust CI/CD"\n- asked how he\'d meet the latency: "by following best practices and optimising where needed"'],
    ['a note of parts not named', '- "ingest the data, clean it, validate it, then build the table"\n- "make sure quality is good at every step and it\'s all automated"\n- no stages named, no checks named, nothing on the three sources when asked'],
  ])('finds %s vague', (_name, text) => {
    expect(vague(text)).toEqual(['vague']);
  });

  it('does not find a design with its parts named vague (near miss)', () => {
    expect(vague('- FastAPI service in a Docker image on Kubernetes, two replicas behind the load balancer\n- p95 latency target 80 ms, canary at 5% for an hour, rollback on error rate\n- best practices: "pin the model version in the registry"')).toEqual([]);
  });
});
