// Specificity as the twenty-fifth and twenty-sixth held-out sets showed it:
// a quantity said in words ("about double") is a number; "a normal one" in a
// told story is no stock phrase; an interviewer's bracketed aside is not the
// candidate's; "no example when asked" is a note that the answer stayed
// general. Each test uses sentences of its own about a bakery's ovens.
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../test/helpers/notes.js';
import { getTerms } from '../terms.js';
import { specificityFindings } from './specificity.js';

const vague = (text: string, note = false) => specificityFindings(answerOf(text, note), { terms: getTerms() }).map((f) => f.rule);

describe('notes/rules: specifics said in words, and stock phrases that are not', () => {
  it('reads "about double" and "halved" as quantities, and "double-check everything" as none', () => {
    expect(vague('The bake-time model was fine in testing, then every loaf came out about double the time. A new sensor had been fitted and nobody told us. These things happen.')).toEqual([]);
    expect(vague('After the change the burnt batches halved within the season. It was slow going, and these things happen.')).toEqual([]);
    expect(vague("Honestly my problem is that I'm too careful. I double-check everything, so there are never mistakes in my work.")).toEqual(['vague']);
  });

  it('does not take "a normal one" in a told story for a stock phrase', () => {
    expect(vague('The oven model grouped a burnt tray with a normal one that looked almost the same. The normal one got sold, and the burnt one went out to the café as well.')).toEqual([]);
  });

  it("leaves out an interviewer's bracketed aside, and reads 'no example when asked' as the answer staying general", () => {
    const notes = ['- "basically it helps the bakery make better, data-driven decisions, it looks at lots of factors"', '- (CV: bakery chain, 4 shops)', '- pressed for which decision: "all sorts, really"'].join('\n');
    expect(vague(notes, true)).toEqual(['vague']);
    expect(vague(['- "tracking experiments is really important for the bakery"', '- "we tracked everything properly as a team"', '- no example when asked'].join('\n'), true)).toEqual(['vague']);
  });
});
