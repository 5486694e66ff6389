// Several roles under one employer: an employer line, then dated title lines
// ("Acme AI | Paris" over "ML Engineer | 2024 – Present" and, further down,
// "ML Intern | 2023 – 2023"), or a dated employer line whose span encloses the
// dated title lines below it ("Acme | 2021 – 2025" over "Cloud Engineer |
// 2024 – 2025", "Incident Response | 2023 – 2023"). Also dated bullets that are
// entries of their own ("- Data Engineer, Acme : June 2023 - Present").
import { monthIndex } from './dates.js';
import { BULLET, COMPANY, entryParts, isTitle } from './role-lines.js';
import type { CvRole, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/** Where a role's title and employer were read. */
export interface RoleSource {
  /** The line the employer came from; -1 for the dated line itself. */
  employerLine?: number;
  /** The title was printed on the dated line itself. */
  titleOwn: boolean;
  /** The text of the dated line around its date. */
  rest: string;
}

/** True when start–end falls inside the role's span (a year-only end running to that December). */
export function within(role: CvRole | undefined, start: string, end: string, yearOnly: boolean, now: Date): boolean {
  if (!role || role.singleDate) return false;
  const last = (ym: string, year: boolean | undefined) => monthIndex(ym, now) + (year && ym !== 'present' ? 11 : 0);
  return monthIndex(start, now) >= monthIndex(role.start, now) && last(end, yearOnly) <= last(role.end, role.endYearOnly);
}

/** Self-employment names no employer to inherit. */
const ON_OWN = /\b(freelancer?|freelance|self[- ]employed|independent|contractor|sole trader|autoentrepreneur|selbstständig|selbständig|indépendant)\b/i;

/**
 * Titles inherit their group's employer; a dated group header is no role of
 * its own. Inside a group every dated line is a title: a name read there as
 * the employer ("System Management and Response") is the title. When unsure
 * (a self-employed title, a role later than the one above) the employer stays unset.
 */
export function groupRoles(roles: CvRole[], sources: Map<CvRole, RoleSource>, where: Where[], now: Date): CvRole[] {
  const sameRun = (a: CvRole, b: CvRole) => where.slice(a.line, b.line + 1).every((w) => w === where[a.line]);
  const dropped = new Set<CvRole>();
  for (const [h, head] of roles.entries()) {
    const src = sources.get(head);
    if (!src || !head.employer || head.singleDate || dropped.has(head)) continue;
    // A dated header: an employer and no title, over dated lines inside its span.
    const dated = head.title === undefined && src.employerLine === -1;
    // An employer line just above a dated line that holds the title.
    const undated = !dated && src.employerLine !== undefined && src.employerLine >= 0 && src.employerLine === head.line - 1 && src.titleOwn && head.title !== undefined;
    if (!dated && !undated) continue;
    const members: CvRole[] = [];
    for (const [m, role] of roles.entries()) {
      if (m <= h) continue;
      const own = sources.get(role);
      if (!own || role.singleDate || !sameRun(head, role) || own.rest === '') break;
      if (dated && !within(head, role.start, role.end, role.endYearOnly === true, now)) break;
      // A company form named on the dated line heads an entry of its own.
      if (own.employerLine === -1 && role.employer !== undefined && COMPANY.test(role.employer)) break;
      if (undated) {
        // A new employer line, an employer beside the title, a later role or one's own business ends the group.
        const previous = members.at(-1) ?? head;
        const named = own.employerLine !== undefined && (own.employerLine !== -1 || role.title !== undefined);
        // So does a dated employer line over roles of its own.
        const next = roles[m + 1];
        const heads = role.title === undefined && next !== undefined && sameRun(role, next) && within(role, next.start, next.end, next.endYearOnly === true, now);
        // Roles at one employer follow each other: a gap of more than a month leaves the employer unsure.
        const end = monthIndex(role.end, now) + (role.endYearOnly && role.end !== 'present' ? 11 : 0);
        const follows = monthIndex(role.start, now) <= monthIndex(previous.start, now) && end >= monthIndex(previous.start, now) - 1;
        if (named || heads || !follows || ON_OWN.test(own.rest)) break;
      }
      members.push(role);
    }
    if (members.length === 0) continue;
    for (const role of members) {
      const own = sources.get(role);
      const title = role.title ?? (own?.employerLine === -1 ? role.employer : undefined) ?? firstPart(own?.rest ?? '');
      Object.assign(role, { employer: head.employer }, title ? { title } : {});
    }
    if (dated) dropped.add(head);
  }
  return roles.filter((r) => !dropped.has(r));
}

/** The first piece of a dated line that is no place or date: the title inside a group. */
function firstPart(rest: string): string | undefined {
  return entryParts(rest).find((p) => !/\d{4}/.test(p.text))?.text;
}

/**
 * The text before the date of a dated bullet that is an entry ("- ML Engineer,
 * Acme : June 2023 - Present"): the date ends the line, the text is short and
 * names a job, a company or two parts. Empty for a description bullet.
 */
export function bulletEntry(text: string, range: string): string {
  const at = text.indexOf(range);
  if (!BULLET.test(text) || at < 0 || !/^[\s.,;:)\]]*$/.test(text.slice(at + range.length))) return '';
  const before = text
    .slice(0, at)
    .replace(BULLET, '')
    .replace(/^[\s|,•·–—-]+|[\s|,•·–—:([-]+$/g, '');
  if (before === '' || before.split(/\s+/).length > 12 || /\p{Ll}{3,}\.$/u.test(before)) return '';
  return isTitle(before) || COMPANY.test(before) || entryParts(before).length >= 2 ? before : '';
}
