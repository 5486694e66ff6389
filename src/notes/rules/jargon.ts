// Jargon in a plain explanation: the different terms of art a listener would
// not know, left unexplained. A term is one of four things: a term of the
// lexicon (data/notes-terms.yaml and the catalogue's tools), an acronym the
// answer leaves bare, a statistical compound of everyday words ("churn
// propensity", "lagged bookings": jargon-compounds.ts), or a word shaped
// like a term of art (Latinate or Greek endings and prefixes: "turbidity",
// "exceedance", "benthic", "evapotranspiration") that an ordinary spelling dictionary (SCOWL size 50,
// about 65,000 words) does not have (data/notes-everyday-words.txt, made by
// scripts/build-everyday-words.ts). Names (capitalised inside a sentence) and
// people's jobs ("podiatrist", "invigilator") are not terms. When an
// interviewer's note records that the candidate left the terms unexplained
// ("did not unpack any of it"), each phrase of the candidate's words quoted in
// the notes counts as one.
import { readFileSync } from 'node:fs';
import type { Sentence } from '../sentences.js';
import type { Finding } from '../types.js';
import { dataPath } from '../../util/paths.js';
import { finding, listOf, type Answer, type RuleContext } from './common.js';
import { explainedAs, GLOSSED_AFTER } from './gloss.js';
import { compoundTerms } from './jargon-compounds.js';
import { markedTerms } from './jargon-marked.js';

/** Distinct unexplained terms from which an explanation is jargon-heavy... */
export const JARGON_MIN_TERMS = 3;
/** ...when they are also this share of its words, or crowd one sentence. */
export const JARGON_MIN_DENSITY = 0.03;

/** Where an acronym left bare is used: its sentence and its place there. */
export interface AcronymUse {
  s: Sentence;
  acronym: string;
  index: number;
  length: number;
}

interface Term {
  key: string;
  text: string;
  index: number;
  end: number;
  /** A statistical compound of everyday words (jargon-compounds.ts): the data it names is still followable in part. */
  compound?: true;
}

/** Words that explain the term right after them ("what's called a classifier") or right before them ("drift, meaning ..."). */
const CALLED = /\b(?:what'?s called|what is called|is called|are called|known as|so-called)\s+$/i;
const MEANING = /^["”’]?\s*(?:[,(:–—-]\s*)?(?:(?:which|that)(?: just| simply| basically| really| actually)? means|that is,|i\.e\.|in other words|meaning|stands for)\b/i;
/** Said what it is right after it, nothing between: `mastitis - that's an infection in the udder`, `"isolation forest": said it's "a way of ..."`. */
const SAID_WHAT = /^["”’]?[\s,(:–—-]*(?:(?:sorry|well|i mean|basically|so)[\s,]+)?(?:(?:he|she|they|i|we) )?(?:said |explained )?(?:which|that|it|this|they)(?:'s|’s| is| are| means| mean)(?: just| simply| like| kind of| basically)? ["“]?(?:a|an|the|how|what|when|where|whether|someone|something|some|one|two|our|your|their)\b/i;

/** What it is made of, listed after a colon: "kart telemetry: lap times, engine temp and a vibration sensor". */
const PARTS_AFTER = /^s?\s*:\s*[^,;:.]+,\s*[^,;:.]+/;

/**
 * The shape of a term of art: a Latinate or Greek ending ("-ity", "-ance", "-tion", "-ment", "-osis", "-ology",
 * "-graph", "-gram", "-metry", "-ic", "-al", "-ous", "-ive", "-ile", "-ary", "-ism") or a learned prefix ("micro-",
 * "hydro-", "intra-", "spectro-").
 */
export const TERM_SHAPE =
  /^(?:[a-z]+(?:it(?:y|ies)|anc(?:e|es|y|ies)|enc(?:e|es|y|ies)|(?:t|s)ions?|ments?|osis|itis|olog(?:y|ies)|ograph(?:s|y)?|ograms?|omet(?:ry|ric)|ics?|icals?|als?|ous|ives?|iles?|ary|isms?)|(?:macro|micro|hydro|hyper|hypo|intra|inter|photo|spectro|tele|meta|geo|bio|thermo|electro|iso|poly|exo|endo|trans|multi|sub)[a-z]{3,})$/;
/** Prefixes that leave an everyday word readable: "substation", "microfinance", "reconnection". */
const PREFIX = /^(?:sub|super|inter|intra|trans|multi|micro|macro|mini|mega|tele|re|un|non|pre|post|over|under|counter|co|anti|semi|self)(?=[a-z]{4,}$)/;
/** People and qualities are no terms of art: "-ist", "-ian", "-er", "-or", "-ness". */
const PERSON_OR_QUALITY = /(?:ists?|ians?|ness|ers?|ors?)$/;

let everyday: ReadonlySet<string> | undefined;
/** The everyday words shaped like terms of art (data/notes-everyday-words.txt). */
export function everydayWords(): ReadonlySet<string> {
  everyday ??= new Set(
    readFileSync(dataPath('notes-everyday-words.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return everyday;
}

/** Dictionary forms of a word written with an ending: "valuations" → valuation, "propagated" → propagate. */
function stems(word: string): string[] {
  const out = [word];
  for (const [end, put] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e']] as const) {
    if (word.endsWith(end) && word.length - end.length >= 4) out.push(word.slice(0, -end.length) + put);
  }
  return out;
}

/** A word of `text` a listener would not know: shaped like a term of art and in no everyday dictionary. */
export function isLearnedWord(word: string): boolean {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || !TERM_SHAPE.test(word) || PERSON_OR_QUALITY.test(word)) return false;
  const words = everydayWords();
  const everyday = (w: string) => stems(w).some((x) => words.has(x));
  const prefix = PREFIX.exec(word)?.[0];
  return !everyday(word) && !(prefix && everyday(word.slice(prefix.length)));
}

/** Learned words in a sentence: written small (a capital inside a sentence is a name), the first word aside. */
function learnedWords(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’])\p{L}+(?![\p{L}\p{N}'’])/gu)) {
    // The first word of a sentence, a quote or a list item may be capitalised: `A: "Syndromic surveillance ..."`.
    const first = /(?:^|[.:;!?])[\s"“‘'(*•-]*$/.test(text.slice(0, m.index));
    if (!first && /\p{Lu}/u.test(m[0])) continue;
    const word = m[0].toLowerCase();
    if (isLearnedWord(word)) out.push({ key: word, text: m[0], index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Terms of art in a sentence: the lexicon's (kinds of system anyone knows aside), bare acronyms, statistical compounds, learned words. */
function termsIn(s: Sentence, ctx: RuleContext, bareAcronyms: readonly AcronymUse[]): Term[] {
  const hits: Term[] = ctx.terms
    .find(s.norm)
    .filter((h) => h.kind !== 'system')
    .map((h) => ({ key: h.key, text: h.text, index: h.index, end: h.index + h.text.length }));
  const free = (t: { index: number; end: number }) => !hits.some((h) => h.index < t.end && t.index < h.end);
  for (const u of bareAcronyms) {
    const t = { key: u.acronym.toLowerCase(), text: s.norm.slice(u.index, u.index + u.length), index: u.index, end: u.index + u.length };
    if (u.s === s && free(t)) hits.push(t);
  }
  for (const t of [...compoundTerms(s.norm).map((c) => ({ ...c, compound: true as const })), ...learnedWords(s.norm)]) if (free(t)) hits.push(t);
  return hits;
}

/** A term explained where it is said: glossed right after it, or named after "what's called". */
function explainedAt(text: string, t: Term): boolean {
  const rest = text.slice(t.end);
  return GLOSSED_AFTER.test(rest) || SAID_WHAT.test(rest) || MEANING.test(rest) || PARTS_AFTER.test(rest) || CALLED.test(text.slice(0, t.index)) || explainedAs(text, t.index, t.end - t.index);
}

/**
 * An interviewer's note that the candidate left the terms unexplained: "did not unpack any of it", "None of those
 * terms was unpacked", "repeated the same terms", "no plain version when asked", "didn't rephrase", "shop talk".
 */
export const LEFT_BARE =
  /\b(?:(?:did ?n[o'’]t|never|no attempt to|without|could ?n[o'’]t|could not|would ?n[o'’]t|would not)\s+(?:\w+\s+)?(?:unpack|translate|explain|rephrase|define|drop|simplify|expand|gloss)(?:ed)?\s+(?:any(?: one)? of (?:it|them|those|these|that)|(?:the|those|these|his|her|their|its) (?:\w+ )?(?:terms|jargon|words)|it all)|(?:explained|unpacked|translated|defined) none|no explanation of any|none of (?:it|them|those|these|that)(?: \w+)? (?:was|were|got|is|are) (?:\w+ )?(?:explained|unpacked|translated|defined|expanded)|repeated (?:it |them )?(?:in )?(?:much |roughly |more or less |pretty much )?the same (?:terms|words|jargon)|no plain(?:er)? (?:version|words|english|language)|(?:didn'?t|did not) rephrase|shop talk|(?:understandable|intelligible|clear) only to)\b/i;
/**
 * A note that the interviewer asked what a term meant and got no meaning back ("I asked what delta-T meant for the
 * buildings; he said "it's the standard KPI" and moved on"): read over the answer, as the note may run over a stop.
 */
const ASKED_MEANING = /\basked (?:him |her |them )?what (?:[^.?;]{1,40}?) (?:meant|means|stood for|stands for|was|is)\b[^.?]{0,40}?[;,.]? (?:and )?(?:he|she|they|the candidate) (?:just |only )?(?:said|repeated|answered)\b[^.?]{0,80}?\band (?:then |just )?(?:moved on|changed the subject)\b/i;
/** The sentences of a note that record terms left unexplained. */
const recordsBare = (answer: Answer): Sentence[] => {
  const asked = ASKED_MEANING.test(answer.sentences.map((s) => s.norm).join(' '));
  return answer.sentences.filter((s) => LEFT_BARE.test(s.norm) || NAMED_BARE.test(s.norm) || (asked && /\basked (?:him |her |them )?what\b/i.test(s.norm)));
};
/** The terms a note names as left unexplained: "did not explain Pc, TLE, conjunction, propagation or covariance". */
const NAMED_BARE = /\b(?:did ?n[o'’]t|never) (?:explain|unpack|define|expand|translate) ((?:[^,.;:"“”]+, ){1,}[^,.;:"“”]+? (?:or|and|nor) [^,.;:"“”]+)/i;
/** Where the candidate's quoted words divide into the things they name. */
const PHRASE_BREAK = /[,;:.!?()]|\b(?:and|or|with|plus|over|on|for|from|by|into|via|using|then|so|but|when|where|which|that)\b/i;

/**
 * The terms an interviewer's note records as left unexplained: the things the note names, or the phrases of the
 * candidate's words it quotes (each phrase one term), those holding a term found already aside.
 */
function notedBare(answer: Answer, found: ReadonlySet<string>): Array<{ key: string; text: string }> {
  if (recordsBare(answer).length === 0) return [];
  const text = answer.sentences.map((s) => s.norm).join(' ');
  const named = answer.sentences.map((s) => NAMED_BARE.exec(s.norm)?.[1]).filter((x) => x !== undefined);
  const quotes = [...text.matchAll(/["“]([^"“”]{3,}?)["”]/g)].map((m) => m[1]!);
  const out = new Map<string, string>();
  for (const stretch of [...named, ...quotes]) {
    for (const part of stretch.split(new RegExp(PHRASE_BREAK.source, 'gi'))) {
      const phrase = part.trim().replace(/^(?:the|a|an|our|their|its|his|her|some|just)\s+/i, '');
      const key = phrase.toLowerCase();
      // Four words at most: a longer stretch is a clause about the thing, not its name.
      if (!/\p{L}{4,}|\p{Lu}{2,}/u.test(phrase) || phrase.split(/\s+/).length > 4 || [...found].some((f) => key.includes(f) || f.includes(key))) continue;
      out.set(key, phrase);
    }
  }
  return [...out].map(([key, t]) => ({ key, text: t }));
}

/** The terms of each sentence left unexplained (with a marked stretch's phrases, `marked`), and those a note records as left bare. */
function unexplained(answer: Answer, ctx: RuleContext, bareAcronyms: readonly AcronymUse[], marked = true) {
  const found = answer.sentences.map((s) => ({ s, hits: termsIn(s, ctx, bareAcronyms) }));
  // In a stretch marked as the technical version, the phrases that name things are terms too (jargon-marked.ts).
  const keys = found.flatMap((x) => x.hits.map((h) => h.text.toLowerCase()));
  for (const t of marked ? markedTerms(answer.sentences, (s) => found.some((x) => x.s === s && x.hits.length > 0)) : []) {
    const at = found.find((x) => x.s === t.s)!;
    if (at.hits.some((h) => h.index < t.end && t.index < h.end) || keys.some((k) => t.key.includes(k) || k.includes(t.key))) continue;
    at.hits.push(t);
  }
  // A term explained once is explained wherever it comes up again.
  const explained = new Set(found.flatMap(({ s, hits }) => hits.filter((h) => explainedAt(s.norm, h)).map((h) => h.key)));
  const perSentence = found.map(({ s, hits }) => ({ s, hits: hits.filter((h) => !explained.has(h.key)) }));
  return { perSentence, noted: notedBare(answer, new Set(found.flatMap((x) => x.hits.map((h) => h.text.toLowerCase())))) };
}

/**
 * The terms of an answer a listener would not follow, as written and in lower case (plain-parts.ts reads data named only
 * in them as none). Phrases that count only by where they stand are not among them: a quote a note records as left
 * bare, or a stretch marked as the technical version, makes every phrase in it one ("the recruitment agency"). Nor are
 * the statistical compounds of everyday words: "the greenness anomalies" or "engagement decay" still say, in part, what
 * the data is.
 */
export function unexplainedTerms(answer: Answer, ctx: RuleContext, bareAcronyms: readonly AcronymUse[] = []): string[] {
  const hits = unexplained(answer, ctx, bareAcronyms, false).perSentence.flatMap((x) => x.hits);
  return [...new Set(hits.filter((h) => !('compound' in h && h.compound)).map((h) => h.text.toLowerCase()))];
}

export function jargon(answer: Answer, ctx: RuleContext, bareAcronyms: readonly AcronymUse[] = []): Finding[] {
  const { perSentence, noted } = unexplained(answer, ctx, bareAcronyms);
  const terms = perSentence.flatMap((x) => x.hits);
  const distinct = [...new Map([...terms, ...noted].map((h) => [h.key, h.text])).values()];
  const total = terms.length + noted.length;
  const crowded = perSentence.some((x) => x.hits.length >= JARGON_MIN_TERMS);
  if (distinct.length < JARGON_MIN_TERMS || (total / Math.max(1, answer.words) < JARGON_MIN_DENSITY && !crowded && noted.length === 0)) return [];
  const worst = perSentence.filter((x) => x.hits.length > 0).sort((a, b) => b.hits.length - a.hits.length).slice(0, 3);
  const marked = noted.length > 0 ? recordsBare(answer).slice(0, 1) : [];
  const quoted = answer.sentences.filter((s) => worst.some((w) => w.s === s) || marked.includes(s));
  return [finding('jargon', `${distinct.length} technical terms in ${answer.words} words, none explained in ordinary words: ${listOf(distinct)}.`, quoted)];
}
