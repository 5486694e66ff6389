// What every rule shares: the answer it reads, how a finding is made, and
// sentence matching on the filler-free, lower-case text.
import type { Sentence } from '../sentences.js';
import type { Terms } from '../terms.js';
import { NOTE_RULES, type Finding, type NoteRule, type Quote } from '../types.js';

export interface Answer {
  sentences: Sentence[];
  /** Words without fillers. */
  words: number;
}

export interface RuleContext {
  terms: Terms;
}

/** Quotes keep what was said and where; the filler-free form stays inside the rules. */
export const quoteOf = ({ text, at, place }: Sentence): Quote => ({ text, at, place });

export function finding(rule: NoteRule, message: string, sentences: readonly Sentence[]): Finding {
  const { group, title } = NOTE_RULES[rule];
  return { rule, group, title, message, quotes: sentences.map(quoteOf) };
}

/** The filler-free sentence in lower case, with typographic apostrophes made plain. */
export const lower = (s: Sentence): string => s.norm.toLowerCase().replace(/[’‘]/g, "'");

/** Sentences whose lower-case text matches any pattern. */
export function matching(answer: Answer, ...patterns: RegExp[]): Sentence[] {
  return answer.sentences.filter((s) => patterns.some((p) => p.test(lower(s))));
}

/** The first sentences of an answer: quoted for an absence, as what was read. */
export const opening = (answer: Answer, n = 2): Sentence[] => answer.sentences.slice(0, n);

/** Joins names for a message: `a, b and c`. */
export function listOf(items: readonly string[], max = 6): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
