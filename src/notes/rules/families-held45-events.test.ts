// Failures the forty-fifth and forty-sixth held-out sets told as events, with
// no word of failure in them, in general: a model's wrong output to many or
// for a while, a measure that fell, goods or people held, stranded or sent
// where nothing was, stale data, a change made without telling anyone, work
// redone; so the failure is named and the own part and the change are read.
// And the reverse: a strength offered as the failure ("too good", "a very
// high standard", "took on too much") names none, whatever is owned in
// telling it. Each test uses sentences of its own about a town's bus and
// ferry services.
import { describe, expect, it } from 'vitest';
import { rulesOn } from '../../../test/helpers/notes.js';
import { failureFindings } from './failure.js';

const failure = (text: string) => rulesOn('rf-failure-learned', text, failureFindings);

describe('notes/rules: failures told as events, as held-out 45 and 46 told them', () => {
  it.each([
    ['a wrong output to all, for a while', 'The fares model priced every student ticket as an adult one for three weeks. The ticketing supplier renamed their fare codes without telling anyone.'],
    ['people sent where nothing was', 'Our bus app sent riders to stops that did not exist any more. The council gave us an old file of the routes.'],
    ['the same, non-native', 'Our bus app was sending riders to stops which not exist any more. Council was giving us old file of routes.'],
    ['a measure that fell', 'The new timetable went out from the model and ticket sales on the night buses actually dropped. The depot had not briefed the drivers.'],
    ['goods held', '- ferry freight bookings, matching lorries to sailings\n- a batch of lorries held at the port because the bookings did not match\n- "the operator moved the sailing times on us"'],
    ['stock run out, and a team that said nothing', 'The demand forecast for the ferry café said a normal week, and we ran out of sandwiches by ten every morning. The events team knew about the festival and just did not tell us.'],
    ['work redone', 'The tagging tool put a third of the complaints under "other", and the clerks had to retag them by hand. The category list was agreed by everyone in a workshop.'],
  ])('names the failure and misses the own part in %s', (_name, text) => {
    const got = failure(text);

    expect(got).not.toContain('no_failure');
    expect(got).toContain('no_ownership');
  });

  it('reads a failure told as an event alike fluent and non-native', () => {
    expect(failure('Our bus app sent riders to stops that did not exist any more. The council gave us an old file of the routes.')).toEqual(failure('Our bus app was sending riders to stops which not exist any more. Council was giving us old file of routes.'));
  });

  it.each([
    ['an act told after the event', "The ferry model sent the extra crew to the wrong pier for a week. I'd changed the pier codes the day before. Now I run every code change against last week's rota before it goes live."],
    ['a check too narrow', 'The bus app told wheelchair users a ramp was at stops where it was not, and a driver caught it. I only tested it on the town-centre stops. Now every stop is checked against the council survey before a release.'],
    ['a call made too soon', 'I ended the fare trial after a week and we rolled out the cheaper night fare; revenue dropped nine per cent. I called it early. Now I fix the length of any trial before it starts.'],
    ['the cause called hers', '- her model flagged regular riders as fare dodgers for a fortnight\n- she said the cause was hers: she had joined on the card number only\n- since then: the join is on card and issue date, with a test for duplicates'],
  ])('reads the own part in %s', (_name, text) => {
    expect(failure(text)).toEqual([]);
  });

  it.each([
    ['a model too good', 'My failure was the ferry forecast being too good, really. It predicted the August rush so well that every sailing was full for three weeks and the crews were exhausted.'],
    ['care, with effort owned', 'My biggest failure is that I care too much about getting things perfect. On the bus timetables I kept improving things after everyone was happy, and I worked too late.'],
    ['a standard set too high', 'I hold my work to a very high standard. On the ferry model I spent five extra weeks pushing accuracy from 92 to 95 percent, and my manager said I should have shipped earlier.'],
    ['too much taken on', 'I took on too much. I said yes to the fares model, the crew rota and a dashboard at once, and I worked most weekends for a month.'],
    ['nothing failed, non-native', 'Honestly nothing what I built was really failing. The ferry model got 95 percent at first try.'],
  ])('finds no failure in %s', (_name, text) => {
    expect(failure(text)).toEqual(['no_failure']);
  });

  it('does not read an interviewer pushing for an example as the candidate owning something', () => {
    expect(failure('- said they see setbacks as chances to grow\n- pushed for one example: "nothing big comes to mind"')).toEqual(['no_failure']);
  });

  it('reads a change under its note label, not a general lesson under it', () => {
    const story = '- bus arrival boards showed the old timetable all weekend\n- "the scheduling vendor changed their export without telling anyone"\n';

    expect(failure(`${story}- change: now the duty manager checks the boards against the timetable each Friday`)).toEqual(['no_ownership']);
    expect(failure(`${story}- what changed: "be more careful with vendors"`)).toEqual(['no_ownership', 'no_change']);
  });

  it('reads a habit with "now" at its end as a change, and "nothing I do differently now" as none', () => {
    const story = 'The crew rota model put two skippers on the same ferry for a week because the leave file was an old copy. ';

    expect(failure(`${story}I do ask for the leave file's date up front now.`)).not.toContain('no_change');
    expect(failure(`${story}There is nothing I do differently now.`)).toContain('no_change');
  });
});
