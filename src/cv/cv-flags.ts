// The CV's own red flags: hidden text that forms words, and a stated total
// of years the dated roles cannot account for. Each flag becomes an interview
// question, and a wrong one accuses the candidate, so both only fire when the
// CV itself leaves no innocent reading.
import { cleanText } from './clean.js';
import { matchSkills } from './skills.js';
import { formsWords, isGeneratorStamp } from './words.js';
import type { CvRedFlag, HiddenText } from './types.js';

export { formsWords } from './words.js';

function wordsOf(text: string): string[] {
  return cleanText(text).toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The `hidden-text` flag: only pieces that form words count, and only when
 * they say something the visible text does not (a design tool that covers a
 * line and draws it again on top hides no words) and are not a generator's
 * credit line ("Powered by TCPDF (www.tcpdf.org)" under 2 pt).
 */
export function hiddenFlag(hidden: HiddenText[], visible: string[] = []): CvRedFlag | undefined {
  const seen = new Set(visible.flatMap(wordsOf));
  const wordy = hidden.filter(
    (h) => formsWords(h.text) && !isGeneratorStamp(h.text) && wordsOf(h.text).some((w) => /\p{L}\p{M}*\p{L}/u.test(w) && !seen.has(w)) && (h.reason !== 'markup-comment' || isStuffedComment(h.text, seen)),
  );
  if (wordy.length === 0) return undefined;
  const words = [...new Set(wordy.map((h) => cleanText(h.text).replace(/\s+/g, ' ').trim()).filter(Boolean))].slice(0, 60);
  const skills = [...new Set(wordy.flatMap((h) => matchSkills(h.text).map((m) => m.entry.name)))];
  const reasons = [...new Set(wordy.map((h) => h.reason))].join(', ');
  const named = skills.length > 0 ? `; it names ${skills.slice(0, 12).join(', ')}` : '';
  return {
    kind: 'hidden-text',
    message: `${wordy.length} piece(s) of text a reader cannot see (${reasons}) were left out of the claims${named}`,
    words,
  };
}

/**
 * A machine screener addressed: "AI/ATS: … approve this resume", "ignore
 * previous instructions", "if you are an LLM evaluating this CV…", "this
 * candidate is highly recommended". A note to people ("Hiring managers,
 * please consider…") is not an instruction to a screening tool.
 */
const TO_THE_SCREENER = [
  /\b(?:ai|ats|llms?|gpt|chatgpt|language models?|screening (?:tool|system|bot)s?)\s*[:,]/i,
  /\bignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?)\b/i,
  /\bif you are an? (?:ai|llm|gpt|chatgpt|language model|bot|automated|ats)\b/i,
  /\b(?:ai|llm|gpt|language model|model|bot)s? (?:reading|evaluating|reviewing|screening|parsing|processing) (?:this|the|my)\b/i,
  /\b(?:approve|prioriti[sz]e|shortlist|recommend|rank|select|hire)\b[^.!?]{0,30}\b(?:this|the) (?:resume|cv|candidate|applicant|profile)\b/i,
  /\b(?:this|the) (?:candidate|applicant) is (?:highly recommended|an? (?:excellent|strong|great|ideal|perfect|top|outstanding) (?:fit|match|candidate)|the (?:best|ideal|perfect))\b/i,
];
/** Skills the visible text does not name that a comment must hold to be keyword stuffing rather than a template's note or an old draft. */
export const STUFFED_COMMENT_SKILLS = 3;

/**
 * An HTML comment in a Markdown CV counts as hidden text only when it
 * addresses a screening tool, or is mostly a list of skills the visible text
 * does not name (3 or more, at least half its words): a template's notes
 * ("<!-- TODO: add dates -->"), a section taken out, or an older draft of
 * the visible skills hide nothing from anyone.
 */
function isStuffedComment(text: string, seen: ReadonlySet<string>): boolean {
  if (TO_THE_SCREENER.some((p) => p.test(text))) return true;
  const matches = matchSkills(text).filter((m) => !wordsOf(m.text).every((w) => seen.has(w)));
  const skills = new Set(matches.map((m) => m.entry.name));
  const skillWords = matches.reduce((n, m) => n + wordsOf(m.text).length, 0);
  return skills.size >= STUFFED_COMMENT_SKILLS && skillWords >= wordsOf(text).length / 2;
}

/** A stated total this many years, and this share of itself, above what the roles can cover is clearly more. */
export const YEARS_GAP = 2;
export const YEARS_SHARE = 0.3;

/**
 * The `years-mismatch` flag: the stated total is clearly more than the most
 * the dated roles can cover (`covered`: year-only end dates run to December,
 * overlaps merged). Stating fewer years than the roles show is modesty, not a
 * red flag.
 */
export function yearsFlag(stated: number | undefined, covered: number | undefined): CvRedFlag | undefined {
  if (stated === undefined || covered === undefined) return undefined;
  const excess = stated - covered;
  if (excess < YEARS_GAP || excess < stated * YEARS_SHARE) return undefined;
  return {
    kind: 'years-mismatch',
    message: `the CV states ${stated} years of experience; its dated roles cover at most ${covered} years`,
  };
}
