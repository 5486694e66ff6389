import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiddenFlag, yearsFlag } from './cv-flags.js';
import { HIDDEN_REASONS, type HiddenText } from './types.js';

/** Characters generators print as decoration: bullets, separators, arrows, icon glyphs, pictographs, zero-width, digits. */
const DECORATION = [...'•·▪►⋄◦●○■□◆★☆✓✔✗→←↑↓|/\\-–—_~:;.,()[]{}0123456789 ', '\uf0b7', '\uf0e0', '\ue900', '\u200b', '\ufeff', '\u{1F4E7}', '\u260e', '\ufb01'];

const decorative = fc.array(fc.constantFrom(...DECORATION), { minLength: 1, maxLength: 30 }).map((cs) => cs.join(''));
/** Decoration with lone letters in it ("o" bullets, "l" in Wingdings), never two letters in a row. */
const withLoneLetters = fc
  .array(fc.tuple(decorative, fc.constantFrom('o', 'l', 'n', 'x', 'R', 'é')), { minLength: 1, maxLength: 5 })
  .map((pairs) => pairs.map(([d, l]) => ` ${d} ${l} `).join(''));

describe('cv/cv-flags', () => {
  it('never flags hidden decoration, whatever the reason it is hidden', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(decorative, withLoneLetters), fc.constantFrom(...HIDDEN_REASONS)), { maxLength: 20 }), (pieces) => {
        const hidden: HiddenText[] = pieces.map(([text, reason]) => ({ text, reason, page: 1 }));
        expect(hiddenFlag(hidden)).toBeUndefined();
      }),
    );
  });

  it('flags hidden words the visible text does not say, and names the skills among them', () => {
    const flag = hiddenFlag(
      [
        { text: '\u2022', reason: 'tiny-font' },
        { text: 'Python', reason: 'same-colour-as-background' },
        { text: 'Kubernetes TensorFlow', reason: 'covered' },
      ],
      ['Skills: Python'],
    );

    expect(flag).toEqual({
      kind: 'hidden-text',
      message: '1 piece(s) of text a reader cannot see (covered) were left out of the claims; it names Kubernetes, TensorFlow',
      words: ['Kubernetes TensorFlow'],
    });
  });

  it('never flags a stated total at or under what the roles cover', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.float({ min: 0, max: 20, noNaN: true }), (stated, extra) => {
        expect(yearsFlag(stated, stated + extra)).toBeUndefined();
      }),
    );
  });

  it.each([
    [10, 3, true],
    [5, 3.1, false],
    [15, 9.8, true],
    [20, 15, false],
    [3, 0.5, true],
  ])('yearsFlag(stated %d, covered %d) flags: %s', (stated, covered, flagged) => {
    expect(yearsFlag(stated, covered) !== undefined).toBe(flagged);
  });
});
