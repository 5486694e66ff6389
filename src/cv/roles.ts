// Dated roles in the experience section ("Jan 2019 – Present", "2018 – 2021",
// "03/2020 - 06/2022", "seit März 2020") with the title and employer printed
// around them, and the years of experience they cover with overlaps merged.
import { HAS_RANGE, monthIndex, toMonth } from './dates.js';
import { BULLET, COMPANY, entryParts, isGenericPart, isLocation, isTechLine, isTitle, namesEntry, readLabelled } from './role-lines.js';
import { rangesAt } from './role-ranges.js';
import { nameLine, singleDateAt, singleMonths } from './role-single.js';
import { bulletEntry, groupRoles, type RoleSource, within } from './role-groups.js';
import { isBulletContinuation, isDetailContinuation } from './role-wraps.js';
import type { CvLine, CvProject, CvRole, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/**
 * A line that describes work rather than naming it: a bullet, a long line, or
 * (beside the dated line) a sentence or a long line in the body text's style.
 */
function isDescription(line: CvLine | undefined, text: string, bodyStyle: string | undefined): boolean {
  const trimmed = text.trim();
  if (BULLET.test(trimmed)) return !(line && isBulletedHeader(line));
  const words = trimmed.split(/\s+/).length;
  // A sentence ends in a full stop after a word ("…maintained the pipeline."), not after "Inc." or "S.A.".
  const sentence = /\p{Ll}{3,}\.$/u.test(trimmed) && !COMPANY.test(trimmed.split(/\s+/).at(-1) ?? '') && !namesEntry(trimmed);
  // Beside the dates: a long piece, or a sentence of four words or more ("Built new components for the portal.").
  if (!line) return words > 12 || (sentence && words >= 4);
  // In the body text's style, a run of eight words is a description; an entry header is short pieces ("Acme, CTO | Paris").
  const longest = Math.max(...line.segments.map((seg) => seg.trim().split(/\s+/).length));
  return sentence || words > 12 || (longest >= 8 && line.style !== undefined && line.style === bodyStyle);
}

/** "Senior Engineer." → "Senior Engineer"; "Acme Inc." and "S.A." keep their dot. */
function dropFullStop(part: string): string {
  const last = part.split(/\s+/).at(-1) ?? '';
  return /\p{L}{2}\.$/u.test(last) && !COMPANY.test(last) && !/\p{L}\.\p{L}/u.test(last) ? part.slice(0, -1) : part;
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
function describe(lines: CvLine[], where: Where[], context: RoleContext, i: number, rest: string): { title?: string; employer?: string; source: RoleSource } {
  const near = [i - 1, i + 1, i - 2, i + 2].map((k) => (lines[k] && where[k] === where[i] && !context.headings.has(k) ? k : -1));
  let title: string | undefined;
  let titleOwn = false;
  const employers: { name: string; line: number; weak: boolean }[] = [];
  const strong = () => employers.filter((e) => !e.weak);
  for (const [n, k] of [-1, ...near].entries()) {
    const pool = n === 0 ? rest : k >= 0 ? lines[k].text.replace(isBulletedHeader(lines[k]) ? BULLET : /^$/, '') : '';
    if (n >= 3 && strong().length > 0) break;
    if (n > 0 && context.claimed.has(k)) continue;
    const line = n === 0 ? undefined : lines[k];
    if (isDescription(line, pool, context.bodyStyle) || (n > 0 && HAS_RANGE.test(pool))) continue;
    // The wrapped end of a "Technologies: …" line ("Server, Cosmos SQL, OAuth 2.0") is detail too.
    if (n > 0 && isDetailContinuation(lines, where, k)) continue;
    // Nor is the wrapped rest of a bullet ("… APIs: Paypal, Google" + "Wallet, Facebook.").
    if (n > 0 && isBulletContinuation(lines, where, k)) continue;
    const apart = line !== undefined && (line.style === undefined || line.style !== context.bodyStyle);
    // "Technologies: …" is a detail line; "Acme Corp : Data Scientist" names the entry; "Role: Data Engineer" its title.
    const labelled = readLabelled(pool);
    if (labelled === 'detail' || isTechLine(pool)) continue;
    // A neighbour with a job title of its own heads another entry, once this one has its title.
    if (line && title && isTitle(pool)) continue;
    if (labelled?.title && !title) [title, titleOwn] = [labelled.title, n === 0];
    const parts = labelled ? labelled.parts.map((text) => ({ text, afterPlace: false })) : entryParts(pool);
    let titled: number | undefined;
    for (const [p, { text: raw, afterPlace }] of parts.entries()) {
      // The year of a range broken over two lines ("2016 Caixa Geral") is not part of the name.
      const part = dropFullStop(raw.replace(/^(?:19|20)\d{2}\s+(?=\p{L})/u, ''));
      if (isLocation(part) || /\d{4}/.test(part)) continue;
      if (!title && isTitle(part)) [title, titled, titleOwn] = [part, p, n === 0];
      // Titles side by side on one line are one title ("Contractor, MLOps Engineer").
      else if (title && titled === p - 1 && part !== title && isTitle(part) && !COMPANY.test(part)) [title, titled] = [`${title}, ${part}`, p];
      else if (part !== title && !neverEmployer(part)) {
        // A name followed by a list in brackets ("5 Ventures (Tech, Events, Retail)"), or too long only for its note, is the name before it.
        const name = employerShaped(part, pool, apart) && !/\([^()]*,[^()]*\)$/.test(part) ? part : part.replace(/\s*\([^()]*\)$/, '');
        if (name !== '' && employerShaped(name, pool, apart)) employers.push({ name, line: n === 0 ? -1 : k, weak: afterPlace && !COMPANY.test(name) });
      }
    }
    // A dated line that names both the job and the employer needs nothing from its neighbours.
    if (title && (strong().some((e) => COMPANY.test(e.name)) || (n === 0 && strong().length > 0))) break;
  }
  // A company form wins; a name printed after the place on the dated line ("Munich - Unterhaching") comes last.
  const employer = employers.find((e) => COMPANY.test(e.name)) ?? strong()[0] ?? employers[0];
  if (employer && employer.line >= 0) context.claimed.add(employer.line);
  const source: RoleSource = { titleOwn, rest, ...(employer ? { employerLine: employer.line } : {}) };
  return { ...(title ? { title } : {}), ...(employer ? { employer: employer.name } : {}), source };
}

/** A job title ("Performance Tester") or a field or technique ("Data", "REST API") is never the employer, unless it carries a company form. */
function neverEmployer(part: string): boolean {
  if (COMPANY.test(part)) return false;
  return isTitle(part) || isGenericPart(part);
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

/** "Project: Live pricing engine", "Projekt: …", "Projet : …": the name of a project entry (singular; "Projects: A, B" under a role is a detail). */
const PROJECT_LABEL = /^\s*(?:(?:personal|side|academic|client|customer|research|team|open[- ]source|freelance|key)\s+)?(?:project|project name|projekt|projektname|projet|proyecto|progetto)\s*:\s*(\S.*)$/iu;

function projectName(text: string): string | undefined {
  return PROJECT_LABEL.exec(text.trim())?.[1].trim();
}

/** The project a line names, on the line or in one of its segments. */
function projectOn(line: CvLine | undefined): string | undefined {
  if (!line) return undefined;
  return projectName(line.text) ?? line.segments.map(projectName).find((p) => p !== undefined);
}

/**
 * The project a dated line belongs to, when it heads a project rather than a
 * job: "Project: …" on the dated line, or on the line above it (past
 * "Client: …"-style detail lines) while the dated line names no job or firm
 * of its own, or on the line below a bare date whose line above heads nothing.
 */
function projectOf(lines: CvLine[], where: Where[], headings: Set<number>, i: number, rest: string): string | undefined {
  const same = (k: number) => lines[k] !== undefined && where[k] === where[i] && !headings.has(k);
  const own = projectOn(lines[i]) ?? projectName(rest);
  if (own) return own;
  // A job title on the dated line itself ("Senior Consultant | 2019 – 2022") heads a job, even under a project label.
  const namesJob = entryParts(rest).some((p) => p.text.split(/\s+/).length <= 6 && isTitle(p.text));
  for (let k = i - 1; k >= i - 3 && same(k) && !namesJob; k--) {
    const above = projectOn(lines[k]);
    if (above) return above;
    if (readLabelled(lines[k].text) !== 'detail' || HAS_RANGE.test(lines[k].text)) break;
  }
  if (rest === '' && same(i + 1)) {
    const below = projectOn(lines[i + 1]);
    const headsNothing = !same(i - 1) || readLabelled(lines[i - 1].text) === 'detail' || BULLET.test(lines[i - 1].text) || lines[i - 1].text.trim().split(/\s+/).length > 12;
    if (below && headsNothing) return below;
  }
  return undefined;
}

/** The name of a dated entry in a projects section: the short rest of its line, else the short line above. */
function nameNear(lines: CvLine[], where: Where[], headings: Set<number>, i: number, rest: string): string | undefined {
  const short = (text: string) => text !== '' && text.split(/\s+/).length <= 10 && !BULLET.test(text) && !HAS_RANGE.test(text) && !/https?:|www\./i.test(text) && readLabelled(text) !== 'detail';
  const name = rest.replace(/^[\s|,•·–—-]+|[\s|,•·–—:-]+$/g, '');
  if (short(name)) return name;
  const above = lines[i - 1]?.text.trim() ?? '';
  return where[i - 1] === where[i] && !headings.has(i - 1) && short(above) ? above : undefined;
}

/** Sections whose dated entries are jobs, unless an entry is labelled a project. */
const ROLE_SECTIONS = new Set<Where>(['experience', 'research']);

/**
 * Dated roles in the experience (and research) sections, and dated projects:
 * entries there labelled "Project: …", and dated entries of a projects
 * section. A project is never a role: no employer or title is read for it.
 * `headings` are the section heading lines.
 */
export function findEntries(lines: CvLine[], where: Where[], headings: Set<number>, now = new Date()): { roles: CvRole[]; projects: CvProject[] } {
  const roles: CvRole[] = [];
  const projects: CvProject[] = [];
  const context: RoleContext = { headings, bodyStyle: mainStyle(lines), claimed: new Set() };
  const sources = new Map<CvRole, RoleSource>();
  // Whether every dated line of the run of the section around line i is a bullet naming an entry.
  const bulletList = (i: number) => {
    let [from, to] = [i, i];
    while (from > 0 && where[from - 1] === where[i] && !headings.has(from)) from--;
    while (to + 1 < lines.length && where[to + 1] === where[i] && !headings.has(to + 1)) to++;
    const dated = lines.slice(from, to + 1).flatMap((l, k) => rangesAt(lines, from + k).map((r) => ({ l, r })));
    return dated.length > 1 && dated.every(({ l, r }) => bulletEntry(l.text, r.text) !== '');
  };
  // The role above line i in the same run of the section, if any.
  const roleAbove = (i: number) => {
    const above = roles.at(-1);
    return above && where.slice(above.line, i + 1).every((w) => w === where[i]) ? above : undefined;
  };
  lines.forEach((line, i) => {
    const inRoles = ROLE_SECTIONS.has(where[i]);
    if (!inRoles && where[i] !== 'projects') return;
    const ranges = rangesAt(lines, i);
    if (inRoles && ranges.length === 0) {
      const above = roleAbove(i);
      const single = singleDateAt(lines, where, i, above !== undefined && above.singleDate === undefined);
      if (!single || projectOf(lines, where, headings, i, single.rest) !== undefined) return;
      const start = toMonth(single.date);
      const { title, employer } = describe(lines, where, context, i, single.rest);
      // The employer printed on the line under the title ("Spring 2021: Research Intern" over "Acme"), nested bullet or not.
      const below = where[i + 1] === where[i] && !headings.has(i + 1) && !context.claimed.has(i + 1) ? nameLine(lines[i + 1].text) : undefined;
      if (below) context.claimed.add(i + 1);
      const named = below ?? employer;
      const year = single.kind === 'year' ? { endYearOnly: true } : {};
      roles.push({ ...(title ? { title } : {}), ...(named ? { employer: named } : {}), start, end: start, months: singleMonths(single.kind), line: i, ...year, singleDate: single.kind });
      return;
    }
    for (const r of ranges) {
      // "since 2007" in a project's description dates no project.
      if (!inRoles && r.since) continue;
      const start = toMonth(r.start);
      const end = toMonth(r.end);
      const months = monthIndex(end, now) - monthIndex(start, now) + 1;
      if (months <= 0 || months > 12 * 60) continue;
      // A date printed beside a bullet belongs to the entry above it.
      const bullet = BULLET.test(line.text);
      const yearOnly = /^\s*(?:19|20)\d{2}\s*$/.test(r.end);
      // A bullet dated inside the span of the role above ("Tech services (2015–2017)") is a part of it, unless it names a job of its own
      // or the section lists its entries as dated bullets.
      const claimedAbove = bullet && within(roleAbove(i), start, end, yearOnly, now) && !bulletList(i);
      if (inRoles && claimedAbove && !isTitle(line.text.replace(r.text, ' ').split(':')[0])) continue;
      // A date printed beside a description bullet belongs to the entry above it; a bullet that is an entry ("- Engineer, Acme : 2023 - Present") names it.
      const rest = bullet
        ? claimedAbove ? '' : bulletEntry(line.text, r.text)
        : line.text.replace(r.text, ' ').replace(/[([]\s*[)\]]/g, ' ').replace(/^[\s|,•·–-]+|[\s|,•·–-]+$/g, '');
      const dates = { start, end, months, line: i, ...(yearOnly ? { endYearOnly: true } : {}) };
      const project = inRoles ? projectOf(lines, where, headings, i, rest) : (projectOf(lines, where, headings, i, rest) ?? nameNear(lines, where, headings, i, rest));
      if (!inRoles || project !== undefined) {
        projects.push({ ...(project ? { name: project } : {}), ...dates, ...(inRoles ? { inExperience: true } : {}) });
        continue;
      }
      const { source, ...named } = describe(lines, where, context, i, rest);
      const role = { ...named, ...dates };
      sources.set(role, source);
      roles.push(role);
    }
  });
  return { roles: groupRoles(roles, sources, where, now), projects };
}

/** Dated roles in the experience (and research) sections; `headings` are the section heading lines. */
export function findRoles(lines: CvLine[], where: Where[], headings: Set<number>, now = new Date()): CvRole[] {
  return findEntries(lines, where, headings, now).roles;
}

/**
 * Years covered by the roles, overlaps counted once, to one decimal. With
 * `latest`, the most they can cover: a year-only end date ("2018 – 2021")
 * runs to that December rather than its January.
 */
type Span = Pick<CvRole, 'start' | 'end' | 'endYearOnly'> & { months?: number; singleDate?: CvRole['singleDate'] };

export function yearsCovered(roles: readonly Span[], now = new Date(), options: { latest?: boolean } = {}): number | undefined {
  if (roles.length === 0) return undefined;
  // A single date covers its estimated months (a season three), never more; with `latest` a lone year may run to its December.
  const endOf = (r: Span) =>
    options.latest && r.endYearOnly
      ? Math.min(monthIndex(r.end, now) + 11, monthIndex('present', now))
      : monthIndex(r.end, now) + (r.singleDate && r.months ? r.months - 1 : 0);
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
