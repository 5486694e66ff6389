// The four parts of a plain explanation said in the ways the fifth and sixth
// held-out sets showed: each test builds its own sentences for one family.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import type { Answer } from './common.js';
import { partsSaid } from './plain-parts.js';
import { plainFindings } from './plain.js';
import { getTerms } from '../terms.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const missing = (text: string) => ['purpose', 'input', 'output', 'tradeoff'].filter((p) => !partsSaid(answer(text)).has(p as never));

const PURPOSE = 'The planners use it to choose which vans go out first.';
const INPUT = 'It reads the delivery notes.';
const OUTPUT = 'It gives each van a route.';
const TRADEOFF = 'It is wrong about one day in ten.';

describe('notes/rules: purpose said through who uses the output and for what', () => {
  it('finds no purpose in the other three parts alone', () => {
    expect(missing(`${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual(['purpose']);
  });

  it.each([
    ['a role acting on it', 'Before the round, the night nurse sees the list.'],
    ['the work people have to do', 'The dispatchers have to decide which vans leave first.'],
    ['helping someone spot something', 'It helps the depot spot late loads.'],
    ['who it is for', "It's for our dispatchers."],
    ['an alert to a team', 'It pages the on-call team.'],
  ])('finds the purpose in %s', (_name, sentence) => {
    expect(missing(`${sentence} ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
  });

  it('finds no purpose in what the model stores', () => {
    expect(missing(`It stores orders in a table. ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual(['purpose']);
  });

  it('finds no purpose in business words', () => {
    expect(missing(`It drives smarter decisions and gives them a lot of value and visibility going forward. ${INPUT} ${OUTPUT} ${TRADEOFF}`)).toEqual(['purpose']);
  });
});

describe('notes/rules: input said as what someone types, what it listens for, what it is worked out from', () => {
  it('finds no input in the other three parts alone', () => {
    expect(missing(`${PURPOSE} ${OUTPUT} ${TRADEOFF}`)).toEqual(['input']);
  });

  it.each([
    ['what someone types in', 'The clerk types in what the driver says.'],
    ['what it is worked out from', "It's worked out from the last month of orders."],
    ['what we fed it', 'We fed it the van sizes and the addresses.'],
    ['a sensor picking something up', 'A small sensor in each van picks up the speed.'],
    ['what it listens for', 'It listens at night for the rattle of a loose wheel.'],
    ['what it was trained on, counted in words', 'It was trained on about two thousand old routes.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${sentence} ${OUTPUT} ${TRADEOFF}`)).toEqual([]);
  });

  it.each([
    ["a person's check", 'Then someone checks with a handheld meter.'],
    ['being on call', 'A mechanic is on call.'],
  ])('finds no input in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${sentence} ${OUTPUT} ${TRADEOFF}`)).toEqual(['input']);
  });
});

describe('notes/rules: output said as what someone receives', () => {
  it('finds no output in the other three parts alone', () => {
    expect(missing(`${PURPOSE} ${INPUT} ${TRADEOFF}`)).toEqual(['output']);
  });

  it.each([
    ['what people get', 'The planners get a list each morning.'],
    ['what someone is getting, without articles', 'Planner is getting list of vans every morning.'],
    ['what it gives them', 'It gives them a likely day.'],
    ['"out comes"', 'Out comes a percentage.'],
    ['a bare yes or no', 'Yes or no for each van.'],
    ['an outline drawn', 'It draws a box around each late load.'],
    ['words typed out', 'It types out the address.'],
    ['what the screen shows', 'The screen shows the five best routes.'],
  ])('finds the output in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${sentence} ${TRADEOFF}`)).toEqual([]);
  });

  it.each([
    ['a person deciding', 'The planners have to decide where the vans go.'],
    ['an output word used as a noun', 'It also reads the marks the drivers got last year.'],
    ['what we show the model', 'We show the model a photo of each van.'],
  ])('finds no output in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${sentence} ${TRADEOFF}`)).toEqual(['output']);
  });
});

describe('notes/rules: a trade-off said as a weak spot or a choice', () => {
  it('finds no trade-off in the other three parts alone', () => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT}`)).toEqual(['tradeoff']);
  });

  it.each([
    ['not perfect', "It isn't perfect."],
    ['harsher on some people', 'It is harsher on new drivers.'],
    ['the tricky part', 'The tricky part is roadworks.'],
    ['leaning one way', 'It leans towards short routes, so far-off villages get left out.'],
    ['poor on some days', "It's poor on snow days."],
    ['no idea of something', 'It has no idea about roadworks.'],
    ['crying wolf', 'It cries wolf in winter.'],
    ['a choice between two goods', 'Tighter means fewer late vans, but we turn away some orders.'],
    ['over-doing something', 'It tends to over-book the big vans.'],
  ])('finds the trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual([]);
  });

  it.each([
    ['"I don\'t know" as a hedge', "There are, I don't know, two hundred vans."],
    ['what people find easy to miss', "It finds the kind of delay that's easy to miss."],
    ['more of a good thing', 'More data means better routes.'],
  ])('finds no trade-off in %s', (_name, sentence) => {
    expect(missing(`${PURPOSE} ${INPUT} ${OUTPUT} ${sentence}`)).toEqual(['tradeoff']);
  });
});

describe('notes/rules: jargon and acronyms of model internals', () => {
  const rules = (text: string) => plainFindings(answer(`${PURPOSE} ${INPUT} ${OUTPUT} ${TRADEOFF} ${text}`), { terms: getTerms() }).map((f) => f.rule);

  it('counts architectures, losses and error measures as terms of art', () => {
    expect(rules('Under the hood it is a convolutional network with attention pooling, tuned for high sensitivity.')).toEqual(['jargon']);
    expect(rules('It is an LSTM autoencoder, and we rank by reconstruction error.')).toEqual(['jargon', 'acronym']);
  });

  it('takes an acronym said what it is in passing as explained, and an everyday one inside a term of art as not', () => {
    expect(rules('It also looks at NDVI, which is a greenness score from satellite photos.')).toEqual([]);
    expect(rules('We checked it with a PR curve.')).toEqual(['acronym']);
    expect(rules('The PR team sends the list on.')).toEqual([]);
  });
});
