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

/** The tokens of one lower-case text: words, and `<num>` for every number. */
export function tokens(text: string): string[] {
  let t = text;
  for (const [from, to] of CONTRACTIONS) t = t.replace(from, to);
  return (t.match(/[a-z]+|\d+/g) ?? []).map((w) => (/^\d/.test(w) ? '<num>' : (SAME_WORD[w] ?? w)));
}

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
