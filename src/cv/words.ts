// Whether a piece of text holds a word, for hidden-text findings: icons,
// bullets and decorative glyphs are not words at any size or colour.
import { cleanText } from './clean.js';

/** Text in scripts that write a word in one character. */
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True when hidden text holds a word: two letters in a row once icons,
 * private-use glyphs, zero-width characters and pictographs are taken out.
 * A bullet, a separator, an icon, a lone letter or a lone ligature glyph
 * ("ﬁ") is no word, at any size or colour.
 */
export function formsWords(text: string): boolean {
  const cleaned = cleanText(text).trim();
  if (IDEOGRAPHS.test(cleaned)) return true;
  if ([...text.trim()].length < 2) return false;
  return /\p{L}\p{M}*\p{L}/u.test(cleaned);
}

