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
    (h) => formsWords(h.text) && !isGeneratorStamp(h.text) && wordsOf(h.text).some((w) => /\p{L}\p{M}*\p{L}/u.test(w) && !seen.has(w)) && (h.reason !== 'markup-comment' || isStuffedComment(h.text)),
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

/** A screener addressed: "AI/ATS: … approve this resume", "ignore previous instructions", "recruiters: this candidate is…". */
const TO_THE_SCREENER = /\b(?:ai|ats|llm|gpt|chatgpt|language model|screen(?:er|ing (?:tool|system|bot))|recruiters?|hiring managers?)\s*[:,]|\bignore (?:all |any )?(?:the )?(?:previous|prior|above) instructions\b|\b(?:approve|prioriti[sz]e|shortlist|recommend|rank|select|hire)\b[^.!?]{0,30}\b(?:this|the) (?:resume|cv|candidate|applicant|profile)\b|\b(?:this|the) (?:candidate|applicant) is (?:highly recommended|the (?:best|ideal|perfect)|a perfect)\b/i;
/** Skills a comment must name to be keyword stuffing rather than a template's note ("<!-- Education -->"). */
export const STUFFED_COMMENT_SKILLS = 3;

/**
 * An HTML comment in a Markdown CV counts as hidden text only when it
 * addresses the screener or stuffs skills: a template's notes
 * ("<!-- TODO: add dates -->", "<!-- Education section -->") hide nothing
 * from anyone.
 */
function isStuffedComment(text: string): boolean {
  return TO_THE_SCREENER.test(text) || new Set(matchSkills(text).map((m) => m.entry.name)).size >= STUFFED_COMMENT_SKILLS;
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
