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

/** Letters as speech-to-text writes them when said one by one ("em el flow" for MLflow). */
const LETTER_NAMES: Record<string, readonly string[]> = {
  a: ['ay'], b: ['bee'], c: ['see', 'cee'], d: ['dee'], e: ['ee'], f: ['ef', 'eff'], g: ['gee'], h: ['aitch', 'haitch'], i: ['eye'],
  j: ['jay'], k: ['kay'], l: ['el', 'ell'], m: ['em'], n: ['en'], o: ['oh'], p: ['pee'], q: ['cue', 'queue'], r: ['ar'], s: ['ess'],
  t: ['tee'], u: ['you'], v: ['vee'], w: ['double you', 'double u'], x: ['ex'], y: ['why', 'wye'], z: ['zed', 'zee'],
};

/**
 * A name's words as written together: "LangChain" → lang|chain, "NumPy" → num|py. Capitals before small letters are
 * read both ways: "MLflow" → ml|flow, "XGBoost" → xg|boost.
 */
function wordsOf(token: string): string[][] {
  if (!/^[A-Za-z0-9]+$/.test(token)) return [];
  const ways = (at: number): string[][] => {
    if (at >= token.length) return [[]];
    const rest = token.slice(at);
    const caps = /^[A-Z]+/.exec(rest)?.[0] ?? '';
    const heads = new Set<string>();
    if (caps.length >= 2 && /[a-z]/.test(rest.charAt(caps.length))) {
      heads.add(caps);
      heads.add(caps.slice(0, -1));
    } else if (caps.length >= 1) heads.add(caps.length === 1 ? (/^[A-Z][a-z]+/.exec(rest)?.[0] ?? caps) : caps);
    else heads.add(/^(?:[a-z]+|\d+)/.exec(rest)![0]);
    return [...heads].flatMap((h) => ways(at + h.length).map((tail) => [h, ...tail]));
  };
  return ways(0).filter((parts) => parts.length > 1);
}

/** Each way a part can be said: itself, or (capitals of two to four letters) letter by letter, as letters or their names. */
function saidAs(part: string): string[] {
  const lower = part.toLowerCase();
  if (!/^[A-Z]{2,4}$/.test(part)) return [lower];
  let ways = [''];
  for (const ch of lower) ways = ways.flatMap((w) => [ch, ...(LETTER_NAMES[ch] ?? [])].map((x) => (w ? `${w} ${x}` : x)));
  return [lower, ...ways];
}

/**
 * How speech-to-text writes a name said aloud: its run-together words apart ("lang chain", "air flow", "py torch"),
 * its capitals spelled out ("em el flow", "m l flow"). Only forms with a space the written name does not have.
 */
export function spokenForms(text: string, tails: ReadonlySet<string> = new Set()): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  let forms = [''];
  for (const token of tokens) {
    const split = wordsOf(token);
    // "Airflow", "Kubeflow": a name with no capitals inside that ends in the last word of another ("TensorFlow") is split there too.
    const tail = split.length === 0 && /^[A-Za-z]+$/.test(token) ? [...tails].find((t) => token.length >= t.length + 3 && token.toLowerCase().endsWith(t)) : undefined;
    const splits = split.length > 0 ? split : [tail ? [token.slice(0, -tail.length), tail] : [token]];
    const said = splits.flatMap((parts) => parts.map(saidAs).reduce<string[]>((acc, ways) => acc.flatMap((a) => ways.map((w) => (a ? `${a} ${w}` : w))), ['']));
    forms = forms.flatMap((f) => said.map((w) => (f ? `${f} ${w}` : w))).slice(0, 64);
  }
  const written = foldTerm(text);
  return [...new Set(forms)].filter((f) => f !== written && f.replace(/ /g, '') !== f && f.split(' ').length > written.split(' ').length);
}

/** The last words of names written together ("flow" of TensorFlow, "chain" of LangChain): other names end in them too. */
function lastWords(texts: Iterable<string>): Set<string> {
  const tails = new Set<string>();
  for (const text of texts) for (const token of text.split(/\s+/)) for (const parts of wordsOf(token)) if (/^[a-z]{3,}$/i.test(parts.at(-1)!) && /[a-z]/.test(parts.at(-1)!)) tails.add(parts.at(-1)!.toLowerCase());
  return tails;
}

/** Tools' nouns: what follows a name used as a tool ("the air flow dags", "the evidently drift report"). */
const TOOL_NOUN =
  /^s?\s+(?:(?:data |model |feature |concept |prediction |target )?drift |data quality |test |evaluation |eval |monitoring |tracking |training )?(?:dags?|reports?|dashboards?|test suites?|presets?|clusters?|servers?|ui|instances?|schedulers?|operators?|tasks?|jobs?|experiments?|tracking|registry|model registry|projects?|pipelines?|charts?|agents?|chains?|workflows?|deployments?|pods?|scripts?|templates?|sdk|api|library|decorators?|metrics?|checks?|config|stack)\b/;
/** Before a tool's noun: a determiner, a preposition or a verb of making, not an adverb's subject ("it evidently reports ..."). */
const BEFORE_TOOL_NOUN = /(?:^|\b(?:the|a|an|our|my|their|his|her|its|this|that|these|those|some|any|every|each|all|in|on|with|using|via|into|from|of|to|built|wrote|set up|ran|deployed|used|added|made|created|configured|moved)\s+)$/;
/** A verb of making or using, a few words of object, and a preposition: "built it in", "log every run in", "set it up with". */
const USED_IN =
  /\b(?:built|build|builds|building|wrote|write|writes|writing|set (?:\w+ )?up|sets (?:\w+ )?up|setting (?:\w+ )?up|ran|run|runs|running|deployed|deploy|deploys|deploying|scheduled|schedule|schedules|orchestrated|orchestrate|logged|log|logs|logging|tracked|track|tracks|registered|hosted|host|served|moved|migrated|ported|put|kept|stored|store|did|do|done|made|make|created|implemented|used|use|uses|using|trained|monitored|monitor|monitors|tested|checked|managed|maintained|maintain|maintains)(?: (?!(?:and|but|so|because|when|if|then|i|we|they|he|she)\b)[\w'-]+){0,5}? (?:in|on|with|into|onto|through|via|using|inside|to|from)\s+$/;
/** A verb whose object the name is: "used lang chain", "we chose air flow". */
const USED = /\b(?:used|use|uses|using|chose|picked|adopted|installed|configured|deployed|set up|ran|run|learned|switched to|moved to|migrated to)\s+$/;
/** What follows a name used as a tool: the clause ends or goes on ("in lang chain with a prompt", "in air flow."). */
const GOES_ON_AFTER =
  /^s?\s*(?:[.,;:!?)]|$|(?:and|but|so|because|for|to|with|which|that|too|as|myself|ourselves|at|in|on|every|each|before|after|since|from|then|when|where|while|instead|again|back|now|there|here|until|or|also|only|just|all|ever)\b)/;

/** `text` (lower case) names a tool at `index`..`end` by how it is used, not as an ordinary word. */
function usedAsTool(text: string, index: number, end: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(end);
  if (TOOL_NOUN.test(after) && BEFORE_TOOL_NOUN.test(before)) return true;
  return (USED_IN.test(before) || USED.test(before)) && GOES_ON_AFTER.test(after);
}

/** A sentence written with no capitals (bar "I"): speech-to-text, or notes typed in lower case. */
const uncased = (text: string) => !/\p{Lu}/u.test(text.replace(/\bI\b/g, ''));

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
  // Names as speech-to-text writes them (spokenForms), and, in a sentence without capitals, a name that is also an
  // ordinary word written small ("the evidently drift report"): each counts only where it is used as a tool.
  const spoken = new Map<string, Entry & { key: string; small: boolean }>();
  const tails = lastWords(getLexicon().entries.flatMap((e) => e.forms.map((f) => f.text)));
  for (const e of getLexicon().entries) {
    if (e.category === 'other') continue;
    const kind: TermKind = e.category === 'language' ? 'generic' : 'named';
    for (const f of e.forms) {
      if (f.key.length < 3) continue;
      for (const form of spokenForms(f.text, tails)) if (!plain.has(form) && !spoken.has(form)) spoken.set(form, { kind, skill: e.id, key: f.key, small: false });
      if ((f.cased || f.weak) && !plain.has(f.key) && !spoken.has(f.key)) spoken.set(f.key, { kind, skill: e.id, key: f.key, small: true });
    }
  }
  for (const t of file.technical) if (!plain.has(foldTerm(t))) plain.set(foldTerm(t), { kind: 'technical' });
  for (const t of file.generic) plain.set(foldTerm(t), { kind: 'generic' });
  for (const t of file.systems) if (!plain.has(foldTerm(t))) plain.set(foldTerm(t), { kind: 'system' });
  const plainPattern = alternation(plain.keys(), 'gu');
  const casedPattern = alternation(cased.keys(), 'gu');
  // Looked up by their first word: thousands of forms are too many for one pattern.
  const spokenByFirst = new Map<string, string[]>();
  for (const form of [...spoken.keys()].sort((a, b) => b.length - a.length)) {
    const first = form.split(' ')[0]!;
    spokenByFirst.set(first, [...(spokenByFirst.get(first) ?? []), form]);
  }
  const spokenAt = (folded: string, at: number, word: string): string | undefined => {
    for (const form of spokenByFirst.get(word) ?? []) {
      if (!folded.startsWith(form, at)) continue;
      const end = at + form.length;
      const plural = folded.charAt(end) === 's' ? 1 : 0;
      if (!/[\p{L}\p{N}]/u.test(folded.charAt(end + plural))) return folded.slice(at, end + plural);
      if (!/[\p{L}\p{N}]/u.test(folded.charAt(end))) return form;
    }
    return undefined;
  };
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
    const small = uncased(text);
    for (const w of folded.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu)) {
      const at = w.index;
      const said = spokenAt(folded, at, w[0]);
      const entry = said === undefined ? undefined : (spoken.get(said) ?? spoken.get(said.slice(0, -1)));
      if (said === undefined || !entry || (entry.small && !small) || !usedAsTool(folded, at, at + said.length)) continue;
      const end = at + said.length;
      // The whole name said apart wins over a word of it found alone ("py torch" over "torch", "fast api" over "api").
      const inside = (h: TermHit) => h.index >= at && h.index + h.text.length <= end;
      if (hits.some((h) => !inside(h) && at < h.index + h.text.length && h.index < end)) continue;
      for (let i = hits.length - 1; i >= 0; i--) if (inside(hits[i]!)) hits.splice(i, 1);
      hits.push({ text: text.slice(at, end), key: entry.key, kind: entry.kind, skill: entry.skill, index: at });
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
