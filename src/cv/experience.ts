// Dated roles in the experience section ("Jan 2019 – Present", "2018 – 2021",
// "03/2020 - 06/2022"), the years of experience they cover with overlaps
// merged, and the years the text states ("5+ years of experience", "four
// years", "3 years of Python") — reported separately, never blended.
import { matchSkills } from './skills.js';
import type { CvLine, CvRole, SectionKind } from './types.js';

type Where = SectionKind | 'header';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12,
};
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\\.?';
const DATE = `(?:${MONTH}\\s*,?\\s*(?:19|20)\\d{2}|${MONTH}\\s*['’]\\d{2}(?!\\d)|(?:0?[1-9]|1[0-2])[/.](?:19|20)\\d{2}|(?:19|20)\\d{2}[/.](?:0?[1-9]|1[0-2])(?!\\d)|(?:19|20)\\d{2})`;
const NOW = '(?:present|current(?:ly)?|now|today|ongoing|to date|date|heute|actuel|actualidad|presente)';
const RANGE_SOURCE = `(?<![\\w/.])(${DATE})\\s*(?:-|–|—|to|until|till|through|bis|à|a)\\s*(${DATE}|${NOW})(?![\\w/])`;
const RANGE = new RegExp(RANGE_SOURCE, 'gi');
const HAS_RANGE = new RegExp(RANGE_SOURCE, 'i');
const DANGLING = new RegExp(`(?<![\\w/.])(${DATE})\\s*(?:-|–|—)\\s*$|(?<![\\w/.])(${DATE})\\s*(?:-|–|—)\\s+(?=\\p{L})`, 'iu');
const STARTS_WITH_END = new RegExp(`^\\s*(${DATE}|${NOW})(?![\\w/])`, 'i');
const TITLE_WORDS =
  /\b(engineer|developer|scientist|analyst|manager|designer|consultant|intern|architect|lead|director|specialist|technician|administrator|officer|assistant|researcher|professor|founder|co-founder|cto|ceo|vp|head|fellow|contributor|member|programmer|associate|coordinator|advisor|instructor|tutor|teacher|sre|devops|volunteer|coach)\b/i;
const COMPANY = /\b(inc|corp|corporation|ltd|llc|gmbh|plc|co|sa|ag|labs?|university|institute)\b\.?/i;
const LOCATION = /^(remote|hybrid|on-?site)$|^[\p{L} .'-]+,\s*(\p{Lu}{2}|\p{Lu}[\p{L}.]*(\s\p{Lu}[\p{L}.]*)*)$/u;

/** `YYYY-MM` of a date token (January when only a year is given); `present` stays. */
function toMonth(token: string): string {
  const t = token.toLowerCase().trim();
  if (new RegExp(`^${NOW}$`, 'i').test(t)) return 'present';
  const short = /['’](\d{2})$/.exec(t)?.[1];
  // "Jan '19": a two-digit year is this century unless that would be in the future.
  const year = short ? String(Number(short) > (new Date().getFullYear() % 100) + 1 ? 1900 + Number(short) : 2000 + Number(short)) : (/(19|20)\d{2}/.exec(t)?.[0] ?? '1970');
  const word = /^[a-z]+/.exec(t)?.[0];
  const named = word ? (MONTHS[word] ?? MONTHS[word.slice(0, 3)]) : undefined;
  const numeric = /^(\d{1,2})[/.]/.exec(t)?.[1] ?? /^(?:19|20)\d{2}[/.](\d{1,2})/.exec(t)?.[1];
  const month = named ?? (numeric ? Number(numeric) : 1);
  return `${year}-${String(month).padStart(2, '0')}`;
}

function monthIndex(ym: string, now: Date): number {
  if (ym === 'present') return now.getFullYear() * 12 + now.getMonth();
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
}

/** "New York, NY", "Remote": a place, unless it names a job or a company ("Data Analyst, Acme Corp."). */
function isLocation(piece: string): boolean {
  return LOCATION.test(piece) && !TITLE_WORDS.test(piece) && !COMPANY.test(piece);
}

/** Parts of an entry line: split at bars, bullets, tabs and dashes, then at commas unless the piece is a place. */
function splitParts(text: string): string[] {
  return text
    .split(/\s*(?:\t|\||•|·|–|—|\s-\s|\s+at\s+|\s+@\s+)\s*/)
    .flatMap((piece) => (isLocation(piece.trim()) ? [] : piece.split(/\s*,\s*/)))
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^[-–—:]+$/.test(p));
}

function isBulletOrProse(text: string): boolean {
  return /^[•\-–*·▪►]/.test(text.trim()) || text.split(/\s+/).length > 12;
}

/** Title and employer from the text around a date range (the line itself, then its neighbours). */
function describe(lines: CvLine[], where: Where[], headings: Set<number>, i: number, rest: string): { title?: string; employer?: string } {
  const near = [i - 1, i + 1, i - 2].map((k) => (lines[k] && where[k] === where[i] && !headings.has(k) ? lines[k].text : ''));
  const pools = [rest, ...near];
  let title: string | undefined;
  let employer: string | undefined;
  for (const [n, pool] of pools.entries()) {
    if (isBulletOrProse(pool) || (n > 0 && HAS_RANGE.test(pool))) continue;
    for (const part of splitParts(pool)) {
      if (isLocation(part) || /\d{4}/.test(part)) continue;
      if (!title && TITLE_WORDS.test(part)) title = part;
      else if (!employer && part !== title && part.split(/\s+/).length <= 6 && /^[\p{Lu}\d]/u.test(part)) employer = part;
    }
    if (title && employer) break;
  }
  return { title, employer };
}

/** Dated roles in the experience (and research) sections; `headings` are the section heading lines. */
export function findRoles(lines: CvLine[], where: Where[], headings: Set<number>, now = new Date()): CvRole[] {
  const roles: CvRole[] = [];
  lines.forEach((line, i) => {
    if (where[i] !== 'experience' && where[i] !== 'research') return;
    const ranges: { start: string; end: string; text: string }[] = [];
    for (const m of line.text.matchAll(RANGE)) ranges.push({ start: m[1], end: m[2], text: m[0] });
    const dangling = DANGLING.exec(line.text);
    const next = lines[i + 1] ? STARTS_WITH_END.exec(lines[i + 1].text) : null;
    if (ranges.length === 0 && dangling && next) ranges.push({ start: dangling[1] ?? dangling[2], end: next[1], text: dangling[0] });
    for (const r of ranges) {
      const start = toMonth(r.start);
      const end = toMonth(r.end);
      const months = monthIndex(end, now) - monthIndex(start, now) + 1;
      if (months <= 0 || months > 12 * 60) continue;
      // A date printed beside a bullet belongs to the entry above it.
      const rest = /^\s*[•\-–*·▪►]/.test(line.text) ? '' : line.text.replace(r.text, ' ').replace(/^[\s|,•·–-]+|[\s|,•·–-]+$/g, '');
      roles.push({ ...describe(lines, where, headings, i, rest), start, end, months, line: i });
    }
  });
  return roles;
}

const ANY_DATE = new RegExp(`(?<![\\w/.])${DATE}(?![\\w/])`, 'gi');

/** The latest month any date in the text names (`YYYY-MM`), to check a file's own date against. */
export function latestMonth(lines: CvLine[]): string | undefined {
  let latest: string | undefined;
  for (const line of lines) {
    for (const [m] of line.text.matchAll(ANY_DATE)) {
      const month = toMonth(m);
      if (!latest || month > latest) latest = month;
    }
  }
  return latest;
}

/** Years covered by the roles, overlaps counted once, to one decimal. */
export function yearsCovered(roles: CvRole[], now = new Date()): number | undefined {
  if (roles.length === 0) return undefined;
  const spans = roles.map((r) => [monthIndex(r.start, now), monthIndex(r.end, now) + 1]).sort((a, b) => a[0] - b[0]);
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

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const AMOUNT = `(\\d{1,2}(?:\\.5)?|${Object.keys(NUMBER_WORDS).join('|')})\\s*(?:\\+|plus)?`;
/** "5+ years of (hands-on Python) experience", then maybe "in/with <skills>". */
const STATED_TOTAL = new RegExp(
  `\\b${AMOUNT}\\s*(?:years?|yrs?)\\b(?:\\s+of)?((?:\\s+[\\p{L}+#.-]+){0,3}?)\\s+(?:experience|expertise)\\b([^.;]{0,80})`,
  'giu',
);
/** "3 years of Python", "4 yrs with Kubernetes" (up to the next stated figure). */
const STATED_SKILL = new RegExp(
  `\\b${AMOUNT}\\s*(?:years?|yrs?)\\s+(?:of|with|in|using)\\s+((?:(?!\\d+\\s*\\+?\\s*(?:years?|yrs?)\\b)[^.;]){1,60})`,
  'giu',
);
/** "Python (5 years)", "Go: 3 yrs". */
const SKILL_THEN_YEARS = new RegExp(`([\\p{L}+#.]{1,20})\\s*(?:\\(|:|-|–)\\s*${AMOUNT}\\s*(?:years?|yrs?)\\b`, 'giu');

function toNumber(amount: string): number {
  return NUMBER_WORDS[amount.toLowerCase()] ?? Number(amount);
}

function idsIn(text: string): string[] {
  return matchSkills(text)
    .filter((h) => !h.form.skillsOnly)
    .map((h) => h.entry.id);
}

/** Skills named in a phrase ("in Java and Angular development"), first clause only. */
function skillsIn(phrase: string): string[] {
  return idsIn(/^\s*(?:in|with|using|of)\b([^,(]*(?:,[^,(]*){0,3})/i.exec(phrase)?.[1] ?? '');
}

/** Years the text states: overall (the first statement) and per skill ("Python (5 years)" beats a phrase). */
export function statedYears(lines: CvLine[], where: Where[], counts: (w: Where) => boolean): { total?: number; skills: Record<string, number> } {
  const text = lines.map((l, i) => (counts(where[i]) ? l.text : '\n')).join(' ');
  let total: number | undefined;
  const exact: Record<string, number> = {};
  const phrased: Record<string, number> = {};
  const give = (into: Record<string, number>, ids: string[], years: number) => {
    for (const id of ids) into[id] = Math.max(into[id] ?? 0, years);
  };
  for (const m of text.matchAll(STATED_TOTAL)) {
    total ??= toNumber(m[1]);
    give(phrased, [...idsIn(m[2]), ...skillsIn(m[3])], toNumber(m[1]));
  }
  for (const m of text.matchAll(STATED_SKILL)) {
    if (!/^\s*(\S+\s+){0,3}?(experience|expertise)/i.test(m[2])) give(phrased, skillsIn(` of ${m[2]}`), toNumber(m[1]));
  }
  for (const m of text.matchAll(SKILL_THEN_YEARS)) give(exact, idsIn(m[1]), toNumber(m[2]));
  return { total, skills: { ...phrased, ...exact } };
}
