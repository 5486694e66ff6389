// Sentences of a turn, each with where it starts, and the form the rules
// read: fillers ("um", "uh", a filler "like", "you know") and stutters
// removed, so that how someone speaks does not change what the rules see.
import type { Place, Quote } from './types.js';

export interface Sentence extends Quote {
  /** The sentence without fillers or repeated words: what the rules read. */
  norm: string;
  /** Words in `norm`. */
  words: number;
  /** From a list item: an interviewer's note about what the candidate said, not their own words. */
  note?: true;
}

/** `00:01:23` for captions, `line 12` for text, `paragraph 4` for DOCX. */
export function placeLabel(place: Place): string {
  if (place.start !== undefined) {
    const s = Math.floor(place.start);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  }
  if (place.line !== undefined) return `line ${place.line}`;
  if (place.paragraph !== undefined) return `paragraph ${place.paragraph}`;
  return '';
}

const FILLER_WORDS = String.raw`(?:u+m+|u+h+m*|e+r+m*|a+h+|e+h+|h+m+|m+h?m+|mhm)`;
// "Err on the side of" is a verb, not a filler.
const FILLER = new RegExp(String.raw`,?\s*\b${FILLER_WORDS}\b(?!\s+on the side\b)\s*,?`, 'gi');
// "like" as a filler: between commas, or opening a clause after a comma ("so, like, I ..."; "winter, like the error ...").
const LIKE_FILLER = /,\s*like\s*,|^\s*like\s*,|,\s*like\b(?=\s+(?:the|a|an|i|we|it|you|they|my|our|this|that)\b)/gi;
const DISCOURSE = /,?\s*\b(?:you know|i mean)\s*,|,\s*(?:you know|i mean)(?=\s*[.;!?]|\s*$)|\b(?:basically|actually|literally)\b,?/gi;
/**
 * The same fillers in a caption transcript without commas: "like" before a number after a preposition ("at like six",
 * "from like one in ten") or before a question word where it compares nothing ("on the friday like where to park"), and
 * "you know" / "i mean" before a conjunction ("the trailheads you know and where").
 */
const BARE_FILLERS =
  /\b(?<=(?:at|from|to|for|about|around|by|with|of|took|takes|take|in|on|until|over|under) )like (?=(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|half|a third|a quarter)\b))|(?<!\b(?:looks?|looked|seems?|seemed|feels?|felt|sounds?|sounded|just|more|much|nothing|something|anything|things|stuff|is|was|are|were|be|i|you|we|they|would|'d)\s)\blike (?=(?:where|when|what|which|who|how)\b)|\b(?:you know|i mean) (?=(?:and|so|but|because|then|like)\b)/gi;

/** A sentence as the rules read it: fillers, discourse markers and stutters taken out. */
export function normalise(text: string): string {
  const out = text.replace(FILLER, ' ').replace(DISCOURSE, ' ').replace(LIKE_FILLER, ' ').replace(BARE_FILLERS, '').replace(/\b(\w+)(?:[\s,]+\1\b)+/gi, '$1');
  return out
    .replace(/\s*,(\s*,)+/g, ',')
    .replace(/^[\s,]+/, '')
    .replace(/\s+([,.;!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function countWords(text: string): number {
  return (text.match(WORD) ?? []).length;
}

// A full stop after these does not end a sentence: abbreviations, and an initial ("J. Smith"), which
// is one capital after a space (the "s" of "last month's." is not one).
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|approx|dr|mr|mrs|ms|prof|a\.m|p\.m|incl|esp|fig|cf)\.$/i;
const INITIAL = /(?:^|[\s(])[A-HJ-Z]\.$/;

/** Splits text into sentences at `.`, `!`, `?` and `;` followed by a space (not in 0.83, e.g. or a.m.). */
export function splitSentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  const boundary = /[.!?;]+["'”’)]*(?=\s+|$)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const before = text.slice(Math.max(0, m.index - 6), end);
      if (ABBREVIATIONS.test(before) || INITIAL.test(before)) continue;
    }
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Array<{ text: string; offset: number }>, text: string, from: number, to: number): void {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed !== '' && /[\p{L}\p{N}]/u.test(trimmed)) out.push({ text: trimmed, offset: from + lead });
}

/**
 * Longest stretch read as one sentence, words. An unpunctuated transcript can be
 * one sentence of 100,000 words; cut into pieces, every rule stays linear in the
 * length of the notes.
 */
export const MAX_SENTENCE_WORDS = 120;

function cut(sentences: Array<{ text: string; offset: number }>): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  for (const s of sentences) {
    const words = [...s.text.matchAll(/\S+/g)];
    if (words.length <= MAX_SENTENCE_WORDS) {
      out.push(s);
      continue;
    }
    for (let i = 0; i < words.length; i += MAX_SENTENCE_WORDS) {
      const from = words[i].index;
      const last = words[Math.min(words.length, i + MAX_SENTENCE_WORDS) - 1];
      out.push({ text: s.text.slice(from, last.index + last[0].length), offset: s.offset + from });
    }
  }
  return out;
}

/**
 * Sentences of a run of pieces (cues or lines), each placed where it starts.
 * A list item is a note of its own: a sentence ends where one starts and
 * where it ends, punctuated or not (interviewers' bullet notes seldom are).
 */
export function sentencesOf(pieces: ReadonlyArray<{ text: string; place: Place; item?: boolean }>): Sentence[] {
  let joined = '';
  const starts: number[] = [];
  const breaks: number[] = [];
  for (const [i, p] of pieces.entries()) {
    if (i > 0 && (p.item || pieces[i - 1].item)) breaks.push(joined.length);
    starts.push(joined.length);
    joined += `${p.text.trim()} `;
  }
  const blocks = [0, ...breaks, joined.length];
  const split = blocks.slice(1).flatMap((end, k) => splitSentences(joined.slice(blocks[k], end)).map((s) => ({ text: s.text, offset: s.offset + blocks[k] })));
  return cut(split).map(({ text, offset }) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > offset) i--;
    const place = pieces[i].place;
    const norm = normalise(text);
    const sentence: Sentence = { text, at: placeLabel(place), place, norm, words: countWords(norm) };
    if (pieces[i].item) sentence.note = true;
    return sentence;
  });
}
