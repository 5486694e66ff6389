// The four parts of a plain explanation (docs/notes.md): what the model is
// for, what it reads, what it gives back, and a trade-off or limit. Each is
// a set of patterns over the filler-free, lower-case sentences. The objects
// they look for are ordinary words (a score, a list, which customers), so a
// part said only in jargon ("outputs logits") is not found. Stock phrases
// that name no decision or input ("better decisions", "lots of things") are
// taken out first.
import { lower, type Answer } from './common.js';

export const PARTS = ['purpose', 'input', 'output', 'tradeoff'] as const;
export type Part = (typeof PARTS)[number];

const PEOPLE = String.raw`(?:teams?|managers?|agents?|staff|nurses|doctors|customers?|clients?|users?|people|us|them|sales|analysts?|buyers?|drivers?)`;
const GENERIC = /\b(?:make |makes |making )?better decisions\b|\binsights?\b|\bbusiness value\b|\badds? value\b|\bdata-driven\b|\blots of (?:different )?things\b/g;

const PURPOSE = [
  /\bso (?:that )?(?:the |our |their )?(?:[\w-]+ ){0,3}(?:can|could|know|knows|see|sees|only|spend|spends|don't|do not|decide|avoid|act|click|apply|buy|approve|focus|plan|prioriti[sz]e)\b/,
  /\bin order to\b/,
  new RegExp(String.raw`\b(?:helps?|helping|lets?|allows?|enables?) (?:the |our |their )?(?:[\w-]+ ){0,2}${PEOPLE}\b`),
  /\bfor (?:the |our |a )?(?:[\w-]+ ){0,2}to (?:know|decide|see|find|spot|catch|choose|plan|order|call|check|focus|prioriti[sz]e|approve|act)\b/,
  new RegExp(String.raw`\b(?:tells?|telling|shows?|warns?|alerts?|gives?|give|sends?) (?:to )?(?:the |our |their |every |each )?(?:[\w-]+ ){0,2}${PEOPLE}\b`),
  /\b(?:the )?(?:goal|aim|purpose|point|idea|reason)(?: of it)? (?:is|was|being)\b/,
  /\b(?:want|wanted|needed|need) to (?:reduce|increase|cut|save|stop|find|know|improve|predict|catch|avoid|lower|spot)\b/,
  /\b(?:saves?|saving|reduces?|reducing|cuts?|prevents?|avoids?)\b (?:[\w-]+ ){0,3}(?:time|money|minutes|hours|days|calls|costs?|waste|work|typing|effort|fraud|losses|churn)\b/,
  /\bdecides? (?:which|whether|who|what|how)\b/,
  /\bused (?:by|for) (?:the |our )?\w+/,
  new RegExp(String.raw`\b(?:assistant|tool|system|service|model) for (?:our |the )?(?:[\w-]+ )?(?:${PEOPLE}|support|finance|marketing|operations)\b`),
];

const NOT_GENERIC = String.raw`(?!(?:lots|many|various|different|a lot|all kinds|everything|things|stuff|data|the data|it)\b)`;
const INPUT = [
  new RegExp(String.raw`\b(?:looks?|looking|look) (?:at|to|into) ${NOT_GENERIC}`),
  new RegExp(String.raw`\b(?:it|model|tool|system|which|that|what) (?:uses?|used|is using|reads?|reading|takes?|checks|compares|combines|scans|watches|searches|search|sees|looks) ${NOT_GENERIC}`),
  /\breads (?:the|each|every|incoming|all|new|product|customer|support|their)\b/,
  /\b(?:takes?|taking) (?:a |an |the |every |each |all |in )?(?:photo|picture|image|email|text|record|product|transaction|order|application|document|reading|message|call|review)s?\b/,
  /\b(?:learned|learnt|learns|learn|trained|trains) (?:from|on)\b/,
  /\bbased on\b/,
  /\bfrom (?:their|its|the|his|her) (?:history|past|records|previous|purchases?|orders?|usage)\b/,
  /\b(?:the )?inputs? (?:is|are|was|were)\b/,
  /\bwe (?:feed|give) it\b/,
  /\b(?:information|data|details) (?:about|on|from) (?:the |each |every |their |its )?\w+/,
];

const OUTPUT_VERB = String.raw`(?:gives?|giving|give|produces?|outputs?|returns?|assigns?|predicts?|predicting|estimates?|guesses|guessing|guess|forecasts?|counts?|sorts?|decides?|decide|flags?|ranks?|scores?|suggests?|drafts?|tells?|telling|labels?|marks?|generates?|generating|puts?|writes?|creates?|sends?|picks?|recommends?|classif(?:y|ies)|gets?|get|receives?|receive|makes?|make)`;
const OUTPUT_OBJECT = String.raw`(?:scores?|rating|number|list|label|name|answer|draft|reply|grade|flag|light|red|amber|green|probability|chance|estimate|forecast|prediction|category|group|groups|rank|ranking|top|yes|which|whether|how many|how much|how likely|into|price|rent|risk|warning|alert|colour|color|queue|percentage|amount)`;
const OUTPUT = [new RegExp(String.raw`\b${OUTPUT_VERB}\b(?: [\w'-]+,?){0,8}? ${OUTPUT_OBJECT}\b`), new RegExp(String.raw`\bshows? (?:them|people|customers|users|you|us)\b`), /\b(?:the )?outputs? (?:is|are|was|were)\b/];

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)`;
const TRADEOFF = [
  /\bnot perfect\b|\btrade ?-?offs?\b|\bthe (?:catch|downside|cost|price|problem|risk|limit|limitation|drawback|flip side)\b(?: is| was|,)|\bat the (?:cost|expense|price) of\b|\bbut (?:it|this|that) (?:means|costs?)\b/,
  /\b(?:misses|miss|missed|missing|misclassif\w*|gets? confused|confus\w*|struggles?|mistakes?|errors?|false (?:alarms?|positives?|negatives?)|not reliable|less reliable|unreliable|off by|wrong|fails?|failing)\b/,
  /\b(?:is not|isn't|does not|doesn't|not) (?:catch|catching|replace|work|right|always)\b/,
  /\b(?:stricter|more strict|looser|cut-?off|threshold)\b/,
  new RegExp(String.raw`\b${NUMBER}(?: \w+)? (?:times )?(?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|hundred)\b`),
  /\b\d+ ?(?:percent|%).*\b(?:right|correct|accura\w*|off)\b|\b(?:right|correct|accura\w*)\b.*\b\d+ ?(?:percent|%)/,
];

const PATTERNS: Record<Part, RegExp[]> = { purpose: PURPOSE, input: INPUT, output: OUTPUT, tradeoff: TRADEOFF };

/** The parts an explanation says in ordinary words. */
export function partsSaid(answer: Answer): Set<Part> {
  const texts = answer.sentences.map((s) => lower(s).replace(GENERIC, ' ').replace(/[,:;]/g, '').replace(/\s+/g, ' '));
  return new Set(PARTS.filter((part) => texts.some((t) => PATTERNS[part].some((p) => p.test(t)))));
}
