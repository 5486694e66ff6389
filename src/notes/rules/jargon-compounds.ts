// Terms of statistics and data science made the way those trades make them,
// from words a listener knows: a head noun whose everyday sense is not the one
// meant once another noun stands before it ("churn propensity", "engagement
// decay", "kernel density smoothing", "an origin-destination matrix", "the
// correlation coefficient"), and a noun after a participle only statistics
// uses ("lagged bookings", "detrended sales"). The compound is one term, so it
// counts once however many words it has. Heads whose compounds are mostly
// everyday ("heart rate", "credit score", "risk factor", "price index", "the
// weather model") are not here: over the 47 labelled sets "<x> rate" was
// everyday in nearly every use.

/** What a modifier before a head is not: a determiner, a pronoun, a preposition, a number or a word of degree. */
const NOT_MODIFIER =
  /^(?:the|a|an|this|that|these|those|its|it's|their|our|my|his|her|your|some|any|each|every|no|all|both|of|in|on|for|with|and|or|to|from|by|at|as|into|via|per|than|then|is|are|was|were|be|been|has|have|had|do|does|did|not|high|higher|highest|low|lower|lowest|big|bigger|small|smaller|strong|weak|general|overall|same|new|old|more|less|most|least|much|many|little|natural|real|whole|full|simple|basic|own|other|such|very|quite|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d.,%]*)$/i;
/** Adjectives and participles by their ending: "a natural propensity", "the predicted anomaly". */
const ADJECTIVE = /(?:al|ous|ive|ful|less|ic|able|ible|ly|est|ed)$/i;
/** A nominalisation: what decays in the statistical sense is an activity or a measure ("engagement", "attention", "usage"). */
const NOMINALISATION = /(?:ment|tion|sion|ance|ence|ity|age|ship)$/i;

interface Head {
  head: RegExp;
  /** Which words before the head make a term with it. */
  modifier: (word: string) => boolean;
}

const noun = (w: string) => !NOT_MODIFIER.test(w) && !ADJECTIVE.test(w);
const anyButFunction = (w: string) => !NOT_MODIFIER.test(w);

/** Heads of statistical terms, each with the words that may stand before it. */
const HEADS: readonly Head[] = [
  { head: /^propensit(?:y|ies)$/i, modifier: noun },
  { head: /^decay$/i, modifier: (w) => noun(w) && NOMINALISATION.test(w) },
  { head: /^anomal(?:y|ies)$/i, modifier: noun },
  { head: /^smoothing$/i, modifier: anyButFunction },
  { head: /^(?:matrix|matrices)$/i, modifier: anyButFunction },
  { head: /^coefficients?$/i, modifier: anyButFunction },
];

/** Participles only statistics puts before a noun: "lagged bookings", "deseasonalised demand". */
const STATS_PARTICIPLE = /^(?:lagged|detrended|deseasonali[sz]ed|log-transformed|winsori[sz]ed|time-decayed)$/i;

export interface CompoundTerm {
  key: string;
  text: string;
  index: number;
  end: number;
}

/** The statistical compounds of a sentence (see the head of this file), with where they stand in it. */
export function compoundTerms(text: string): CompoundTerm[] {
  const words = [...text.matchAll(/(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}'’-])/gu)];
  const out: CompoundTerm[] = [];
  const add = (from: number, to: number) => {
    const a = words[from]!;
    const b = words[to]!;
    const phrase = text.slice(a.index, b.index + b[0].length);
    if (/[,.;:!?()"“”]/.test(phrase)) return;
    out.push({ key: phrase.toLowerCase().replace(/[\s_-]+/g, ' '), text: phrase, index: a.index, end: b.index + b[0].length });
  };
  for (const [i, w] of words.entries()) {
    const next = words[i + 1];
    if (i > 0 && HEADS.some((h) => h.head.test(w[0]) && h.modifier(words[i - 1]![0]))) add(i - 1, i);
    else if (next && STATS_PARTICIPLE.test(w[0]) && noun(next[0])) add(i, i + 1);
  }
  return out;
}
