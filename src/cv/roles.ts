// Dated roles in the experience section ("Jan 2019 – Present", "2018 – 2021",
// "03/2020 - 06/2022", "seit März 2020") with the title and employer printed
// around them, and the years of experience they cover with overlaps merged.
import { BROKEN_END, DANGLING, HAS_RANGE, RANGE, SINCE, STARTS_WITH_END, STARTS_WITH_YEAR, monthIndex, toMonth } from './dates.js';
import { BULLET, COMPANY, isLocation, isTechLine, isTitle, readLabelled, splitParts } from './role-lines.js';
import type { CvLine, CvRole, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/**
 * A line that describes work rather than naming it: a bullet, a long line, or
 * (beside the dated line) a sentence or a long line in the body text's style.
 */
function isDescription(line: CvLine | undefined, text: string, bodyStyle: string | undefined): boolean {
  const trimmed = text.trim();
  if (BULLET.test(trimmed)) return !(line && isBulletedHeader(line));
  const words = trimmed.split(/\s+/).length;
  if (!line) return words > 12;
  // A sentence ends in a full stop after a word ("…maintained the pipeline."), not after "Inc." or "S.A.".
  const sentence = /\p{Ll}{3,}\.$/u.test(trimmed) && !COMPANY.test(trimmed.split(/\s+/).at(-1) ?? '');
  // In the body text's style, a run of eight words is a description; an entry header is short pieces ("Acme, CTO | Paris").
  const longest = Math.max(...line.segments.map((seg) => seg.trim().split(/\s+/).length));
  return sentence || words > 12 || (longest >= 8 && line.style !== undefined && line.style === bodyStyle);
}

/** "• Google ⟂ Mountain View, CA": a bulleted entry header, a name and then only a place or a date. */
function isBulletedHeader(line: CvLine): boolean {
  const [first, ...others] = line.segments;
  return others.length > 0 && first.split(/\s+/).length <= 7 && others.every((s) => isLocation(s.trim()) || HAS_RANGE.test(s));
}

/**
 * An employer name: capitalised ("Acme", "eBay"), or in lower case a short
 * line of its own set apart from the body text ("everis"), not the wrapped
 * end of a bullet ("performance tuning").
 */
function employerShaped(part: string, pool: string, apart: boolean): boolean {
  if (part.split(/\s+/).length > 6) return false;
  return /^[\p{Lu}\d]|^\p{Ll}+\p{Lu}/u.test(part) || (apart && part === pool.trim() && part.split(/\s+/).length <= 3);
}

/**
 * Title and employer from the text around a date range: the line itself, then
 * the lines before and after it (two lines away only when those name no employer).
 * A part that names a company form ("GmbH", "Inc.", "University") beats
 * other candidates; a line that named the employer of the entry above is not
 * read again.
 */
function describe(lines: CvLine[], where: Where[], context: RoleContext, i: number, rest: string): { title?: string; employer?: string } {
  const near = [i - 1, i + 1, i - 2, i + 2].map((k) => (lines[k] && where[k] === where[i] && !context.headings.has(k) ? k : -1));
  let title: string | undefined;
  const employers: { name: string; line: number }[] = [];
  for (const [n, k] of [-1, ...near].entries()) {
    const pool = n === 0 ? rest : k >= 0 ? lines[k].text.replace(isBulletedHeader(lines[k]) ? BULLET : /^$/, '') : '';
    if (n >= 3 && employers.length > 0) break;
    if (n > 0 && context.claimed.has(k)) continue;
    const line = n === 0 ? undefined : lines[k];
    if (isDescription(line, pool, context.bodyStyle) || (n > 0 && HAS_RANGE.test(pool))) continue;
    const apart = line !== undefined && (line.style === undefined || line.style !== context.bodyStyle);
    // "Technologies: …" is a detail line; "Acme Corp : Data Scientist" names the entry; "Role: Data Engineer" its title.
    const labelled = readLabelled(pool);
    if (labelled === 'detail' || isTechLine(pool)) continue;
    // A neighbour with a job title of its own heads another entry, once this one has its title.
    if (line && title && isTitle(pool)) continue;
    if (labelled?.title && !title) title = labelled.title;
    for (const raw of labelled ? labelled.parts : splitParts(pool)) {
      // The year of a range broken over two lines ("2016 Caixa Geral") is not part of the name.
      const part = raw.replace(/^(?:19|20)\d{2}\s+(?=\p{L})/u, '');
      if (isLocation(part) || /\d{4}/.test(part)) continue;
      if (!title && isTitle(part)) title = part;
      else if (part !== title && employerShaped(part, pool, apart)) employers.push({ name: part, line: n === 0 ? -1 : k });
    }
    // A dated line that names both the job and the employer needs nothing from its neighbours.
    if (title && (employers.some((e) => COMPANY.test(e.name)) || (n === 0 && employers.length > 0))) break;
  }
  const employer = employers.find((e) => COMPANY.test(e.name)) ?? employers[0];
  if (employer && employer.line >= 0) context.claimed.add(employer.line);
  return { title, employer: employer?.name };
}

interface RoleContext {
  /** Section heading lines. */
  headings: Set<number>;
  /** The style most text is set in: long lines in it are descriptions. */
  bodyStyle?: string;
  /** Lines that already named the employer of an entry above: each line names one entry. */
  claimed: Set<number>;
}

function mainStyle(lines: CvLine[]): string | undefined {
  const weights = new Map<string, number>();
  for (const l of lines) if (l.style) weights.set(l.style, (weights.get(l.style) ?? 0) + l.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0];
}

interface Range {
  start: string;
  end: string;
  text: string;
}

/** The date ranges on line i: whole ranges, or one broken over two lines, or "since <date>". */
function rangesAt(lines: CvLine[], i: number): Range[] {
  const text = lines[i].text;
  const next = lines[i + 1]?.text ?? '';
  const ranges: Range[] = [...text.matchAll(RANGE)].map((m) => ({ start: m[1], end: m[2], text: m[0] }));
  if (ranges.length > 0) return ranges;
  const broken = BROKEN_END.exec(text);
  const year = STARTS_WITH_YEAR.exec(next);
  if (broken && year) return [{ start: broken[1], end: `${broken[2]} ${year[1]}`, text: broken[0] }];
  const dangling = DANGLING.exec(text);
  const end = STARTS_WITH_END.exec(next);
  if (dangling && end) return [{ start: dangling[1] ?? dangling[2], end: end[1], text: dangling[0] }];
  const since = SINCE.exec(text);
  return since ? [{ start: since[1], end: 'present', text: since[0] }] : [];
}

/** Dated roles in the experience (and research) sections; `headings` are the section heading lines. */
export function findRoles(lines: CvLine[], where: Where[], headings: Set<number>, now = new Date()): CvRole[] {
  const roles: CvRole[] = [];
  const context: RoleContext = { headings, bodyStyle: mainStyle(lines), claimed: new Set() };
  lines.forEach((line, i) => {
    if (where[i] !== 'experience' && where[i] !== 'research') return;
    for (const r of rangesAt(lines, i)) {
      const start = toMonth(r.start);
      const end = toMonth(r.end);
      const months = monthIndex(end, now) - monthIndex(start, now) + 1;
      if (months <= 0 || months > 12 * 60) continue;
      // A date printed beside a bullet belongs to the entry above it.
      const rest = BULLET.test(line.text) ? '' : line.text.replace(r.text, ' ').replace(/[([]\s*[)\]]/g, ' ').replace(/^[\s|,•·–-]+|[\s|,•·–-]+$/g, '');
      const yearOnly = /^\s*(?:19|20)\d{2}\s*$/.test(r.end);
      roles.push({ ...describe(lines, where, context, i, rest), start, end, months, line: i, ...(yearOnly ? { endYearOnly: true } : {}) });
    }
  });
  return roles;
}

/**
 * Years covered by the roles, overlaps counted once, to one decimal. With
 * `latest`, the most they can cover: a year-only end date ("2018 – 2021")
 * runs to that December rather than its January.
 */
export function yearsCovered(roles: CvRole[], now = new Date(), options: { latest?: boolean } = {}): number | undefined {
  if (roles.length === 0) return undefined;
  const endOf = (r: CvRole) => (options.latest && r.endYearOnly ? Math.min(monthIndex(r.end, now) + 11, monthIndex('present', now)) : monthIndex(r.end, now));
  const spans = roles.map((r) => [monthIndex(r.start, now), Math.max(endOf(r), monthIndex(r.start, now)) + 1]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = spans[0];
  for (const [s, e] of spans.slice(1)) {
    if (s <= to) to = Math.max(to, e);
    else {
      total += to - from;
      [from, to] = [s, e];
    }
  }
  total += to - from;
  return Math.round((total / 12) * 10) / 10;
}
