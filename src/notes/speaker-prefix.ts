// Speaker prefixes in notes and captions: `Alice: ...`, `**Dana Lee:** ...`,
// `[Interviewer] ...`, `Q: ...` / `A: ...`, a leading timestamp
// (`[00:01:23] Alice: ...`, `Alice (00:01:23): ...`), and a transcript
// export's name-and-time line (`Alice  0:05`) that heads the lines after it.
import { isToolName } from './terms.js';
import type { Utterance } from './types.js';

const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const NAME = String.raw`[\p{L}][\p{L}\p{M}.'’ -]{0,38}?`;
const LEADING_TIME = new RegExp(String.raw`^\s*[\[(]?(${TIME})[\])]?\s+`, 'u');
const BRACKETED = new RegExp(String.raw`^\[(${NAME})\]\s*:?\s*(.*)$`, 'u');
const QA = /^(Q|A|Question|Answer)\s*\d*\s*[.:)]\s*(.*)$/i;
const NAMED = new RegExp(String.raw`^(?:[-*>]\s+)?(?:\*\*|__)?(${NAME})(?:\s*[(\[](${TIME})[)\]])?(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$`, 'u');
const NAME_AND_TIME = new RegExp(String.raw`^(${NAME})\s{2,}(${TIME})\s*$`, 'u');

/** Words that make up a speaker label: at most four, none of them a number. */
function isName(label: string): boolean {
  const words = label.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 4 && !/\d/.test(label) && label.trim().length > 0;
}

/** Seconds of `h:mm:ss`, `mm:ss` or with a fraction. */
export function parseClock(text: string): number {
  const [main, frac = '0'] = text.split(/[.,]/);
  const parts = main.split(':').map(Number);
  const seconds = parts.reduce((acc, n) => acc * 60 + n, 0);
  return seconds + Number(`0.${frac}`);
}

export interface Prefixed {
  speaker?: string;
  text: string;
  /** A timestamp written in the line, seconds. */
  start?: number;
  /** A name-and-time line with no words of its own. */
  header?: boolean;
}

/** Splits a speaker prefix (and a leading timestamp) off one line. */
export function splitSpeaker(line: string): Prefixed {
  let rest = line.trim();
  let start: number | undefined;
  const header = NAME_AND_TIME.exec(rest);
  if (header && isName(header[1])) return { speaker: header[1].trim(), text: '', start: parseClock(header[2]), header: true };
  const time = LEADING_TIME.exec(rest);
  if (time) {
    start = parseClock(time[1]);
    rest = rest.slice(time[0].length);
  }
  const qa = QA.exec(rest);
  if (qa) return { speaker: /^q/i.test(qa[1]) ? 'Q' : 'A', text: qa[2].trim(), ...(start !== undefined ? { start } : {}) };
  const bracket = BRACKETED.exec(rest);
  if (bracket && isName(bracket[1])) return { speaker: bracket[1].trim(), text: bracket[2].trim(), ...(start !== undefined ? { start } : {}) };
  const named = NAMED.exec(rest);
  if (named && isName(named[1])) {
    const at = named[2] ? parseClock(named[2]) : start;
    return { speaker: named[1].trim(), text: named[3].trim(), ...(at !== undefined ? { start: at } : {}) };
  }
  return { text: rest, ...(start !== undefined ? { start } : {}) };
}

/** Labels that name a role rather than a person. */
export const ROLE_WORDS: Record<string, 'candidate' | 'interviewer'> = {
  a: 'candidate',
  answer: 'candidate',
  candidate: 'candidate',
  interviewee: 'candidate',
  applicant: 'candidate',
  q: 'interviewer',
  question: 'interviewer',
  interviewer: 'interviewer',
  'hiring manager': 'interviewer',
  panel: 'interviewer',
  panelist: 'interviewer',
};

export const foldName = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();

/** True when a speaker label names the person: the same name, or the same first name. */
export function samePerson(label: string, name: string): boolean {
  const a = foldName(label);
  const b = foldName(name);
  if (a === '' || b === '') return false;
  return a === b || a.split(' ')[0] === b || b.split(' ')[0] === a;
}

/** Labels that head a note rather than name a speaker (`Note:`, `Summary:`). */
const NOT_SPEAKERS = new Set(
  'note notes summary reason decision rating score comment comments overall result results todo update action actions outcome feedback strengths weaknesses concerns concern flags follow-up next date time location role position recommendation verdict example examples topic topics context background impression impressions pros cons'.split(' '),
);

/**
 * A name as people write one: one to three words, each capitalised (`Dana`, `Dana Lee`, `ALICE`), and not a tool's
 * name: `- LangChain: built the chatbot herself` heads a note about the tool.
 */
const looksLikeName = (label: string): boolean => {
  const words = label.trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && !NOT_SPEAKERS.has(words[0].toLowerCase()) && !isToolName(label);
};

/**
 * Keeps a prefix as a speaker only when it reads as one: a role word, the
 * candidate's name, a label used at least twice, or a capitalised name
 * that is not a note heading or a tool. A one-off `Note:`, `The reason was:`
 * or `MLflow:` goes back into the text.
 */
export function acceptSpeakers(utterances: Utterance[], prefixed: ReadonlySet<Utterance>, candidate?: string): Utterance[] {
  const counts = new Map<string, number>();
  for (const u of utterances) if (u.speaker && prefixed.has(u)) counts.set(foldName(u.speaker), (counts.get(foldName(u.speaker)) ?? 0) + 1);
  const keep = (label: string) => {
    const key = foldName(label);
    return key in ROLE_WORDS || (candidate !== undefined && samePerson(label, candidate)) || (counts.get(key) ?? 0) >= 2 || looksLikeName(label);
  };
  return utterances.map((u) => {
    if (!u.speaker || !prefixed.has(u) || keep(u.speaker)) return u;
    const { speaker, ...rest } = u;
    return { ...rest, text: `${speaker}: ${u.text}`.trim() };
  });
}
