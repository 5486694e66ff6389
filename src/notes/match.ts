// Answers matched to the kit's questions. An interviewer's turn (or a notes
// heading) that shares enough rare words with a question's title and prompt
// starts that question's answer; the question next in kit order gets a small
// bonus, so a paraphrase in the expected place still matches. A short prompt
// ("Why?", "Go on") or a follow-up keeps the current question; another real
// question that matches nothing starts unmatched talk, kept as such.
import type { Sentence } from './sentences.js';
import type { Turn } from './turns.js';
import type { KitQuestion } from '../interview/index.js';

/** Share of an interviewer's words (weighted by rarity) a question must explain to match. */
export const MATCH_THRESHOLD = 0.5;
/** Added for the question that comes next in kit order. */
export const ORDER_BONUS = 0.15;
/** A turn with fewer content words than this is a prompt to go on, not a new question. */
const SHORT_TURN = 4;

const STOP = new Set(
  'a an the and or but if then so to of in on at for with from by as is are was were be been being it its this that these those there here i me my mine we us our you your yours he she they them their what which who whom whose when where why how do does did done have has had can could would should will shall may might must not no yes about into over under again more most some any each every all both few other such only own same than too very just also tell walk through let lets let\'s please talk say said think thing things kind sort time one give go going get got like well okay ok right sure now next question questions'.split(' '),
);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 1).map(stem);
}

export interface KitEntry {
  question: KitQuestion;
  round: number;
  /** Kit order, 0-based. */
  order: number;
}

interface Indexed extends KitEntry {
  words: Set<string>;
  followUps: Set<string>;
}

export interface Segment {
  entry: KitEntry | null;
  asked: Sentence[];
  said: Sentence[];
  /** The interviewer's sentence (or heading) closest to the kit question. */
  askedWith?: Sentence;
}

export class QuestionIndex {
  private readonly entries: Indexed[];
  private readonly idf = new Map<string, number>();
  private readonly unknownIdf: number;

  constructor(entries: KitEntry[]) {
    this.entries = entries.map((e) => ({
      ...e,
      words: new Set(contentWords(`${e.question.title} ${e.question.prompt}`)),
      followUps: new Set(contentWords(e.question.followUps.join(' '))),
    }));
    const n = Math.max(1, this.entries.length);
    const df = new Map<string, number>();
    for (const e of this.entries) for (const w of new Set([...e.words, ...e.followUps])) df.set(w, (df.get(w) ?? 0) + 1);
    for (const [w, d] of df) this.idf.set(w, Math.log(1 + n / d));
    this.unknownIdf = Math.log(1 + n);
  }

  private weight(w: string): number {
    return this.idf.get(w) ?? this.unknownIdf;
  }

  /** Share of `words` (by weight) found in `target`. */
  private cover(words: string[], target: Set<string>): number {
    const unique = [...new Set(words)];
    const total = unique.reduce((s, w) => s + this.weight(w), 0);
    if (total === 0) return 0;
    return unique.filter((w) => target.has(w)).reduce((s, w) => s + this.weight(w), 0) / total;
  }

  /** The best question for an interviewer's words (the whole turn, or its best sentence), or null. */
  best(texts: string[], nextOrder: number): { entry: KitEntry; score: number } | null {
    let best: { entry: KitEntry; score: number } | null = null;
    for (const e of this.entries) {
      const raw = Math.max(0, ...texts.map((t) => contentWords(t)).filter((w) => w.length >= 2).map((w) => this.cover(w, e.words)));
      const score = raw + (e.order === nextOrder ? ORDER_BONUS : 0);
      if (!best || score > best.score) best = { entry: e, score };
    }
    return best && best.score >= MATCH_THRESHOLD ? best : null;
  }

  /** The sentence that shares most with the question. */
  closest(sentences: Sentence[], entry: KitEntry): Sentence | undefined {
    const e = this.entries.find((x) => x.order === entry.order);
    if (!e) return sentences[0];
    let best: { s: Sentence; score: number } | undefined;
    for (const s of sentences) {
      const score = this.cover(contentWords(s.text), e.words);
      if (!best || score > best.score) best = { s, score };
    }
    return best?.s;
  }

  isFollowUp(text: string, entry: KitEntry): boolean {
    const e = this.entries.find((x) => x.order === entry.order);
    return e !== undefined && this.cover(contentWords(text), new Set([...e.followUps, ...e.words])) >= MATCH_THRESHOLD;
  }
}

/** Splits the turns into answers to kit questions and unmatched talk, in the order they were said. */
export function segment(turns: Turn[], entries: KitEntry[]): Segment[] {
  const index = new QuestionIndex(entries);
  const segments: Segment[] = [];
  let current: Segment = { entry: null, asked: [], said: [] };
  let lastOrder = -1;
  const start = (entry: KitEntry | null, asked: Sentence[]) => {
    if (current.asked.length > 0 || current.said.length > 0) segments.push(current);
    current = { entry, asked, said: [] };
    const closest = entry ? index.closest(asked, entry) : undefined;
    if (closest) current.askedWith = closest;
    if (entry) lastOrder = Math.max(lastOrder, entry.order);
  };
  for (const turn of turns) {
    if (turn.role === 'candidate') {
      current.said.push(...turn.sentences);
      continue;
    }
    if (turn.role === 'nobody') continue;
    const texts = [turn.sentences.map((s) => s.text).join(' '), ...turn.sentences.map((s) => s.text)];
    const match = index.best(texts, lastOrder + 1);
    if (match && match.entry.order !== current.entry?.order) {
      start(match.entry, turn.sentences);
      continue;
    }
    if (turn.role === 'heading') {
      if (!match) start(null, turn.sentences);
      continue;
    }
    const content = contentWords(texts[0]).length;
    const asks = turn.sentences.some((s) => s.text.trim().endsWith('?'));
    if (match || content < SHORT_TURN || !asks || (current.entry && index.isFollowUp(texts[0], current.entry))) current.asked.push(...turn.sentences);
    else start(null, turn.sentences);
  }
  start(null, []);
  return segments;
}
