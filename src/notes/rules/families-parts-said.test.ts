// What information a model uses and what it gives, said in words a listener
// follows (issue 13, held-out 37 and 38): data named only in the answer's
// unexplained terms ("our SCADA data") or only by its owner or its past
// ("the grower's history", "what happened before") is no input; a note
// labelled with another part ("- inputs: ...", "- mistakes: ...") says that
// part, not the output; an interviewer's note that the terms were left bare
// is no content; "finds patterns" is a stock phrase. Each test builds its own
// answers around a greenhouse watering model none of the labelled sets
// describes, with a near miss and a non-native phrasing beside each.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../sentences.js';
import { getTerms } from '../terms.js';
import type { Answer } from './common.js';
import { plainFindings } from './plain.js';

/** An answer of one line per sentence group; a line opening on "-" is an interviewer's note. */
function answer(text: string): Answer {
  const sentences = text
    .split('\n')
    .flatMap((line, i) => sentencesOf([{ text: line, place: { line: i + 1 } }]).map((s) => (/^\s*-/.test(line) ? { ...s, note: true as const } : s)));
  return { sentences, words: sentences.reduce((n, s) => n + s.words, 0) };
}
const ctx = { terms: getTerms() };
const rules = (text: string) => plainFindings(answer(text), ctx).map((f) => f.rule);

const PURPOSE = 'The growers use it to decide when to water each greenhouse.';
const OUTPUT = 'Every morning it gives a number of litres for each row.';
const TRADEOFF = 'It waters too much on cloudy days, so the roots can rot.';
const withInput = (sentence: string) => [PURPOSE, sentence, OUTPUT, TRADEOFF].join(' ');

describe('notes/rules: an input named only in unexplained terms is none', () => {
  it.each([
    ['data named by a bare acronym', 'It is trained on our SCADA data.'],
    ['a list of bare acronyms', 'It uses the VPD and the EC history.'],
    ['the same, non-native', 'Model is train on our SCADA data.'],
  ])('raises no_input on %s', (_name, sentence) => {
    expect(rules(withInput(sentence))).toContain('no_input');
  });

  it.each([
    ['information in plain words', 'It reads the soil moisture sensors and the weather forecast.'],
    ['the same, non-native', 'It read the soil moisture sensor and weather forecast.'],
    ['a bare acronym beside plain information', 'It reads the VPD, the soil moisture sensors and the weather forecast.'],
    ['a bare acronym naming a kind of information anyone knows', 'It uses the GFS forecast.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(rules(withInput(sentence))).not.toContain('no_input');
  });

  it("reads an interviewer's note that the terms were left bare as no content", () => {
    const notes = (input: string) =>
      ['- for the growers, who decide when to water each greenhouse', input, '- output: a number of litres per row each morning', '- mistakes: waters too much on cloudy days, so roots rot'].join('\n');
    expect(rules(notes('- input, his words: "the VWC and the EC"; no plain version when asked'))).toContain('no_input');
    expect(rules(notes('- input, his words: "the soil moisture and the sunshine"'))).not.toContain('no_input');
  });
});

describe('notes/rules: data named only by its owner or its past is none', () => {
  it.each([
    ["the owner's history", "It uses the grower's history."],
    ['what happened before', 'It learned from what happened before.'],
    ['the same, non-native', 'It learn from what happened before.'],
  ])('raises no_input on %s', (_name, sentence) => {
    expect(rules(withInput(sentence))).toContain('no_input');
  });

  it.each([
    ["the owner's history beside what it names", "It looks at the grower's history, what was planted and when."],
    ['the past said as what it was', 'It learns from what happened last season: how much water each row took.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(rules(withInput(sentence))).not.toContain('no_input');
  });

  it('reads a write-up that opens on the part it reports', () => {
    const writeUp = (said: string) =>
      `She explained the watering model for the growers, who decide when to water each greenhouse. On what it uses, ${said} ${OUTPUT} ${TRADEOFF}`;
    expect(rules(writeUp('she said only that it looks at everything we hold on the greenhouse.'))).toContain('no_input');
    expect(rules(writeUp('she said it looks at the soil moisture sensors.'))).not.toContain('no_input');
  });
});

describe('notes/rules: a note labelled with another part says that part', () => {
  const notes = (...lines: string[]) => ['- for the growers, who decide when to water each greenhouse', '- inputs in plain words: soil moisture, and how much sun each row gets a day', ...lines].join('\n');

  it('finds no output in the inputs and the mistakes', () => {
    expect(rules(notes('- mistakes: a dry row gets a warning too late, and the plants wilt'))).toContain('no_output');
    expect(rules(notes('- trade-off he did give: a dry row gets a warning too late'))).toContain('no_output');
  });

  it('finds the output in its own note', () => {
    expect(rules(notes('- output: a warning for each dry row', '- mistakes: a dry row gets a warning too late, and the plants wilt'))).not.toContain('no_output');
  });

  it('still finds whom it is for beside another part', () => {
    const text = ['- inputs: soil moisture and the weather forecast', '- output: a number of litres per row, which the growers use to plan the watering', '- mistakes: too much water on cloudy days'].join('\n');
    expect(rules(text)).not.toContain('no_purpose');
  });
});

describe('notes/rules: "finds patterns" says nothing it gives', () => {
  it.each([
    ['a stock phrase', 'It looks at the soil moisture sensors and finds hidden patterns in the data.'],
    ['the same, non-native', 'It look at the soil moisture sensors and find hidden patterns in the data.'],
  ])('raises no_output on %s', (_name, sentence) => {
    expect(rules([PURPOSE, sentence, TRADEOFF].join(' '))).toContain('no_output');
  });

  it('finds the output when it is said', () => {
    expect(rules([PURPOSE, 'It looks at the soil moisture sensors and gives a list of the rows that need water.', TRADEOFF].join(' '))).not.toContain('no_output');
  });
});
