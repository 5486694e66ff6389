// What the form of an interview says about the parts of an explanation,
// whatever the trade: an interviewer's question that names a part ("Q: what
// does it look at?") or a note's label that does ("- inputs: ...", "who for:
// ..."), answered with something; a question, which says nothing; a note of
// absence, which covers only its own clause or aside ("uses the readings (didn't
// say what RF is)"); and a write-up, where "she" is the candidate, not a user.
import { ABSENT, lower, type Answer } from './common.js';
import { LEFT_BARE } from './jargon.js';
import { jargonData, namelessData } from './plain-words.js';

export const PARTS = ['purpose', 'input', 'output', 'tradeoff'] as const;
export type Part = (typeof PARTS)[number];

const IT = String.raw`(?:it|this|that|the (?:[\w-]+ )?(?:model|tool|system|thing|app))`;
/** A question that asks for one part ("who is it for?", "what goes in?", "what does the manager actually get?"). */
const ASKS: Partial<Record<Part, RegExp>> = {
  purpose: new RegExp(
    String.raw`\b(?:who(?:'s| is| was)? (?:${IT} )?for|what(?:'s| is| was)? (?:${IT} )?(?:\w+ )?for|who (?:uses|used|acts on|relies on|reads|looks at|sees|works with) (?:${IT}|them|the \w+)|what (?:decision|work|job) (?:does |did )?(?:${IT} )?(?:support|help|serve))\b`,
  ),
  input: new RegExp(
    String.raw`\b(?:what (?:does|do|did) ${IT} (?:\w+ )?(?:look at|use|read|take(?: in)?|go on|work (?:from|on)|need|learn from)|what goes (?:in|into)|(?:based|built|trained) on what|from what|what(?:'s| is) ${IT} based on|what data|^(?:inputs?|based on)$)`,
  ),
  // "Q: when is it wrong?", "Q: any downsides?", "Q: what does a mistake cost?".
  tradeoff: /\b(?:wrong|mistakes?|errors?|downsides?|limits?|limitations?|weak(?:ness|nesses| spots?| points?)?|trade-?offs?|risks?|fails?|catch|cost of)\b/,
  output: new RegExp(
    String.raw`\b(?:what comes (?:out|back)|what (?:does|do|did) ${IT} (?:\w+ )?(?:give|produce|output|return|say|show)|what (?:do|does|did) (?!${IT}\b)(?:[\w'-]+ ){1,3}?(?:actually |then |really )?(?:see|get)\b|^outputs?$)`,
  ),
};
/** A note's label that names one part ("inputs: ...", "who for: ...", "what the team gets: ..."), with the note-taker's "her words". */
const BY = String.raw`(?:,? (?:in )?(?:his|her|their) (?:own )?words|,? in plain(?:er)? (?:words|english|terms)|,? (?:he|she|they) (?:did )?(?:gave|give)|,? given|,? said(?: plainly| clearly| well)?|,? when (?:asked|pushed|pressed)|,? as (?:he|she|they|the candidate) (?:described|put) (?:it|them))?`;
const LABELS: Record<Part, RegExp> = {
  tradeoff: new RegExp(String.raw`^(?:trade-?offs?|limits?|limitations?|downsides?|weak ?(?:spots?|points?|ness(?:es)?)|mistakes?|errors?|costs?(?: of (?:mistakes|errors|being wrong))?|risks?|caveats?|catch|where it(?:'s| is)? (?:wrong|weak)|when (?:it's|it is) wrong)(?: ?(?:/|&|or|and) ?[\w -]+)?${BY}$`),
  purpose: new RegExp(String.raw`^(?:who(?:'s| is)? (?:it )?for|what(?:'s| it's| it is) for|for|aim|goal|purpose|point|use|used for|use case|users?|who uses it|(?:the )?decision)${BY}$`),
  input: new RegExp(String.raw`^(?:inputs?|uses|features|data|based on|built (?:from|on)|trained on|looks at|reads|fed|what goes (?:in|into (?:it|the model))|what it (?:uses|looks at|reads|takes)|(?:[\w-]+ )?(?:telemetry|data|signals|readings))${BY}$`),
  output: new RegExp(
    String.raw`^(?:outputs?|results?|gives|returns|produces|says|shows|out|what (?:comes|goes) out|what (?:the |they |he |she )?(?:[\w-]+ ){0,2}(?:gets?|sees?)(?: out)?|what (?:it|the model) (?:gives|shows|sends|tells)(?: [\w-]+){0,2})(?: per [\w-]+)?${BY}$`,
  ),
};

/** An answer that says nothing: an evasion, a note that nothing came, or words that name nothing. */
const EVADES =
  /\b(?:talked|talks|went back|goes back|spoke|described|repeated|moved on|changed the subject)\b|\banswered (?:with|about|by|on)\b|\b(?:instead|again)$|^(?:nothing|none|no idea|not sure|unclear|unknown|n\/a)\b|\b(?:didn't|did not|couldn't|could not|wouldn't|would not|never) (?:say|said|know|explain|give|answer|elaborate|be drawn)\b/;
/** Words that carry no content: stock words for data or benefit, and the small words around them. */
const EMPTY = new Set(
  ('a an the it its it\'s this that these those and or but so of to in on for with by from at as is are was were be been all any ' +
    'some lots lot loads bunch kinds sorts sort kind various different everything anything stuff things thing data information info ' +
    'signals inputs input features feature details relevant available usual historic historical internal existing our their we they you ' +
    'have has had hold holds held collect collected capture captured got get gets basically really just whole every each more much ' +
    'ai model models machine learning algorithm algorithms business value insights insight decisions decision better smarter system systems ' +
    'customer customers company team teams people them us i he she said says like honestly well yeah ok okay q a').split(' '),
);
const contentWords = (text: string) => (text.match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !EMPTY.has(w)).length;

/** A clause with its own subject ("it feeds into the screen", "they trust it"): where it goes or how it is liked, not the part asked for. */
const CLAUSE = /^(?:it|it's|its|they|they're|we|we're|that|that's|this|there|there's|he|she|i|honestly|well|just|yes|no|not|nothing|so|because)\b/;
/** A clause with the model, a person or "it" as its subject. */
const OWN_SUBJECT = /^\s*(?:and |but |so )?(?:it|it's|they|they're|we|we're|he|she|i|the (?:model|system|tool|algorithm|ai))\b/;
/**
 * What answers a part's question or label: a phrase that names something, not an evasion, a clause of its own, or words
 * that name nothing. `terms` are the answer's unexplained terms: data named only in them answers nothing either.
 */
export function saysSomething(text: string, part: Part, terms: readonly string[] = []): boolean {
  const said = text.replace(/^[\s"'“‘-]*(?:a:|a\b)?[\s"'“‘]*/, '');
  // Data named by nothing but its amount or owner ("all the data we have on the cables") answers nothing.
  // A clause of its own after the data ("all our data, the model figures out what matters") says what it does, not what it reads.
  const own = part === 'input' ? said.split(/[,;]/).filter((c, i) => i === 0 || !OWN_SUBJECT.test(c)).join(',') : said;
  const t = part === 'input' ? namelessData(jargonData(own, terms).replace(/[,;:]/g, '')) : said;
  return !EVADES.test(t) && (part === 'input' || !CLAUSE.test(t)) && contentWords(t) >= 2;
}

/** A clause that notes an absence, in the interviewer's words or the candidate's ("never came out", "would not be drawn on"). */
export const ABSENT_HERE =
  /^\s*(?:[-*+•]\s*)?(?:and |but |so |with )?no (?:real |clear |obvious |actual )?(?:limits?|limitations?|trade-?offs?|downsides?|weak(?:ness|nesses| spots?| points?)|caveats?|costs?|mistakes?|errors?|risks?|drawbacks?|inputs?|users?|purpose)\b|^\s*(?:[-*+•]\s*)?(?:and |but |so )?no (?:[\w'-]+ ){1,5}?(?:mentioned|given|named|offered|raised|covered|discussed|stated)\s*[.!]?\s*$|\bnothing (?:on|about|said about) (?:what|how|who|which|whether|where|when)\b|\b(?:never (?:described|came out|come out|given|named|specified|stated|explained|answered)|(?:would not|wouldn't) be drawn|(?:asked|pushed|pressed) (?:twice|again|three times)|no (?:word|detail|answer) on)\b/;
/**
 * The sentence without its notes of absence: each covers only its own clause or aside, so "uses the battery readings
 * (didn't say what RF is)" keeps the readings, and "no example, nothing on what goes in" keeps nothing on inputs.
 */
export function withoutAbsences(text: string): string {
  const pieces = text.split(/([;()]| [-–—] )/);
  // An aside that asks ("(a date? a ranking?)") says nothing either.
  // A note that the terms were left bare ("no plain version when asked") says no part either.
  return pieces.map((p, i) => (i % 2 === 0 && (ABSENT.test(p) || ABSENT_HERE.test(p) || LEFT_BARE.test(p) || isQuestion(p.trim())) ? ' ' : p)).join('');
}

/** The interviewer's question inside a sentence of Q/A notes ("Q: who is it for? A: ..."), up to its answer. */
const Q_INSIDE = /(?:^|\s)q:\s*[^?]*\?\s*(?:a:\s*)?/g;
/**
 * A question, the interviewer's or a rhetorical one: it asks, it says no part. A statement said with a rising "?" ("it's
 * for self-employed people doing their tax return, you know?") is no question: a question opens on a question word or
 * asks one inside ("answered what does the coach see?").
 */
export const isQuestion = (text: string) =>
  /\?[\s"'”’)\];,.]*$/.test(text) &&
  /^[\s"'“(-]*(?:q:\s*|a:\s*)?(?:(?:and|so|but|ok|okay|right|then|or)\s+)?(?:who|whom|whose|what|what's|when|where|which|why|how|is|are|was|were|do|does|did|can|could|would|will|should|has|have|had|any|anything)\b|\b(?:asked|answered)\b|\b(?:who|what|which|how|when|where|why) (?:does|do|did|is|are|was|were|can|could|would|will|should)\b|\bwhat,? (?:about |maybe |like )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|hundreds|thousands)|\(|^[\s(*•-]*(?:a|an|the) [\w/-]+\?/.test(text);
/** A sentence without the interviewer's questions in it: what was said in answer, or nothing when it only asks. */
export function withoutQuestions(text: string): string {
  // An interviewer's prompt without a question mark ("Q: pick a model and explain it"): only its answer, if any, was said.
  if (/^\s*q:/.test(text) && !text.includes('?')) return /\ba:\s*(.*)$/.exec(text)?.[1] ?? '';
  const t = text.replace(Q_INSIDE, ' ');
  return isQuestion(t) ? '' : t;
}

/** A write-up about the candidate: notes, or prose that names the candidate or reports their words. */
const WRITE_UP = /\b(?:the )?candidate(?:'s)?\b|\bin (?:his|her) (?:own )?words\b|^(?:he|she) (?:picked|chose|took|explained|described|walked|started|began|went)\b|\b(?:he|she) (?:said|says|described|explained|told|talked|mentioned|called|added|admitted|put it)\b/;
export const isWriteUp = (answer: Answer) => answer.sentences.some((s) => s.note || WRITE_UP.test(lower(s)));

const LABEL = /^\s*(?:[-*+•] ?)?([\w' /,-]{2,40}?):\s*(.+)$/;
/** A write-up's sentence that opens on the part it reports ("On what it uses, he said only ..."). */
const PROSE_LABEL = /^\s*(?:[-*+•] ?)?(?:on|about|as for|as to|asked about) ([\w' ]{2,30}?), (.+)$/;
const labelled = (text: string) => {
  const label = LABEL.exec(text) ?? PROSE_LABEL.exec(text);
  const head = label?.[1]!.replace(/^[\s(-]+/, '').replace(/^(?:(?:asked|pressed|pushed|when asked)(?: (?:on|about|for))?|on|about) /, '');
  const part = head === undefined ? undefined : PARTS.find((p) => LABELS[p].test(head));
  return part && label ? { part, rest: label[2]! } : undefined;
};
/** A note without its label when the label names a part ("- output: it goes on the dashboard", "on what it uses, ..."): the label is no content. */
export function withoutPartLabel(text: string): string {
  return labelled(text)?.rest ?? text;
}
/** The part a note's label names ("- inputs in plain words: ...", "- mistakes: ..."): the note says that part, not another. */
export const labelledPart = (text: string): Part | undefined => labelled(text)?.part;

const ASKED_PARTS = ['purpose', 'input', 'output', 'tradeoff'] as const satisfies readonly Part[];
/**
 * An answer to a question about its mistakes that gives how good it is instead ("it's 94% accurate", "the AUC is 0.78",
 * "it's been fine so far", "no serious incident since", "it's made the team a lot of money"): no limit.
 */
export const PRAISE = /\b(?:accura\w*|auc|precision|recall|f1|score|\d+ ?(?:%|percent|per cent)|fine|good|great|happy|pleased|impressed|money|solid|well|better|brilliant|excellent|perfect|trust|nothing|none|no (?:[\w-]+ )?(?:incidents?|problems?|issues?|complaints?|mistakes?|errors?))\b/;
/** The parts the interviewer asked for, by question or label, and got an answer to (`terms`: the answer's unexplained terms). */
export function answeredParts(answer: Answer, terms: readonly string[] = []): Set<Part> {
  const out = new Set<Part>();
  const texts = answer.sentences.map((s) => lower(s).replace(/["“”]/g, ''));
  const asked = (part: Part, ask: string, said: string | undefined, by = ASKS) => {
    if (part === 'tradeoff' && (by === LABELS || said === undefined || PRAISE.test(said))) return;
    if (said !== undefined && by[part]!.test(ask.replace(/^[\s(-]+|[?\s]+$/g, '')) && saysSomething(withoutAbsences(said), part, terms)) out.add(part);
  };
  // Q/A notes, their questions and answers wherever the sentences break: "Q: what goes in? A: ...".
  for (const m of texts.join(' ').matchAll(/(?:^|\s)q:\s*([^?]*)\?\s*(?:a:)?\s*(.*?)(?=\sq:|[.!]\s|$)/g)) {
    for (const part of ASKED_PARTS) asked(part, m[1]!, m[2]);
  }
  texts.forEach((text, i) => {
    // A label: "inputs: ...", "- what the team gets: ...", "who for: ...".
    const label = LABEL.exec(text.replace(/\s+q:\s*[^?]*\?.*$/, ''));
    // A question asked another way ("asked what it looks at?"), answered in the next sentence.
    const next = texts[i + 1];
    for (const part of ASKED_PARTS) {
      if (label) asked(part, label[1]!, label[2], LABELS);
      if (isQuestion(text) && !/\bq:/.test(text) && !ABSENT.test(text) && next !== undefined && !isQuestion(next)) asked(part, text, next);
    }
  });
  return out;
}
