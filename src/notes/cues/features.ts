// The words of an answer as the cue model reads them: the filler-free
// sentences in lower case (interviewers' notes in the candidate's voice),
// contractions spelled out, numbers as one token, and each word and each pair
// of neighbouring words once. Content only: fillers, accent and grammar slips
// are the sentence reader's to drop (sentences.ts), and what is left is the
// vocabulary of what was said.
import { inCandidateVoice, lower, type Answer } from '../rules/common.js';

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/n't\b/g, ' not'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ' s'],
];

/**
 * Forms that differ only by agreement or article, read as one word: a twin said with slips ("what I does
 * differently", "a input", "they was") must weigh as its fluent twin does.
 */
const SAME_WORD: Record<string, string> = { does: 'do', has: 'have', an: 'a', are: 'is', am: 'is', were: 'was' };

/**
 * A word without its inflection: a final `s` (not `ss`, `us`, `is`), then `ed`, then `e`, on words of four
 * letters or more, so "adds", "added" and "add", or "uses", "used" and "use", are one word. A twin's tense and
 * agreement slips ("I adds", "yesterday I change") then weigh as its fluent twin's words do; plural and
 * singular nouns become one word too, which says the same content.
 */
export function stem(word: string): string {
  if (word.length < 4) return word;
  let w = word;
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  // "changes", "changed" and "change" all end as "chang".
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The words of one lower-case text as said, contractions spelled out. */
const saidWords = (text: string): string[] => {
  let t = text;
  for (const [from, to] of CONTRACTIONS) t = t.replace(from, to);
  return t.match(/[a-z]+|\d+/g) ?? [];
};

const token = (w: string): string => (/^\d/.test(w) ? '<num>' : stem(SAME_WORD[w] ?? w));

/** The tokens of one lower-case text: words, and `<num>` for every number. */
export const tokens = (text: string): string[] => saidWords(text).map(token);

/** Words and pairs of neighbouring words (`a_b`) of one text, each once. */
export function featuresOfText(text: string): Set<string> {
  const out = new Set<string>();
  // Pairs do not cross sentences: each sentence is read on its own.
  for (const sentence of text.split('\n')) {
    const words = tokens(sentence);
    words.forEach((w, i) => {
      out.add(w);
      if (i > 0) out.add(`${words[i - 1]}_${w}`);
    });
  }
  return out;
}

/** The answer as the cue model reads it: one line per sentence, in the candidate's voice. */
export function answerText(answer: Answer): string {
  return inCandidateVoice(answer).sentences.map(lower).join('\n');
}

export const answerFeatures = (answer: Answer): Set<string> => featuresOfText(answerText(answer));

/** Each feature of an answer as its words were first said there ("added" for `add`), for messages. */
export function answerFeatureWords(answer: Answer): Map<string, string> {
  const out = new Map<string, string>();
  for (const sentence of answerText(answer).split('\n')) {
    const said = saidWords(sentence);
    const words = said.map(token);
    words.forEach((w, i) => {
      if (!out.has(w)) out.set(w, said[i]!);
      if (i > 0 && !out.has(`${words[i - 1]}_${w}`)) out.set(`${words[i - 1]}_${w}`, `${said[i - 1]} ${said[i]}`);
    });
  }
  return out;
}
