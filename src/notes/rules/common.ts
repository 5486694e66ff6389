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

/**
 * A note that a part was not said ("inputs not covered", "nothing on what it works from", "what it is based on never
 * came up", "didn't say who looks at the dates"): the interviewer's record of an absence, which names the part
 * without saying it. The clause is left out.
 */
export const ABSENT = /^ ?(?:[-*+•] ?)?(?:and |but |so )?(?:there was |there's |said |heard )?nothing (?:on|about|said about)\b|\b(?:not (?:covered|mentioned|said|discussed|explained|given|stated|clear|asked)|never (?:came up|come up|mentioned|said|covered|explained|got to|discussed)|no mention of|(?:didn't|did not|couldn't|could not) (?:say|mention|explain|cover|give|describe|tell us)|(?:wasn't|was not|weren't|were not) (?:covered|mentioned|said|explained|clear|described))\b/;
export function withoutAbsent(text: string): string {
  return text.split(/;| [-–—] /).filter((clause) => !ABSENT.test(clause.toLowerCase())).join(';');
}

/** What the interviewer asked, in a note ("asked about her own part: ...", "when asked what it uses"): not what was said. */
export const ASKED = /\b(?:when |once |if )?asked (?:about|what|how|whether|which|if|for)\b[^,.;:]*/gi;

/** Someone other than the candidate as a clause's subject: "the platform team", "the client's engineers", "others". */
const OTHERS_BEFORE = /^\s*(?:the |a |an |our |my |his |her |their |its )?(?:[\w'’-]+ ){0,3}?(?:team|teams|colleagues?|company|others|platform|vendor|scientists|engineers|analysts|devops|ops|sre|infra|client|clients|contractors?|consultants?|people|folks|department|partners?|someone|somebody|staff)\b(?!['’]s)/i;
/** Where a clause ends, for the subject of the next. */
const CLAUSE = /[;:.!?,]| [-–—] |\b(?:and|but|while|whereas|so|then)\b/i;

/** A note's opening verb with its subject dropped ("- built the summariser with LangChain", "- Airflow: wrote the nightly DAG"). */
const NOTE_VERB = /^((?:(?:[-*+•]|\d{1,3}[.)])\s+)?(?:[\w .-]{1,30}(?: \([\w .-]{1,20}\))?: )?(?:says |said |explained |described )?)(?=(?:(?:now|since then|since|then|also|always|never|still) \w+s\b|\w+ed|built|wrote|ran|set up|made|put|got|led|took|did|kept|cut|set|shut|split|rebuilt|rewrote|reran|gave|runs|uses|maintains|owns|builds|writes|sets up|logs|tracks|trains|deploys|schedules|versions|serves|promotes|registers|monitors|validates|retrains|has (?:\w+ed|built|written|run|set up))\b)/;

/**
 * An interviewer's note about the candidate read in the candidate's voice: "he", "she", "they", "the candidate" are
 * the candidate, and a note opening on a verb has the candidate as its subject. Words keep their places as far as
 * the rules need: the tool names are found again in the rewritten text.
 */
export function inFirstPerson(s: Sentence): Sentence {
  if (!s.note) return s;
  const norm = withoutAbsent(s.norm.replace(ASKED, ' '))
    .replace(/\b(?:the candidate|he|she|they)\b/gi, 'I')
    .replace(/\b(?:himself|herself|themselves)\b/gi, 'myself')
    .replace(/\b(?:his|her)\b/gi, 'my')
    // "Their" after someone else in the clause is theirs ("the platform team ran it on their cluster").
    .replace(/\btheir\b/gi, (word, at: number, all: string) => (OTHERS_BEFORE.test(all.slice(0, at).split(CLAUSE).pop()!) ? word : 'my'))
    .replace(NOTE_VERB, '$1I ');
  return { ...s, norm };
}
/** An answer with its interviewer's notes read in the candidate's voice (inFirstPerson); quotes keep what was written. */
export function inCandidateVoice(answer: Answer): Answer {
  return answer.sentences.some((s) => s.note) ? { ...answer, sentences: answer.sentences.map(inFirstPerson) } : answer;
}

/** Joins names for a message
: `a, b and c`. */
export function listOf(items: readonly string[], max = 6): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
