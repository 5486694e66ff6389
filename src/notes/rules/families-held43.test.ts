// Whom a plain explanation is for, as held-out 43 and 44 said it, in general:
// told or given to anyone by role ("gives skippers a colour", "shows each
// reader twelve stories"), not from them ("the pings from the drivers'
// phones"); a panel, an agency or a committee as users; an article or an
// auxiliary dropped by a non-native speaker ("agency send hay", "so
// physicists not lose a week", "manager is booking"); a hyphenated act ("the
// officer double-checks those"); a goal as more of something; no user in
// the people who make its data ("the photos the divers take"). Each test
// uses sentences of its own about a harbour's ferry crossings.
import { describe, expect, it } from 'vitest';
import { partsMissing } from '../../../test/helpers/notes.js';

const missing = (part: string, text: string, note = false) => partsMissing(text, note).includes(part);

describe('notes/rules: whom it is for, as held-out 43 and 44 said it', () => {
  it.each([
    ['given to people by role', 'The model gives skippers a red, amber or green for each crossing.'],
    ['shown to each traveller', 'The booking page shows each traveller three sailings to try.'],
    ['a panel given a list', 'It gives the panel a short list of the crossings most likely to run late.'],
    ['an agency acting on it', 'The agency sends extra boats to the highest numbers first.'],
    ['the same without the article', 'Agency send extra boats to highest numbers first.'],
    ['so people need not', "It marks the late sailings so the harbour staff don't waste a morning."],
    ['the same with a bare not', 'It mark the late sailings so harbour staff not lose one morning.'],
    ['a manager booking from it', 'The ferry manager books the extra crew from that.'],
    ['the same in the progressive', 'Ferry manager is booking extra crew from this.'],
    ['a hyphenated check', 'limit: quiet crossings get green too easily; the harbour officer double-checks those'],
    ['a goal as more of something', 'The ferry team wants more travellers taking the early boat.'],
  ])('finds the purpose in %s', (_name, text) => {
    expect(missing('purpose', text)).toBe(false);
  });

  it.each([
    ['the people who make its data', "It takes the wind at each pier and the photos the deckhands take every fortnight. It gives a date for each ferry's repaint."],
    ['pings from people', "- model takes the gps pings from the drivers' phones and the ticket counts per trip\n- output: expected passengers per crossing per hour"],
    ['a panel that is a thing', 'It reads the control panel each minute and gives a number for each crossing.'],
  ])('finds no purpose in %s', (_name, text) => {
    expect(missing('purpose', text, text.startsWith('-'))).toBe(true);
  });
});
