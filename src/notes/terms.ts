// The jargon lexicon: every catalogue tool and skill of the CV lexicon (named
// tools and systems), plus data/notes-terms.yaml (technical terms, generic
// ones, and the acronyms everyone knows). Found in a sentence by one pass of
// a longest-first pattern over its folded text.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { getLexicon } from '../cv/index.js';
import { dataPath } from '../util/paths.js';

/**
 * `named`: a tool, product or platform; `technical`: a term of art; `system`: a kind of system anyone
 * knows (a chatbot, a dashboard): specific, not jargon; `generic`: jargon too broad to be specific.
 */
export type TermKind = 'named' | 'technical' | 'system' | 'generic';

export interface TermHit {
  /** As written in the sentence. */
  text: string;
  key: string;
  kind: TermKind;
  /** The skill id (catalogue id for a catalogue tool) of a named term. */
  skill?: string;
  index: number;
}

export interface Terms {
  find(text: string): TermHit[];
  everydayAcronyms: ReadonlySet<string>;
}

const TermsFile = z.object({
  technical: z.array(z.string()),
  generic: z.array(z.string()),
  systems: z.array(z.string()),
  everyday_acronyms: z.array(z.string()),
});
type TermsFile = z.infer<typeof TermsFile>;

/** Folds for comparison: NFKC, lower case, hyphens, underscores and spaces as one space (as the CV lexicon does). */
export const foldTerm = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\-_]+/g, ' ');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * After a sentence's first word, what sets it off as the topic the sentence answers about: a colon ("Spark: ran the
 * nightly jobs"), a pause and an answer word ("Evidently, yes, ...", "Ray? Sure, ..."), or nothing, the name echoed
 * alone ("Evidently?"). The adverb ("Evidently, the feed had changed") has none of them.
 */
const TOPIC_AFTER = /^\s*(?::(?!\/\/)|[,?!]|\s[-–—])\s*(?:(?:yes|yeah|yep|sure|right|ok|okay|absolutely|definitely|of course)\b|(?<=:\s*)\S)|^\s*[?:]?\s*$/i;

function alternation(keys: Iterable<string>, flags: string): RegExp {
  const sorted = [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${sorted.join('|')})s?(?![\p{L}\p{N}])`, flags);
}

interface Entry {
  kind: TermKind;
  skill?: string;
}

export function buildTerms(file: TermsFile): Terms {
  const plain = new Map<string, Entry>();
  const cased = new Map<string, Entry & { weak: boolean }>();
  for (const e of getLexicon().entries) {
    if (e.category === 'other') continue;
    const kind: TermKind = e.category === 'language' ? 'generic' : 'named';
    for (const f of e.forms) {
      // Names that are also ordinary words (Evidently, Spark) match only as written, and not as a sentence's first word.
      if (f.cased || f.weak) {
        if (f.key.length < 3) continue;
        const written = /\p{Lu}/u.test(f.text) ? f.text : f.text.charAt(0).toUpperCase() + f.text.slice(1);
        cased.set(written, { kind, skill: e.id, weak: f.weak });
        cased.set(written.toUpperCase(), { kind, skill: e.id, weak: f.weak });
      } else if (!f.weak && f.key.length >= 2) plain.set(f.key, { kind, skill: e.id });
    }
  }
  for (const t of file.technical) if (!plain.has(foldTerm(t))) plain.set(foldTerm(t), { kind: 'technical' });
  for (const t of file.generic) plain.set(foldTerm(t), { kind: 'generic' });
  for (const t of file.systems) if (!plain.has(foldTerm(t))) plain.set(foldTerm(t), { kind: 'system' });
  const plainPattern = alternation(plain.keys(), 'gu');
  const casedPattern = alternation(cased.keys(), 'gu');
  const find = (text: string): TermHit[] => {
    // Folded character for character, so a match's index is its place in `text`.
    const lower = text.toLowerCase();
    const folded = (lower.length === text.length ? lower : text).replace(/[-_]/g, ' ');
    const hits: TermHit[] = [];
    for (const m of folded.matchAll(plainPattern)) {
      const key = plain.has(m[0]) ? m[0] : m[0].slice(0, -1);
      const entry = plain.get(key);
      if (entry) hits.push({ text: text.slice(m.index, m.index + m[0].length), key, ...entry, index: m.index });
    }
    for (const m of text.matchAll(casedPattern)) {
      const key = cased.has(m[0]) ? m[0] : m[0].slice(0, -1);
      const entry = cased.get(key);
      // A cased name that is also an ordinary word (Evidently) counts only inside a sentence, not as its first word,
      // unless it is set off as what the sentence is about ("Evidently: ...", "Evidently, yes, I've used it").
      if (!entry || (entry.weak && text.slice(0, m.index).trim() === '' && !TOPIC_AFTER.test(text.slice(m.index + m[0].length)))) continue;
      if (hits.some((h) => m.index < h.index + h.text.length && h.index < m.index + m[0].length)) continue;
      hits.push({ text: m[0], key: foldTerm(key), kind: entry.kind, skill: entry.skill, index: m.index });
    }
    return hits.sort((a, b) => a.index - b.index);
  };
  return { find, everydayAcronyms: new Set(file.everyday_acronyms.map((a) => a.toUpperCase())) };
}

let cached: Terms | undefined;

/** The terms, built once from data/notes-terms.yaml and the lexicon. */
export function getTerms(): Terms {
  cached ??= buildTerms(TermsFile.parse(parse(readFileSync(dataPath('notes-terms.yaml'), 'utf8'))));
  return cached;
}

/**
 * The whole of `label` is one named tool ("LangChain", "MLflow", "Docker"): a bullet's heading in an interviewer's
 * notes, not a speaker. A name that is also an ordinary word (Ray, Julia) is not found as a first word, so it stays a
 * possible name.
 */
export function isToolName(label: string): boolean {
  const text = label.trim();
  const hits = getTerms().find(text);
  return hits.length === 1 && hits[0]!.kind === 'named' && hits[0]!.index === 0 && hits[0]!.text.length === text.length;
}
