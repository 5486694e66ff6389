// Where a claim sits on the CV and how much the CV leans on it: the dated
// roles naming it (the most recent first), the summary or headline, how many
// places repeat it; and the CV's own words for it, so a reader can find what
// the CV said ("Datadog APM", not only the product name Datadog).
import type { CvRole, SectionKind, SkillClaim } from './types.js';

type Where = SectionKind | 'header';

/** Words after a product name that do not extend it: connectors, and what a person is rather than the tool. */
const NOT_PART = new Set(
  'and or with for to in on at of the a an by from using via as into is are was & i developer developers engineer engineers engineering development expert specialist architect certified certification certificate experience skills stack team teams lead programming language languages scripting framework frameworks library libraries ecosystem tools basics inc ltd llc gmbh corp plc ag sa co'.split(
    ' ',
  ),
);

/**
 * The CV's words for a match: its text, and up to two capitalised words right
 * after it in the same item that name no other skill ("AWS SageMaker
 * Pipelines", "Spark Streaming"). `next` is where the next match starts.
 */
export function cvWords(text: string, start: number, end: number, next: number): string {
  let to = end;
  const re = /^ ([\p{Lu}][\p{L}\p{N}]*)/u;
  for (let k = 0; k < 2; k++) {
    const m = re.exec(text.slice(to, next));
    if (!m || NOT_PART.has(m[1].toLowerCase())) break;
    to += m[0].length;
  }
  return text.slice(start, to).replace(/\s+/g, ' ').trim();
}

const flat = (s: string) => s.toLowerCase().replace(/[\s\-_.]+/g, '');

/** True when the CV's words differ from the product name beyond case, spaces and hyphens. */
export function wordsDiffer(cvText: string | undefined, name: string): boolean {
  return cvText !== undefined && flat(cvText) !== flat(name);
}

/** A claim as readers see it: the CV's words with the product name after them when they differ (`Datadog APM (Datadog)`). */
export function claimLabel(name: string, cvText?: string): string {
  return wordsDiffer(cvText, name) ? `${cvText} (${name})` : name;
}

/** Recency of each dated role: 0 for the latest end date (every current role), 1 for the next, ... */
function roleRanks(roles: readonly CvRole[]): number[] {
  const ends = [...new Set(roles.map((r) => (r.end === 'present' ? '9999-99' : r.end)))].sort().reverse();
  return roles.map((r) => ends.indexOf(r.end === 'present' ? '9999-99' : r.end));
}

/** The dated role a line of the experience belongs to: the last whose date line is at or above it, else the first below. */
function roleOf(line: number, roles: readonly CvRole[]): number {
  let best = -1;
  roles.forEach((r, i) => {
    if (r.line <= line && (best < 0 || r.line >= roles[best].line)) best = i;
  });
  if (best >= 0) return best;
  let below = -1;
  roles.forEach((r, i) => {
    if (below < 0 || r.line < roles[below].line) below = i;
  });
  return below;
}

const ROLE_SECTIONS = new Set<Where>(['experience', 'research']);
const TOP = new Set<Where>(['summary', 'header']);

/** Sets each claim's roles, recency, places and summary from the lines naming it (`mentions`: claim id → lines). */
export function positionClaims(claims: SkillClaim[], mentions: ReadonlyMap<string, number[]>, where: readonly Where[], roles: readonly CvRole[]): void {
  const ranks = roleRanks(roles);
  for (const claim of claims) {
    const named = new Set<number>();
    const sections = new Set<Where>();
    for (const line of mentions.get(claim.id) ?? [claim.line]) {
      const section = where[line];
      const role = ROLE_SECTIONS.has(section) && roles.length > 0 ? roleOf(line, roles) : -1;
      if (role >= 0) named.add(role);
      else sections.add(section);
    }
    const recency = [...named].map((i) => ranks[i]);
    if (recency.length > 0) claim.roleRank = Math.min(...recency);
    claim.roles = named.size;
    claim.places = named.size + sections.size;
    if ([...sections].some((s) => TOP.has(s))) claim.summary = true;
  }
}

/** Only in a bare skills list: asked last. */
const listOnly = (s: SkillClaim) => (s.context ?? 'list') === 'list';
/** Named in the most recent dated role(s), or in the summary or headline. */
const upFront = (s: SkillClaim) => s.roleRank === 0 || s.summary === true;

/**
 * Most prominent first: a claim in a sentence, a role or a project before a
 * bare skills-list entry; among those, one named in the most recent dated
 * role(s) or the summary first; then the one repeated in more places (several
 * roles before a one-off); then the more recent role; then the CV's order.
 */
export function byProminence(a: SkillClaim, b: SkillClaim): number {
  return (
    Number(listOnly(a)) - Number(listOnly(b)) ||
    Number(upFront(b)) - Number(upFront(a)) ||
    (b.places ?? b.where.length) - (a.places ?? a.where.length) ||
    (a.roleRank ?? Infinity) - (b.roleRank ?? Infinity) ||
    a.line - b.line
  );
}

/** Sets `prominence` (1 = the claim the CV leans on most) on each claim, without reordering them. */
export function rankProminence(claims: readonly SkillClaim[]): void {
  [...claims].sort(byProminence).forEach((c, i) => (c.prominence = i + 1));
}
