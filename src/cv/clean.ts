// Text clean-up shared by every CV format: Unicode compatibility forms
// (ligatures ﬁ ﬂ ﬀ ﬃ ﬄ, full-width letters), soft hyphens, zero-width and
// private-use glyphs, control characters, emoji icons and leaked LaTeX icon
// macros. https://unicode.org/reports/tr15/ (NFKC)

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;
// Private-use planes: icon fonts (Font Awesome, RenderCV) map their glyphs here.
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F000}-\u{1FAFF}\u2190-\u21FF\u2300-\u23FF\u2460-\u24FF\u25A0-\u27BF\uFE0E\uFE0F]/gu;
// `\faTrophy`, `\faFile*[regular]`, `\faIcon{github}` leaked by LaTeX icon packages.
const LATEX_MACRO = /\\[A-Za-z]+\*?(?:\[[^\]]*\])?(?:\{[^}]*\})?/g;
const HYPHENS = /[\u2010\u2011\u2043\u2212]/g;
const SPACES = /[\t\r\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Cleans one piece of text (an item, a run, a line) without joining lines.
 * Soft hyphens that stand for a printed hyphen become `-`; the caller joins
 * words broken at a line end (see `joinSoftHyphenBreaks`).
 */
export function cleanText(raw: string): string {
  let text = raw.normalize('NFKC');
  text = text.replace(ZERO_WIDTH, '').replace(PRIVATE_USE, ' ').replace(PICTOGRAPHS, ' ');
  text = text.replace(LATEX_MACRO, ' ').replace(CONTROL, ' ').replace(SPACES, ' ');
  // Word prints "-" + U+00AD + U+2010 for one hyphen; Awesome-CV prints U+00AD alone.
  text = text.replace(/-?\u00AD+[\u2010\u2011-]?/g, (m, offset: number, all: string) =>
    offset + m.length >= all.trimEnd().length ? '\u00AD' : '-',
  );
  text = text.replace(HYPHENS, '-');
  return text.replace(/ {2,}/g, ' ');
}

/** True when a line ends in a soft hyphen left by `cleanText` (a word broken at the line end). */
export function endsWithSoftHyphen(text: string): boolean {
  return /\u00AD\s*$/.test(text);
}

/** Removes a trailing soft hyphen and any left over inside. */
export function dropSoftHyphens(text: string): string {
  return text.replace(/\u00AD/g, '');
}

/** Collapses runs of spaces and trims. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-case, accent-free, punctuation-light form for comparing words. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True for text that is icon-font garbage rather than words: glyph names
 * ("HOUSE-CHIMNEY", "GITHUB-SQUARE") drawn at the width of a single glyph.
 */
export function isGlyphGarbage(text: string, width: number, fontSize: number): boolean {
  const letters = text.replace(/\s/g, '').length;
  if (letters < 3 || fontSize <= 0) return false;
  return width < letters * fontSize * 0.22;
}

/**
 * Repairs text joined from PDF items: accents TeX draws on their own ("¨"
 * placed over "a": NFKC leaves a space and a combining mark before the
 * letter, "M ̈arz" → "März"), and dot leaders that only guide the eye
 * ("Acme Co. . . . . . 2019").
 */
export function tidyJoined(text: string): string {
  const accented = /[ ][\u0300-\u036f]/u.test(text) ? text.replace(/ ([\u0300-\u036f]+) ?(\p{Script=Latin})/gu, '$2$1').normalize('NFC') : text;
  return accented.replace(/(\p{L})\.(?:\s?\.){3,}/gu, '$1. ').replace(/(?:\s?\.){4,}/g, ' ');
}
