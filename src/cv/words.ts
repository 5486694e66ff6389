// Whether a piece of text holds a word, for hidden-text findings: icons,
// bullets and decorative glyphs are not words at any size or colour.
import { cleanText } from './clean.js';

/** Text in scripts that write a word in one character. */
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True when hidden text holds a word: two letters in a row (an ideograph is a
 * word alone, a ligature glyph such as "ﬁ" is none), read before
 * compatibility forms are expanded. Bullets, separators, icons, private-use
 * glyphs, pictographs, zero-width characters and lone letters are no word,
 * at any size or colour.
 */
export function formsWords(text: string): boolean {
  if (IDEOGRAPHS.test(cleanText(text))) return true;
  const raw = text.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  return /(?![\uFB00-\uFB06])\p{L}\p{M}*(?![\uFB00-\uFB06])\p{L}/u.test(raw);
}

/** CV generators and PDF tools that stamp their name on a page, often too small to read ("Powered by TCPDF"). */
const GENERATORS =
  'tcpdf|fpdf|dompdf|mpdf|itext|reportlab|pdf24|wkhtmltopdf|flowcv|canva|novoresume|resume\\.io|zety|enhancv|kickresume|resumake|visualcv|reactive resume|rxresu\\.me|resume\\.com|livecareer|myperfectresume|resumegenius|overleaf|latex|typst|rendercv|json ?resume|microsoft word|google docs|libreoffice|openoffice|wps';
const CREDIT = '(?:(?:powered|created|generated|made|built|designed|produced|exported|converted)\\s+(?:with|by|using|in|on)\\s+)?';
/** A version and the tool's web address may follow: "TCPDF 6.2.5 (www.tcpdf.org)". */
const TAIL = '(?:\\s+v?\\d[\\d.]*)?(?:\\s*\\(?(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/?\\)?)?';
const STAMP = new RegExp(`^\\W*${CREDIT}(?:${GENERATORS})${TAIL}\\W*$`, 'iu');

/** True for a generator's own stamp: a tool's credit line, not the candidate's words. */
export function isGeneratorStamp(text: string): boolean {
  return STAMP.test(cleanText(text).trim());
}
