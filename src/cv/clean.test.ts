import { describe, expect, it } from 'vitest';
import { cleanText, foldText, isGlyphGarbage } from './clean.js';

describe('cv/clean', () => {
  it.each([
    ['ligatures', 'ﬁrst classiﬁcation ﬂow ﬀ ﬃ ﬄ', 'first classification flow ff ffi ffl'],
    ['zero-width characters', 'Py\u200Bthon\u200D \uFEFFSQL', 'Python SQL'],
    ['private-use icon glyphs', '\uF0E0 alice@example.com', ' alice@example.com'],
    ['emoji icons', '📱 (555) 123-4567', ' (555) 123-4567'],
    ['leaked LaTeX icon macros', '\\faTrophy : Best paper', ' : Best paper'],
    ['Word hyphens (hyphen, soft hyphen, U+2010)', '555-\u00AD\u20105555', '555-5555'],
    ['a soft hyphen inside a line', 'high\u00ADimpact', 'high-impact'],
    ['tabs and no-break spaces', 'Dean\u00A0\t\rList', 'Dean List'],
  ])('cleans %s', (_, raw, expected) => {
    const cleaned = cleanText(raw);

    expect(cleaned).toBe(expected);
  });

  it('keeps a soft hyphen at the end of a line for the caller to join the word', () => {
    const cleaned = cleanText('submis\u00AD');

    expect(cleaned).toBe('submis\u00AD');
  });

  it('folds case and accents for comparison', () => {
    expect(foldText('  Expérience  Professionnelle ')).toBe('experience professionnelle');
  });

  it('recognises icon-font glyph names drawn at the width of one glyph', () => {
    expect(isGlyphGarbage('HOUSE-CHIMNEY', 6.8, 13.2)).toBe(true);
    expect(isGlyphGarbage('posquit0', 26.4, 6.8)).toBe(false);
  });
});
