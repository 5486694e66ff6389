// The parts of a plain explanation as held-out 39 and 40 showed them, in
// general: a limit said as "now and then", "doesn't mean", a call life then
// contradicts, a cost "for nothing", a mis- verb, a check it cannot replace;
// an interviewer's question in a note ("- on mistakes:", "- asked when it gets
// it wrong:") or a note of absence ("no limitation given") that names the part
// without saying it; a Q/A question about mistakes answered with a case, or
// with how good it is; data named by its source alone ("it learns from the
// business"), a list whose next item is information, two sources joined, "look"
// as how a thing appears; a comparative or a machine that is no user. Each test
// uses sentences of its own about a council's gully-cleaning crews.
import { describe, expect, it } from 'vitest';
import { partsMissing } from '../../../test/helpers/notes.js';

const limitMissing = (text: string, note = false) => partsMissing(text, note).includes('tradeoff');
const inputMissing = (text: string, note = false) => partsMissing(text, note).includes('input');
const purposeMissing = (text: string, note = false) => partsMissing(text, note).includes('purpose');

describe('notes/rules: a limit said in everyday ways', () => {
  it.each([
    ['now and then', 'Now and then it sends a crew to a gully that was already clear.'],
    ['a reading the output does not license', "A red gully doesn't mean it will flood tonight."],
    ['the same in non-native phrasing', 'A red gully is not meaning it will flood tonight.'],
    ['a call life then contradicts', "If it says flood and there's nothing, the crew has driven out for no reason."],
    ['the same with grammar slips', 'If it say flood and there nothing, the crew have drove out.'],
    ['a cost for nothing', 'When it is wrong a crew is booked for nothing.'],
    ['a mis- verb', 'It misreads gullies under parked cars.'],
    ['a check it cannot replace', "We still do the full camera survey, because the score alone wouldn't stand up to the insurer."],
    ['the trouble', "The trouble is it's slow to notice a new housing estate."],
    ['a cost in a unit of work', 'A blocked gully it misses costs the crew half a shift.'],
    ['more than it expects', 'Old streets always have more silt than it expects, so those jobs overrun.'],
    ['people who feel pestered', 'Residents on the list feel pestered by the letters.'],
  ])('finds a limit: %s', (_name, sentence) => {
    expect(limitMissing(`The crews use it to pick which gullies to clear first. It looks at the rainfall and past complaints. It gives each gully a score. ${sentence}`)).toBe(false);
  });

  it('finds a limit in a Q/A note whose question asks for one and whose answer names a case', () => {
    const text = 'Q: who uses it? A: the drainage crews, to plan the week\nQ: what does it look at? A: rainfall and past complaints\nQ: when is it wrong? A: Narrow lanes. The van cannot park there.';
    expect(limitMissing(text)).toBe(false);
  });

  it.each([
    ['a note of the question, answered with praise', '- on mistakes: "the crews love it"; no limitation given'],
    ['a note asking when it goes wrong', '- asked when it gets it wrong: "it has been spot on all winter"'],
    ['a note that none was mentioned', '- no mistakes or limits mentioned'],
    ['a note that opens on "no limitation"', '- asked about mistakes: "it works really well"; no limitation or cost'],
    ['how often it is right', '- on mistakes: "it is right nine times out of ten"'],
  ])('finds no limit in %s', (_name, line) => {
    const text = `- the drainage crews use it to pick which gullies to clear first\n- uses rainfall and past complaints\n- output: a score per gully\n${line}`;
    expect(limitMissing(text, true)).toBe(true);
  });

  it('finds no limit in a Q/A answer that gives how good it is', () => {
    const text = 'Q: who uses it? A: the drainage crews, to plan the week\nQ: when is it wrong? A: "the AUC is 0.8, which is solid"';
    expect(limitMissing(text)).toBe(true);
  });

  it('still finds the limit a note gives after the question', () => {
    expect(limitMissing('- crews use it to pick gullies to clear\n- on mistakes: a wasted trip costs the crew half a day', true)).toBe(false);
  });
});

describe('notes/rules: what it reads, or only where it comes from', () => {
  it.each([
    ['a source named in place of data', '- asked what it uses, he said "it learns from the business"'],
    ['a label answered with nameless data and a clause of its own', '- inputs: "all our data, the model works out what matters"'],
    ['"look" as how a thing appears', '- wrong on gullies under trees, which look clear but are full of leaves'],
  ])('finds no input in %s', (_name, line) => {
    expect(inputMissing(`- drainage crews use it to pick which gullies to clear\n- gives a score per gully\n${line}`, true)).toBe(true);
  });

  it.each([
    ['a list whose next item is information', 'It reads the AVL traces of the vans in the depot and the weather forecast.'],
    ['two sources joined', 'We join the gully outlines with the street plans.'],
    ['measurements on each thing', 'Basically it is water level measurements on every gully.'],
  ])('finds the input in %s', (_name, sentence) => {
    expect(inputMissing(`The crews use it to pick which gullies to clear first. ${sentence} It gives each gully a score.`)).toBe(false);
  });
});

describe('notes/rules: whom it is for, and what only looks like a user', () => {
  it.each([
    ['a comparative before "for"', "It looks at rainfall and past complaints and gives a score per gully. It's weaker for new estates because it has no history for them."],
    ['a machine named with an agent ending', '- model for the compressors in the pumping stations\n- looks at rainfall and past complaints\n- output: a score per gully'],
    ['business words after a verb of giving', 'It brings together lots of different data and gives them better insights.'],
  ])('finds no purpose in %s', (_name, text) => {
    expect(purposeMissing(text, text.startsWith('-'))).toBe(true);
  });

  it('finds the purpose in what it ranks as work to do', () => {
    expect(purposeMissing('- model ranks the gullies to clear each week\n- looks at rainfall and past complaints', true)).toBe(false);
  });

  it('finds the purpose in field techs getting the list', () => {
    expect(purposeMissing('- field techs get a list of gullies each morning\n- looks at rainfall', true)).toBe(false);
  });
});
