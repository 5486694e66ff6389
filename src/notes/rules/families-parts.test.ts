// The four parts of a plain explanation said in the ways the seventh and
// eighth held-out sets showed: each test builds its own sentences for one
// family, around a lift-maintenance model none of the sets describes.
import { describe, expect, it } from 'vitest';
import { normalise, sentencesOf } from '../sentences.js';
import type { Answer } from './common.js';
import { partsSaid } from './plain-parts.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const missing = (text: string) => ['purpose', 'input', 'output', 'tradeoff'].filter((p) => !partsSaid(answer(text)).has(p as never));

const PURPOSE = 'The depot managers use it to choose which lifts get a visit first.';
const INPUT = 'It reads the door sensor logs.';
const OUTPUT = 'It gives each lift a risk score.';
const TRADEOFF = 'It misses about one breakdown in ten.';

describe('notes/rules: purpose said as the decision it serves', () => {
  it('finds each part missing from the other three alone', () => {
    expect(missing(`${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual(['purpose']);
    expect(missing(`${PURPOSE} ${OUTPUT} ${TRADEOFF}`)).toEqual(['input']);
    expect(missing(`${PURPOSE} ${INPUT} ${TRADEOFF}`)).toEqual(['output']);
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT}`)).toEqual(['tradeoff']);
  });

  it.each([
    ['what to do, after the question word', 'On Mondays the managers decide on the spot where to send the two vans.'],
    ['how many to put on', 'It works out how many engineers to put on each shift.'],
    ['the work a list directs', 'Out comes a short list of lifts to inspect by hand.'],
    ['people working a queue', 'The engineers work the queue from the top.'],
    ['what it says to someone named', 'The alert goes to the duty engineer, saying which lift to check.'],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${TRADEOFF}`)).not.toContain('purpose');
  });

  it.each([
    ['business words with their clause', 'It helps people make better, faster, data-driven decisions.'],
    ['efficiency words', 'It helps the depot be more efficient.'],
    ['what is told to a general "you"', 'It gives you how many lifts will break each week.'],
    ['what nobody is told', 'Most tenants never tell anyone which lift is slow.'],
    ['people in a reason, not acting on it', 'It is high on Mondays because people book visits and then cancel.'],
    ['which ones it tends to get wrong', 'It is poor with old lifts, which it tends to score too low.'],
  ])('finds no purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toContain('purpose');
  });
});

describe('notes/rules: input said as what it works from', () => {
  it.each([
    ['what it works from', 'It works from how long each lift has run since its last service.'],
    ['what it does, said as a cleft', 'What the model does is take the door logs and the trip counts.'],
    ['sensors put in place', 'We put vibration sensors on every motor.'],
    ['data counted in bulk', 'The engineers take thousands of photos a year.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${sentence} ${OUTPUT} ${TRADEOFF}`)).not.toContain('input');
  });

  it('finds no input in "all the relevant data"', () => {
    expect(missing(`${PURPOSE} The model takes all the relevant data we have. ${OUTPUT} ${TRADEOFF}`)).toContain('input');
  });
});

describe('notes/rules: output said as a mark, a message or what comes from the model', () => {
  it.each([
    ['a mark drawn with a colour', 'It draws a red ring round any lift at risk.'],
    ['a mark put next to names', 'It puts a star next to the lifts to visit.'],
    ['a mark received', 'Each lift on the board gets a little coloured dot.'],
    ['what it says', 'It says which lifts will stop this week.'],
    ['a message to someone', 'The office texts you a two-hour slot.'],
    ['what comes from the model', 'That slot comes from the model.'],
    ['what a screen somewhere shows', 'The tablet in the van shows a list of lifts.'],
    ['what someone gets back', 'What the manager gets back is a date for each lift.'],
  ])('finds the output in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${sentence} ${TRADEOFF}`)).not.toContain('output');
  });

  it.each([
    ['a forecast it reads', 'It also looks at the weather forecast for the week.'],
    ['returns in its history', "It looks at the building's past returns and repairs."],
    ['a role deciding', 'The head engineer decides each week how much stock to carry.'],
    ['an everyday verb far from its object', 'It looks at how many trips each lift makes a day, its age and when it was serviced.'],
    ['a person plans around it', 'The engineers plan their week around what it says.'],
  ])('finds no output in %s', (_name, sentence) => {
    expect(missing(`The depot managers use it for their rounds. ${INPUT} ${sentence} ${TRADEOFF}`)).toContain('output');
  });
});

describe('notes/rules: a trade-off said as where it is weak or how it is off', () => {
  it.each([
    ['a superlative weak spot', "It's weakest when a building has just been renovated."],
    ['weaker at a time of year', "It's weaker around Christmas."],
    ['no use for some cases', "It's not much use for brand-new lifts, more or less a coin toss."],
    ['what it cannot take in', "It doesn't really capture vandalism."],
    ['knowing nothing of something', 'It knows nothing about the weather.'],
    ['overshooting', 'It overshoots on Fridays.'],
    ['calmer than reality', "It's calmer than reality."],
    ['more than really are', 'It thinks more lifts are worn than really are.'],
    ['running behind', "So it's always running behind."],
    ['off quite a lot', "On hot days it's off quite a lot."],
    ['how often, in a number in words', 'It sends a van for nothing about one visit in fifty.'],
    ['its mistakes on the innocent', 'It does flag some perfectly healthy lifts.'],
    ['a call that then proves wrong', 'If it marks a lift that then runs fine, a van drives out for nothing.'],
  ])('finds the trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual([]);
  });

  it.each([
    ['what people missed, as an input', "It also looks at who's missed a service appointment."],
    ['the thing it predicts running out', 'It gives the date each lift will run out of oil.'],
    ['a thing switched off', 'The alarm is switched off at night.'],
  ])('finds no trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual(['tradeoff']);
  });
});

describe('notes/rules: limits, outputs and inputs said in other everyday ways', () => {
  it.each([
    ['where it falls over', 'Where it falls over is lifts in new buildings.'],
    ['being fooled', 'It gets fooled by a door wedged open.'],
    ['too little history', 'For a new building there is no history yet.'],
    ['what it has never seen', 'It has never seen a lift of that make.'],
    ['a guess, not a promise', "It's a rough guess, not a promise."],
    ['what it assumes', 'It assumes next month looks like last month.'],
    ['where only it works', 'It only works for lifts with the new door sensor.'],
    ['a person still checking', 'The engineers still check every red one.'],
    ['people overriding it', 'The planners can override it.'],
    ['cases that slip through', 'Some breakdowns slip through.'],
    ['a compromise', 'The visit window is a compromise.'],
  ])('finds the trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual([]);
  });

  it.each([
    ['a score in digits', 'It is about 94 percent accurate.'],
    ['the same score in words', "It's about ninety-four percent accurate, and the engineers love it."],
    ['no data scientist', 'There is no data science team, so we built it ourselves.'],
  ])('finds no trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual(['tradeoff']);
  });

  it.each([
    ['a map it gives', 'It gives the planners a map.'],
    ['a colour change', 'On the board each lift turns red or stays green.'],
    ['what people see', 'What they see is the next three lifts.'],
    ['something popping up', 'A warning pops up on the tablet.'],
  ])('finds the output in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${sentence} ${TRADEOFF}`)).not.toContain('output');
  });

  it('finds no output in a text someone gets', () => {
    expect(missing(`${PURPOSE} ${INPUT} The tenants whose lift is out get a text from the office. ${TRADEOFF}`)).toContain('output');
  });

  it.each([
    ['what it is fed', "It's fed the repair history."],
    ['what it pulls in', 'It pulls in the service rota.'],
    ['what goes in', 'What goes in is the age of each lift and its trips.'],
    ['everyday data', 'It uses the footfall and the breakdowns.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${sentence} ${OUTPUT} ${TRADEOFF}`)).not.toContain('input');
  });
});

describe('notes/sentences: fillers in a caption transcript without commas', () => {
  it.each([
    ['they decide on the friday like where to park', 'they decide on the friday where to park'],
    ['it went from like one in ten to like one in four', 'it went from one in ten to one in four'],
    ['the readings you know and the weather', 'the readings and the weather'],
  ])('reads "%s" without its fillers', (said, read) => {
    expect(normalise(said)).toBe(read);
  });

  it.each(['it looks like where people go', 'I like how it works', 'things like where they live'])('keeps a meaningful "like" in "%s"', (said) => {
    expect(normalise(said)).toBe(said);
  });
});
