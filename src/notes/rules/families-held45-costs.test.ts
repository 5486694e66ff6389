// The cost of a plain explanation's mistakes and its limits, as held-out 45 and 46 said them, in general: what
// goes wrong when the output is off, said as a conditional ("if it's low, the kitchen runs out"), what a bad output
// means, a trip wasted, a change it is slow to follow, a day or two out, a choice between two costs, the hard cases;
// not a score or praise ("pretty accurate", "95% right"), an output's value that only says what happens next ("if
// the number is high, the manager books more staff"), a harm avoided, or the weather. Each test uses
// sentences of its own about a ski-hire shop that stocks boots for the weekend.
import { describe, expect, it } from 'vitest';
import { partsMissing } from '../../../test/helpers/notes.js';

const missing = (text: string, note = false) => partsMissing(text, note).includes('tradeoff');

describe('notes/rules: the cost of its mistakes, as held-out 45 and 46 said it', () => {
  it.each([
    ['a low output and its harm', "If it's low, the shop runs out of size nine boots by ten and skiers queue for an hour."],
    ['a short output and its harm', "If it's short, people wait at the counter and don't come back next winter."],
    ['the same without the auxiliary', 'If it short, people waits at counter and not come back next winter.'],
    ['a high reading and what it costs', 'If the count reads high, we pay a van to bring boots nobody hires.'],
    ['too hopeful, and a cost swallowed', "When it's too hopeful the shop eats the cost of the extra van."],
    ['a preference between two errors', "We'd rather it says a few boots too many."],
    ['too far one way, with a verb', 'If it orders too late, the Saturday rush finds empty shelves.'],
    ['what a bad output means', 'A bad guess means a family going home without skiing.'],
    ['the same with a slip of agreement', 'A bad guess mean a family going home without skiing.'],
    ['a trip wasted', 'If it says the shop needs boots and the racks are full, the driver has wasted a trip.'],
    ['slow to follow a change', "It's slow to catch up when a new resort opens up the valley."],
    ['the same without the auxiliary', 'It slow to catch up when new resort open up the valley.'],
    ['a few days out', "It's a day or two out in the school holidays."],
    ['a choice between two costs', 'Stormy weekends are the hard ones: order and you risk a shop full of boots, wait and you lose the customers.'],
    ['a limit in a note', '- a bad pick means the rental desk is short of boots all Saturday'],
  ])('finds a cost or a limit in %s', (_name, text) => {
    expect(missing(text, text.startsWith('-'))).toBe(false);
  });

  it.each([
    ['a score as praise', "It's pretty accurate and gives very good results."],
    ['a share right', "It works well, it's 95% right."],
    ['an output value and what follows', 'If the number is high, the manager books more staff for Saturday.'],
    ['a low output and the plan', "If it's low, the shop sends two boot fitters to the other branch."],
    ['a harm avoided', "It's so the drivers don't have a wasted trip and nobody waits at the counter."],
    ['the weather, not the output', "When it's too hot the snow goes slushy and people stay at home."],
    ['a bad season, not a bad output', 'A bad season means fewer tourists, so the shop needs a plan.'],
    ['a hedge of the candidate', "I'd rather not go into the maths."],
  ])('finds no cost or limit in %s', (_name, text) => {
    const answer = `The shop hires out ski boots. The model takes last winter's hires and the snow forecast and gives the manager a number of boots for each size. ${text}`;
    expect(missing(answer)).toBe(true);
  });

  it('gives a non-native twin the same parts as its fluent answer', () => {
    const fluent = "The shop hires out ski boots. The model takes last winter's hires and the snow forecast and gives the manager a number of boots for each size. If it's short, skiers wait an hour and don't come back.";
    const twin = 'The shop hire out ski boots. The model take hires of last winter and snow forecast and give manager number of boots for each size. If it short, skiers waits one hour and not come back.';

    expect(partsMissing(twin)).toEqual(partsMissing(fluent));
    expect(partsMissing(fluent)).not.toContain('tradeoff');
  });
});
