// Families the thirteenth and fourteenth held-out sets showed, each tested
// with sentences of its own about a hot-air balloon operator's models none
// of the sets describes.
import { describe, expect, it } from 'vitest';
import { answerOf, partsMissing } from '../../../test/helpers/notes.js';
import { inCandidateVoice } from './common.js';
import { degradationFindings } from './degradation.js';
import { failureFindings } from './failure.js';
import { partsSaid } from './plain-parts.js';

const degradation = (text: string, note = false) => degradationFindings(inCandidateVoice(answerOf(text, note))).map((f) => f.rule);

describe('notes/rules: a degradation case as the thirteenth and fourteenth sets told it', () => {
  it.each([
    ['an amount in any unit', 'The landing-site forecast came out about 30 cm too low on the wind gusts. The pilots rang to say so. I retrained it with the new anemometer.'],
    ['a count of bad outcomes in a period', 'The flight model went off: it said calm and the authority closed the field twice in a month. The chief pilot noticed it. I retrained it with the new anemometer.'],
    ['words against words', 'The weather notes grew to three hundred words, when the pilots wanted about a hundred and twenty. The pilots complained within days. I added a word limit and the average went back to about a hundred and thirty.'],
    ['a range too low', 'After the new schedule the forecast was 8-10 flights too low on Saturdays. The office manager noticed it. I retrained it on the new schedule.'],
  ])('finds a measure in %s', (_name, text) => {
    expect(degradation(text)).toEqual([]);
  });

  it.each([
    ['"revenue ... 18% down"', '- second season: revenue per flight about 18% down on the first\n- the office noticed it in the monthly accounts\n- retrained on the second season'],
    ['"felt worse"', '- after the move online, the bookings team said wrong-date refunds felt worse, about 30% more\n- the bookings team told her\n- retrained on online bookings only'],
    ['"under-predicted"', '- the queue model under-predicted by 20% at the new launch field\n- noticed at the 2 pm phone-in\n- switched to the current field list and reran it'],
  ])('reads a case in notes: %s', (_name, text) => {
    expect(degradation(text, true)).toEqual([]);
  });

  it('reads drift said of all models as no case, and a number as one', () => {
    expect(degradation('- said the wind model "definitely degraded over time, as all models do"\n- "we kept an eye on it and made improvements where needed"', true)).toEqual(['no_degradation_example']);
  });

  it('takes a model of its own, or a cut by hand in a note, as an action', () => {
    expect(degradation('After we bought two new balloons, the fuel estimates got 20% worse for those two. The pilots noticed it. We gave the new balloons their own model.')).toEqual([]);
    expect(degradation('- after the ban, autumn bookings fell and the forecast was 40% too high\n- the office manager noticed it\n- cut the forecast by hand for the rest of that season', true)).toEqual([]);
  });

  it('does not read a training span or a schedule as a measure', () => {
    expect(degradation('The delivery model went off after the new depot opened. The dispatch team told us. We added the depot and retrained on the six weeks since it opened.')).toEqual(['no_metric']);
  });
});

describe('notes/rules: the same content in non-native phrasing (held-out 13 and 14 pairs)', () => {
  const failure = (text: string) => failureFindings(answerOf(text)).map((f) => f.rule);
  const parts = (text: string) => [...partsSaid(answerOf(text))].sort();
  it('reads "looking if" as what it reads, and "it do mix the A and B" as a limit', () => {
    expect(parts('Model is looking if the basket was paid late.')).toContain('input');
    expect(parts('The model looks at whether the basket was paid late.')).toContain('input');
    expect(parts('It do mix the red balloons and orange balloons.')).toContain('tradeoff');
    expect(parts('It does mix up red balloons and orange balloons.')).toContain('tradeoff');
  });

  it('reads "cannot think about a failure" as turning the question aside', () => {
    expect(failure('Failures... I cannot really think about a real failure, honestly.')).toEqual(failure("I can't really think of a proper failure, to be honest."));
  });

  it('reads "now always I go first" as a change', () => {
    const story = 'I chose to predict burner faults one minute ahead and nobody used it. It was my choice, I did not ask the pilots.';
    expect(failure(`${story} Now always I go first to the hangar and ask what warning they can act on.`)).toEqual([]);
  });
});

describe('notes/rules: purposes and limits as the thirteenth and fourteenth sets said them', () => {
  const missing = partsMissing;
  const INPUT = 'It reads the wind readings and the bookings.';
  const OUTPUT = 'It gives each flight a go or no-go.';
  const LIMIT = 'It misses about one gusty morning in ten.';
  const PURPOSE = 'The pilots use it to decide which flights to cancel.';
  it.each([
    ['a role who receives it', 'The duty pilot gets a suggested call on their screen.'],
    ['what it makes happen', 'That way the passengers get told the night before.'],
    ['a role who needs it', 'The schedulers need it as one of four standard codes.'],
    ['a tool made for a role', "It's a recommender for the balloon club's members."],
    ['a role warned, with a possessive', "It warns the club's ground crew which basket to check."],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${LIMIT}`)).toEqual([]);
  });

  it.each([
    ['stricter than the people would be', "It's cautious and rates mornings higher than the pilots would."],
    ['calls on what was fine', 'Passengers get told to stay home on mornings that were fine.'],
    ['the danger or risk named', 'The risk we worried about most was it missing a sudden gust.'],
    ['a starting point, not the word', "We tell the pilots it's a starting point, not the final call."],
    ['worst after some times', 'It is worst after bank holidays.'],
  ])('finds the limit in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual([]);
  });

  it('reads a note labelled "limits" as a limit, and "limits: none given" as none', () => {
    expect(missing(`- ${PURPOSE}\n- ${INPUT}\n- ${OUTPUT}\n- limits: trained mostly on one field's mornings`, true)).toEqual([]);
    expect(missing(`- ${PURPOSE}\n- ${INPUT}\n- ${OUTPUT}\n- limits: none given when asked`, true)).toEqual(['tradeoff']);
  });
});

describe('notes/rules: outputs as the thirteenth and fourteenth sets said them', () => {
  const said = (text: string, note = false) => partsSaid(answerOf(text, note)).has('output');
  it.each([
    ['a text sent to a person on duty', 'It sends the pilot on duty a text saying which balloon and which reading.'],
    ['a count', 'It gives a count of torn panels for each envelope.'],
    ['a place on a map', '- each field goes on a map as safe / marginal / closed'],
  ])('finds the output in %s', (_name, text) => {
    expect(said(text, text.startsWith('-'))).toBe(true);
  });
});
