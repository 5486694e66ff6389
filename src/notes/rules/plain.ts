// Plain-language explanation (the guide's red flag "cannot explain a model
// simply"): jargon density against the lexicon, acronyms never expanded,
// sentences too long to follow when spoken, and the four parts of an
// explanation said in ordinary words (plain-parts.ts).
import type { Sentence } from '../sentences.js';
import { spokenLengths } from '../spoken.js';
import type { Finding } from '../types.js';
import { finding, listOf, opening, type Answer, type RuleContext } from './common.js';
import { PARTS, partsSaid, type Part } from './plain-parts.js';
import { glossed } from './gloss.js';
import { jargon, unexplainedTerms, type AcronymUse } from './jargon.js';

export { JARGON_MIN_DENSITY, JARGON_MIN_TERMS } from './jargon.js';

/** Words in a sentence beyond which it is hard to follow when spoken. */
export const LONG_SENTENCE_WORDS = 40;

/** Capitals ("AUC", "A&E"), or capitals with a small word letter inside ("IoU", "RoI", "mAP", "ReLU"). */
const ACRONYM = /(?<![\p{L}\p{N}])(?:[A-Z][A-Z0-9&]{1,5}|[A-Z][a-z][A-Z][A-Z]?|[a-z][A-Z]{2,4}|[A-Z][a-z]{1,2}[A-Z]{2,4})(?:s)?(?![\p{L}\p{N}])/gu;
/** An acronym said letter by letter and written so ("the d t c codes", "the P O D"): two to five single letters, not "a" or "I" first. */
const SPELLED = /(?<![\p{L}\p{N}'’.&/-])(?:[b-hj-z](?: [a-z]){1,4}|[B-HJ-Z](?: [A-Z]){1,4})(?![\p{L}\p{N}'’&/-])/gu;
/** Letters that are not an acronym: "e g" for e.g. */
const NOT_SPELLED = new Set(['EG', 'XY', 'YZ', 'XYZ']);
/**
 * In a caption transcript without capitals an acronym is written small ("the ndvi", "rmse"): a short word that begins with
 * letters no English word begins with ("y" is a vowel here: "by", "type"). Units and fillers are not acronyms.
 */
const SMALL_ACRONYM = /(?<![\p{L}\p{N}'’-])(?![aeiou])(?!(?:bl|br|ch|cl|cr|dr|dw|fl|fr|gh|gl|gn|gr|kn|ph|pl|pr|ps|qu|rh|sc|sh|sk|sl|sm|sn|sp|sq|st|sw|th|tr|tw|wh|wr|zh)[a-z])[b-df-hj-np-tv-xz]{2}[a-z]{0,3}(?![\p{L}\p{N}'’-])/gu;
const NOT_SMALL_ACRONYM = new Set(['mm', 'cm', 'km', 'kg', 'mg', 'ml', 'kwh', 'mph', 'hz', 'hmm', 'mhm', 'nth', 'mr', 'mrs', 'ms', 'dr', 'vs', 'pm', 'tv', 'ft', 'lb', 'lbs', 'hrs', 'mins', 'yrs', 'nd', 'rd', 'th', 'gym', 'gyms', 'myth', 'lynx', 'nymph', 'rhythm', 'shh', 'pfft', 'tsk', 'brr', 'grr', 'ny']);
const SMALL = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to', 'in', 'on', 'by', 'with']);

/** True when `words` (in order) begin with initials that spell `acronym`, small words ("of", "and") left out. */
function spells(acronym: string, words: string[]): boolean {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  const initials = words.filter((w) => !SMALL.has(w.toLowerCase())).map((w) => w[0]?.toUpperCase() ?? '');
  for (let from = 0; from < initials.length; from++) {
    if (initials.slice(from, from + letters.length).join('') === letters) return true;
  }
  return false;
}

/** `words` are the acronym word for letter, small words included ("POD", proof of delivery). */
const spelledOut = (letters: string, words: string[]) =>
  words.length === letters.length && !SMALL.has(words[0]!.toLowerCase()) && words.map((w) => w[0]!.toUpperCase()).join('') === letters;

/** Expanded where used: `MTBF, the mean time between failures`, `mean time between failures (MTBF)`, `MTBF stands for ...`. */
function expanded(acronym: string, text: string, index: number, length = acronym.length): boolean {
  if (glossed(text, index, length)) return true;
  const rest = text.slice(index + length);
  // Spelled out a little later in the sentence ("an NLP step, and straight away said it means natural language processing"); short acronyms only nearby.
  const reach = acronym.length >= 3 ? acronym.length + 10 : acronym.length + 4;
  const after = (rest.match(/[\p{L}][\p{L}'-]*/gu) ?? []).slice(0, reach);
  const before = (text.slice(0, index).match(/[\p{L}][\p{L}'-]*/gu) ?? []).slice(-(acronym.length + 3));
  // Word for word right beside it, small words too: "the POD, proof of delivery", "proof of delivery (POD)".
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  const n = letters.length;
  const beside = n > 0 && (spelledOut(letters, after.slice(0, n)) || spelledOut(letters, after.slice(1, n + 1)) || spelledOut(letters, before.slice(-n)));
  // A mixed-case acronym is spelled by its capitals too ("RevPAR", revenue per available room).
  const capitals = /[a-z]/.test(acronym) ? acronym.replace(/[^A-Z]/g, '') : '';
  return beside || spells(acronym, after) || spells(acronym, before) || (capitals.length >= 2 && (spells(capitals, after) || spells(capitals, before)));
}

/**
 * The technical acronyms of an answer never expanded or said what they are, each with the sentence it is first used
 * in, and every use of them.
 */
function unexpanded(answer: Answer, ctx: RuleContext): { missing: Map<string, Sentence>; uses: AcronymUse[] } {
  const known = new Set<string>();
  const missing = new Map<string, Sentence>();
  const uses: AcronymUse[] = [];
  // A transcript with no capital letters (bar "I") writes its acronyms small.
  const uncased = answer.words >= 20 && answer.sentences.every((s) => !/\p{Lu}/u.test(s.norm.replace(/\bI\b/g, '')));
  for (const s of answer.sentences) {
    for (const m of s.norm.matchAll(SPELLED)) {
      const acronym = m[0].replace(/ /g, '').toUpperCase();
      if (NOT_SPELLED.has(acronym) || ctx.terms.everydayAcronyms.has(acronym) || known.has(acronym)) continue;
      if (expanded(acronym, s.norm, m.index, m[0].length)) {
        known.add(acronym);
        missing.delete(acronym);
      } else {
        if (!missing.has(acronym)) missing.set(acronym, s);
        uses.push({ s, acronym, index: m.index, length: m[0].length });
      }
    }
    if (uncased) {
      for (const m of s.norm.matchAll(SMALL_ACRONYM)) {
        const acronym = m[0].toUpperCase();
        if (NOT_SMALL_ACRONYM.has(m[0]) || ctx.terms.everydayAcronyms.has(acronym) || known.has(acronym)) continue;
        if (expanded(acronym, s.norm, m.index)) known.add(acronym);
        else {
          if (!missing.has(acronym)) missing.set(acronym, s);
          uses.push({ s, acronym, index: m.index, length: m[0].length });
        }
      }
      continue;
    }
    const tokens = s.norm.match(/[\p{L}]+/gu) ?? [];
    // A sentence mostly in capitals is shouting or caption style, not acronyms.
    if (tokens.filter((t) => t.length > 1 && t === t.toUpperCase()).length > tokens.length / 2) continue;
    // An everyday acronym that begins a term of art ("PR curve") is that term's, not the everyday one.
    const hits = ctx.terms.find(s.norm);
    const termStarts = new Set(hits.filter((h) => h.kind === 'technical' && /\s/.test(h.text)).map((h) => h.index));
    // A name written in mixed case ("MySQL", "NoSQL") is a tool's name, not an acronym to expand.
    const named = (at: number) => hits.some((h) => h.kind === 'named' && h.index <= at && at < h.index + h.text.length);
    for (const m of s.norm.matchAll(ACRONYM)) {
      const acronym = m[0].replace(/s$/, '');
      const everyday = ctx.terms.everydayAcronyms.has(acronym.toUpperCase()) && !termStarts.has(m.index);
      if ((acronym.match(/[A-Z]/g) ?? []).length < 2 || everyday || known.has(acronym) || (/^[A-Z][a-z]+[A-Z]/.test(acronym) && named(m.index))) continue;
      if (expanded(acronym, s.norm, m.index)) {
        known.add(acronym);
        missing.delete(acronym);
      } else {
        if (!missing.has(acronym)) missing.set(acronym, s);
        uses.push({ s, acronym, index: m.index, length: m[0].length });
      }
    }
  }
  return { missing, uses: uses.filter((u) => missing.has(u.acronym)) };
}

function acronyms(answer: Answer, missing: Map<string, Sentence>): Finding[] {
  if (missing.size === 0) return [];
  const names = [...missing.keys()];
  const quoted = answer.sentences.filter((s) => [...missing.values()].includes(s)).slice(0, 3);
  return [finding('acronym', `${listOf(names)} ${names.length === 1 ? 'is' : 'are'} used without saying what ${names.length === 1 ? 'it stands' : 'they stand'} for.`, quoted)];
}

/** A sentence written as one: a capital opens it and a stop closes it ("So the recommender takes ... saying why."). */
const WRITTEN = /^[^\p{L}]*\p{Lu}[^]*[.!?]["'”’)\]]*\s*$/u;

/**
 * Words in the longest sentence a listener hears in `s`. A stretch written with hardly a comma or a stop (a caption,
 * a transcript typed as heard: under one comma per 40 words, fillers' commas aside, and not opened by a capital and
 * closed by a stop) is read in its spoken sentences: a new clause with nothing linking it starts one. A written
 * sentence, with its commas or its capital and stop, is read as written: its writer marked where it ends.
 */
function heardLength(s: Sentence): number {
  const commas = (s.norm.match(/[,;:–—]|\s-\s/g) ?? []).length;
  if (s.words <= LONG_SENTENCE_WORDS || commas * LONG_SENTENCE_WORDS >= s.words || WRITTEN.test(s.norm.trim())) return s.words;
  return Math.max(...spokenLengths(s.norm));
}

function longSentences(answer: Answer): Finding[] {
  const long = answer.sentences.map((s) => ({ s, words: heardLength(s) })).filter((x) => x.words > LONG_SENTENCE_WORDS);
  if (long.length === 0) return [];
  const most = Math.max(...long.map((x) => x.words));
  return [finding('long_sentences', `${long.length === 1 ? 'A sentence runs' : `${long.length} sentences run`} to ${most} words; spoken, a listener loses the thread after about ${LONG_SENTENCE_WORDS}.`, long.slice(0, 2).map((x) => x.s))];
}

const MISSING: Record<Part, { rule: 'no_purpose' | 'no_input' | 'no_output' | 'no_tradeoff'; message: string }> = {
  purpose: { rule: 'no_purpose', message: 'No sentence says what the model is for: the decision or work it supports, and for whom.' },
  input: { rule: 'no_input', message: 'No sentence says in ordinary words what information the model uses.' },
  output: { rule: 'no_output', message: 'No sentence says what the model gives back (a score, a list, a yes or no).' },
  tradeoff: { rule: 'no_tradeoff', message: 'No limitation, cost of its mistakes, or choice between two goods is mentioned.' },
};

function parts(answer: Answer, terms: readonly string[]): Finding[] {
  const said = partsSaid(answer, terms);
  return PARTS.filter((p) => !said.has(p)).map((p) => finding(MISSING[p].rule, MISSING[p].message, opening(answer)));
}

/** The words of an explanation a listener would not follow: its unexplained terms and bare acronyms (jargon.ts). */
export const explanationTerms = (answer: Answer, ctx: RuleContext): string[] => unexplainedTerms(answer, ctx, unexpanded(answer, ctx).uses);

/** Findings on an answer to a question asking for a plain explanation. */
export function plainFindings(answer: Answer, ctx: RuleContext): Finding[] {
  if (answer.words === 0) return [];
  const bare = unexpanded(answer, ctx);
  return [...jargon(answer, ctx, bare.uses), ...acronyms(answer, bare.missing), ...longSentences(answer), ...parts(answer, unexplainedTerms(answer, ctx, bare.uses))];
}
