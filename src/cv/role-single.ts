// Roles dated by one season, month or year rather than a range, as
// internships and research visits often are: "Spring 2021: Research Intern"
// with the employer on the nested line below, "Research Intern, Acme | 2019".
// Only an entry-shaped line naming a job title counts; the dates in a
// sentence, or on a bullet under a dated role, are not roles.
import { DATE, HAS_RANGE } from './dates.js';
import { BULLET, isTitle, readLabelled } from './role-lines.js';
import { rangesAt } from './role-ranges.js';
import type { CvLine, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/** What one date says of a role's length: a season is about three months, a month or a year tells nothing more. */
export type SingleDate = 'season' | 'month' | 'year';

const LEAD = new RegExp(`^\\s*(?:[•*·▪►-]\\s*)?(${DATE})\\s*(?::|–|—|-|\\||,|\\t)\\s*(\\S.*)$`, 'iu');
const TRAIL = new RegExp(`^\\s*(?:[•*·▪►-]\\s*)?(\\S.*?)\\s*(?:\\||,|–|—|\\s-|\\t)\\s*\\(?(${DATE})\\)?\\s*$`, 'iu');
const BARE = new RegExp(`^\\s*(?:[•*·▪►-]\\s*)?(${DATE})\\s*$`, 'iu');
const ANY_DATE = new RegExp(`(?<![\\p{L}\\d/.])${DATE}(?![\\p{L}\\d/])`, 'giu');
const SEASON = /^(spring|summer|fall|autumn|winter)\b/i;

/** Months a single date stands for: a season three, anything else one (the least it can be). */
export function singleMonths(kind: SingleDate): number {
  return kind === 'season' ? 3 : 1;
}

export interface SingleRange {
  date: string;
  kind: SingleDate;
  /** The line without the date: the entry's title and perhaps its employer. */
  rest: string;
}

/** A name on a line of its own, as an employer is printed under the title: short, capitalised, no date, label or title. */
export function nameLine(text: string): string | undefined {
  const name = text.replace(BULLET, '').trim();
  const words = name.split(/\s+/);
  if (words.length > 6 || !/^[\p{Lu}\d]|^\p{Ll}+\p{Lu}/u.test(name) || /\d{4}|[.:;!?]$|:\s/.test(name)) return undefined;
  return isTitle(name) || readLabelled(name) !== null ? undefined : name;
}

/**
 * The single date heading line i of a role section, when the line is an
 * entry: one date at its start or end (or alone), a short rest naming a job title (or
 * nothing, with a title on the next line), no range on it or carried over
 * from the line above. A bulleted line under a role dated by a range is a
 * detail of that role ("Promoted (2020)"), never a role; `rangedAbove` says
 * whether such a role sits above in the section.
 */
export function singleDateAt(lines: CvLine[], where: Where[], i: number, rangedAbove: boolean): SingleRange | undefined {
  const text = lines[i].text;
  if (HAS_RANGE.test(text) || (text.match(ANY_DATE) ?? []).length !== 1) return undefined;
  if (i > 0 && rangesAt(lines, i - 1).some((r) => r.usesNext)) return undefined;
  if (BULLET.test(text) && rangedAbove) return undefined;
  const lead = LEAD.exec(text) ?? BARE.exec(text);
  const trail = lead ? null : TRAIL.exec(text);
  const date = lead?.[1] ?? trail?.[2];
  const rest = (lead?.[2] ?? trail?.[1] ?? '').replace(/\t/g, ' | ').trim();
  if (!date) return undefined;
  if (rest.split(/\s+/).length > 10 || /\p{Ll}{3,}\.$/u.test(rest)) return undefined;
  const next = where[i + 1] === where[i] ? (lines[i + 1]?.text ?? '') : '';
  if (!isTitle(rest) && !(rest === '' && isTitle(next) && next.split(/\s+/).length <= 8)) return undefined;
  const kind: SingleDate = SEASON.test(date.trim()) ? 'season' : /^\s*(?:19|20)\d{2}\s*$/.test(date) ? 'year' : 'month';
  return { date, kind, rest };
}
