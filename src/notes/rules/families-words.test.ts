// Words of a plain explanation as the seventh and eighth held-out sets said
// them: acronyms everyone knows, acronyms with a small letter inside or
// written small in a caption, a word that is a term of art in one sense
// only, and the sentences a listener hears in a transcript without stops.
// Each test builds its own sentences.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import { spokenLengths } from '../spoken.js';
import { getTerms } from '../terms.js';
import type { Answer } from './common.js';
import { plainFindings } from './plain.js';

function answer(text: string): Answer {
  const sentences = sentencesOf([{ text, place: { line: 1 } }]);
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const ctx = { terms: getTerms() };
const rules = (text: string) => plainFindings(answer(text), ctx).map((f) => f.rule);
const acronymMessage = (text: string) => plainFindings(answer(text), ctx).find((f) => f.rule === 'acronym')?.message;

const PARTS = 'The depot managers use it to choose which lifts get a visit first. It reads the door logs. It gives each lift a score. It misses about one breakdown in ten.';
const CAPTION_PARTS = 'so the depot managers use it to choose which lifts get a visit first. it reads the door logs and it gives each lift a score. it misses about one breakdown in ten.';

describe('notes/rules: acronyms everyone knows, and ones with a small letter inside', () => {
  it.each([
    ['A&E', 'Patients wait in A&E for a lift to the ward.'],
    ['GPS', "It also uses the van's GPS position."],
    ['ETA', 'The ETA goes to the customer.'],
  ])('takes %s as everyday', (_name, sentence) => {
    expect(rules(`${PARTS} ${sentence}`)).toEqual([]);
  });

  it('finds an acronym with a small letter inside, unless it is expanded', () => {
    expect(acronymMessage(`${PARTS} We measured it by IoU on old photos.`)).toBe('IoU is used without saying what it stands for.');
    expect(acronymMessage(`${PARTS} We measured it by intersection over union (IoU) on old photos.`)).toBeUndefined();
    expect(acronymMessage(`${PARTS} We track its mAP every week.`)).toBe('mAP is used without saying what it stands for.');
  });
});

describe('notes/rules: an acronym explained in the same breath', () => {
  it.each([
    ['by an apposition', 'Each belt is run by a PLC, the little computer that switches the motors.'],
    ['by a gloss in quotes', 'It uses OCR, "reading the text off the photo", on each label.'],
    ['by a gloss in brackets', 'Each belt is run by a PLC (the little box that switches the motors).'],
    ['by "that means" and what it does', 'It uses RAG, that means it first finds the pages that match your question.'],
    ['by "which is" a few words on', 'We run a YOLO model on that, which is a kind of model that draws boxes round parts.'],
    ['spelled out later in the sentence', 'She mentioned an NLP step and straight away said it means natural language processing.'],
  ])('is no bare acronym when explained %s', (_name, sentence) => {
    expect(acronymMessage(`${PARTS} ${sentence}`)).toBeUndefined();
  });

  it.each([
    ['an apposition that is no gloss', 'Each belt is run by a PLC, and the engineers watch it.'],
    ['a quote of two words', 'It uses OCR, "mostly fine", on each label.'],
    ['a two-letter acronym far from words that happen to spell it', 'We checked the ML output against the older model built last year by marketing.'],
  ])('is still a bare acronym with %s', (_name, sentence) => {
    expect(acronymMessage(`${PARTS} ${sentence}`)).toMatch(/is used without saying what it stands for/);
  });

  it('takes CCTV as everyday', () => {
    expect(rules(`${PARTS} The cameras are ordinary CCTV.`)).toEqual([]);
  });
});

describe('notes/rules: acronyms written small in a caption transcript', () => {
  it('finds one no English word could be, and not units, short words or everyday ones', () => {
    expect(acronymMessage(`${CAPTION_PARTS} it also reads the ndvi from the satellite.`)).toBe('NDVI is used without saying what it stands for.');
    expect(acronymMessage(`${CAPTION_PARTS} by the time the van arrives it has driven ten km with a hundred kg of parts of each type.`)).toBeUndefined();
    expect(acronymMessage(`${CAPTION_PARTS} the gps on the van helps too.`)).toBeUndefined();
  });

  it('takes a small acronym said what it is as explained', () => {
    expect(acronymMessage(`${CAPTION_PARTS} it also reads the ndvi which is a greenness score from the satellite.`)).toBeUndefined();
  });

  it('reads capitals as usual once the answer has any', () => {
    expect(acronymMessage(`${PARTS} it also reads the ndvi from the satellite.`)).toBeUndefined();
  });
});

describe('notes/rules: a word that is a term of art in one sense only', () => {
  it('reads the soil temperature as an ordinary word and the sampling temperature as a term', () => {
    expect(ctx.terms.find('It looks at the soil temperature and the rain.')).toEqual([]);
    expect(ctx.terms.find('We set the sampling temperature low.').map((h) => h.kind)).toEqual(['technical']);
  });
});

describe('notes/spoken: the sentences a listener hears in a transcript without stops', () => {
  it('breaks where a new clause starts with nothing linking it', () => {
    const said = 'the app takes the satellite pictures and the soil type for each field every evening it tells the farmer how much to water where it goes wrong is cloudy days the model only guesses then';

    expect(spokenLengths(said)).toEqual([15, 8, 7, 5]);
  });

  it('keeps a chain of clauses linked by and, so, then and if as one run-on', () => {
    const said = 'the owner has to order the papers so what the model does is it looks at who cancelled and then it gives her a number and if it is too low someone rings up and if it is too high she sends some back';

    expect(spokenLengths(said)).toEqual([44]);
  });

  it('breaks before an unlinked when- or if-clause, not inside it', () => {
    expect(spokenLengths('when it is too low people wait on hold and complain when it is too high we pay people to sit there')).toEqual([11, 11]);
  });

  it('reads "it" after a verb as its object and "its" before a noun as a possessive', () => {
    expect(spokenLengths('we put it on the van each morning and use it every day')).toEqual([13]);
    expect(spokenLengths('it looks at the lift its age and its trips')).toEqual([10]);
    expect(spokenLengths('it looks at the lift its only guessing for new ones')).toEqual([5, 6]);
  });

  it('reads a caption with a filler comma or two in its spoken sentences, and a written sentence with its commas as written', () => {
    const captioned = 'so, um, the depot has four vans and the manager plans the rounds every morning the model looks at the orders and the weather it gives her a number of loaves for each shop it is wrong about one day in ten, roughly';
    const written = 'The depot has four vans, the manager plans the rounds every single morning before six, the model looks at the orders and the weather for the week, it gives her a number of loaves for each shop, and it is wrong about one day in ten.';

    expect(rules(captioned)).not.toContain('long_sentences');
    expect(rules(written)).toContain('long_sentences');
  });

  it('flags a caption run-on and not a caption of short unlinked clauses', () => {
    const runOn = 'so the owner has to work out every morning how many papers to order and for which rounds so what the model does is it looks at who cancelled and what sold last week and then it gives her a number of copies for each round and if it is too low someone rings up';
    const clauses = 'so the owner has to work out every morning how many papers to order for each round the model looks at who cancelled and what sold last week it gives her a number of copies for each round it is too low now and then';

    expect(rules(`${runOn} and she is wrong about one day in ten`)).toContain('long_sentences');
    expect(rules(clauses)).not.toContain('long_sentences');
  });
});
