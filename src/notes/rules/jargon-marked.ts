// The technical version of an answer, marked as such. A candidate who says
// "under the hood it's ..." or "technically that's ...", an interviewer who
// writes down the candidate's words ("in her words: "..."", "described it as
// "..."", "he said it was "...""), a candidate who apologises for what they
// just said ("Sorry, I'm getting legal", "oh, you want the plain version"),
// or a list one of whose things is a term already ("the pH drift, the Brix
// delta and the SCOBY age") marks a stretch as the terms of a trade. There
// the terms the lexicon and the dictionary do not know ("the differential
// phase", "a liquidity haircut", "the duration bucket") are read from the
// shape of the words: each noun phrase of the stretch that looks like a name
// for a thing counts as one term: two to four words with no verb, pronoun,
// number, possessive or person in them, or one word of a learned shape, an
// acronym or a hyphenated compound; in a list, only a compound holding a
// learned or hyphenated word ("zeta potential", "root-zone moisture deficit").
import type { Sentence } from '../sentences.js';
import { TERM_SHAPE } from './jargon.js';
import { PEOPLE } from './plain-words.js';

const PERSON_LAST = new RegExp(String.raw`\b(?:${PEOPLE}|charit(?:y|ies)|societ(?:y|ies)|agenc(?:y|ies))$`, 'i');

/** Words that begin the stretch they mark: what follows is the technical version. */
const MARK_BEFORE =
  /\b(?:under the (?:hood|bonnet)|technically(?: speaking)?|in technical terms|(?:in|using) (?:ml|machine learning|data science|stats|statistics|statistical|maths|math|engineering|industry|trade) (?:terms|speak|language|jargon)|(?:the )?technical (?:version|name|term|answer|description)(?: is)?|for the techies|in jargon)\b[\s,:–—-]*/i;
/** An interviewer writing down the candidate's words: the quotes in the sentence are the candidate's version. */
const QUOTES_WORDS =
  /\b(?:in (?:his|her|their|the candidate's) (?:own )?words|(?:described|explained|put|summed up|pitched|called) (?:it |the model |the system |this )?as|(?:he|she|they|the candidate) (?:said|says) (?:it (?:was|is)|it's|that it (?:was|is))|called it|verbatim|word for word)\b/i;
/** An apology for what was just said: the sentence before is the technical version. */
const SORRY_FOR_BEFORE =
  /\b(?:sorry|oops|oh)\b.*\b(?:(?:getting|being|too|a bit|that's|that was|all|very|so) (?:\w+ )?(?:technical|legal|jargony|nerdy|geeky|mathsy|mathy|in the weeds)|(?:want|wanted|asked for|meant) (?:the )?(?:plain|simple|non-technical) (?:version|english|words)|that's (?:all )?jargon)\b/i;

/** Where the technical version ends: a new clause, a contrast, or the plain version starting ("but in plain words", "meaning ..."). */
const STRETCH_END =
  /[;]|\b(?:but|whereas|while|although|though)\b|,?\s*\b(?:and|so)\s+(?:it|we|they|he|she|you|i|that|this|there)\b|\b(?:in (?:plain|simple|other|normal|everyday|ordinary) (?:words|english|terms)|meaning|which (?:just )?means|that means|i\.e\.|sorry)\b/i;
/** Where a stretch divides into the things it names. */
const PHRASE_BREAK = /[,;:.!?()"“”]|\b(?:and|or|with|plus|over|on|for|from|by|into|via|using|then|so|but|when|where|which|that|after|before|against|off|between|of|in|at|to|as)\b/i;
/** What a name for a thing does not hold: a verb, a pronoun, a number, a word of vagueness. */
const NOT_A_NAME =
  /\b(?:i|we|you|he|she|it|its|it's|they|them|us|me|my|our|your|their|this|these|those|is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|should|may|might|must|not|no|just|about|very|really|all|every|each|some|any|much|many|more|most|less|everything|something|anything|nothing|stuff|thing|things|lot|bit|kind|sort|way|data|one|two|three|four|five|six|seven|eight|nine|ten|hundred|hundreds|thousand|thousands|million|millions|first|last|next|only|also|still|how|what|who|why|whether|if|because|here|there|now|day|days|week|weeks|month|months|year|years|time|times|right|wrong|good|bad|well|better|worse|either|neither|both|whether|want|wants|need|needs)\b|\d|\p{L}['’]s\b/iu;
/** What opens a stretch without naming anything: "it's a", "that's the", "basically", a subject and its verb ("it fits a"). */
const OPENING = /^(?:(?:so|well|basically|really|just|sort of|kind of|like)\s+)*(?:(?:it|that|this|they|these|there)?(?:'s|’s| is| are| was| were|'re|’re)\s+|(?:it|we|they|he|she|i|the model|the system|this|that) (?!is\b|are\b|was\b|were\b|has\b|have\b|had\b)[a-z]+s?\s+)?(?:(?:basically|really|just|essentially|mostly|mainly|simply)\s+)?/i;
const ARTICLE = /^(?:(?:the|a|an|our|their|its|his|her|some|each|every|any)\s+)+/i;

export interface MarkedTerm {
  s: Sentence;
  key: string;
  text: string;
  index: number;
  end: number;
}

/** A phrase that names a thing the way a trade does: a compound of two to four words, or one learned, lettered or hyphenated word. */
function termLike(phrase: string, strict: boolean): boolean {
  const words = phrase.split(/\s+/);
  // People are no terms of art: "the domestic supervisor", "the regional health protection team".
  if (words.length > 4 || NOT_A_NAME.test(phrase) || !/\p{L}{3,}/u.test(phrase) || PERSON_LAST.test(phrase)) return false;
  // In a list, only a compound with a learned or hyphenated word in it.
  if (strict) return words.length >= 2 && words.some((w) => /^\p{L}+-\p{L}+/u.test(w) || (w.length >= 6 && TERM_SHAPE.test(w.toLowerCase())));
  if (words.length >= 2) return true;
  const w = words[0]!;
  return /^\p{L}+-\p{L}+/u.test(w) || (w.match(/\p{Lu}/gu) ?? []).length >= 2 || (w.length >= 6 && TERM_SHAPE.test(w.toLowerCase()));
}

/** The phrases of `text` between `from` and `to` that name things, with where they stand in `text`. */
function phrases(text: string, from: number, to: number, strict: boolean): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  const re = new RegExp(PHRASE_BREAK.source, 'gi');
  let start = from;
  const pieces: Array<[number, number]> = [];
  for (const m of text.slice(from, to).matchAll(re)) {
    pieces.push([start, from + m.index]);
    start = from + m.index + m[0].length;
  }
  pieces.push([start, to]);
  for (const [a, b] of pieces) {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    let body = raw.trim();
    const cut = OPENING.exec(body)?.[0].length ?? 0;
    body = body.slice(cut);
    const art = ARTICLE.exec(body)?.[0].length ?? 0;
    body = body.slice(art).replace(/['’]s$/, '');
    if (body && termLike(body, strict)) out.push({ text: body, index: a + lead + cut + art });
  }
  return out;
}

/** A list of three or more things: "the pH drift, the Brix delta and the SCOBY age". */
const LIST = /,[^,;.]+,|,[^,;.]+\b(?:and|or)\b/;

/** The stretches of an answer marked as its technical version, as [sentence, from, to] in the sentence's text. */
function stretches(sentences: readonly Sentence[], seeded: (s: Sentence) => boolean): Array<[Sentence, number, number, boolean?]> {
  const out: Array<[Sentence, number, number, boolean?]> = [];
  sentences.forEach((s, i) => {
    // A list one of whose things is a term already names things of the same trade.
    if (LIST.test(s.norm) && seeded(s)) out.push([s, 0, s.norm.length, true]);
    const mark = MARK_BEFORE.exec(s.norm);
    const upTo = (from: number, to: number): [Sentence, number, number, boolean?] => [s, from, from + (STRETCH_END.exec(s.norm.slice(from, to))?.index ?? to - from)];
    if (mark) out.push(upTo(mark.index + mark[0].length, s.norm.length));
    if (QUOTES_WORDS.test(s.norm)) for (const q of s.norm.matchAll(/["“]([^"“”]{3,}?)["”]/g)) out.push(upTo(q.index + 1, q.index + 1 + q[1]!.length));
    // The apology is for what came just before it: the same sentence's opening words, or else the sentence before.
    const sorry = SORRY_FOR_BEFORE.exec(s.norm);
    const said = sorry ? s.norm.slice(0, sorry.index).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length : 0;
    const before = sentences[i - 1];
    if (sorry && said >= 3) out.push([s, 0, sorry.index]);
    else if (sorry && before && !SORRY_FOR_BEFORE.test(before.norm)) out.push([before, 0, before.norm.length]);
  });
  return out;
}

/** The terms of the stretches an answer marks as its technical version (see the head of this file). */
export function markedTerms(sentences: readonly Sentence[], seeded: (s: Sentence) => boolean = () => false): MarkedTerm[] {
  const out: MarkedTerm[] = [];
  for (const [s, from, to, strict] of stretches(sentences, seeded)) {
    for (const p of phrases(s.norm, from, to, strict === true)) {
      if (out.some((t) => t.s === s && t.index === p.index)) continue;
      out.push({ s, key: p.text.toLowerCase().replace(/[\s_-]+/g, ' '), text: p.text, index: p.index, end: p.index + p.text.length });
    }
  }
  return out;
}
