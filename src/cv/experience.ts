// The years of experience the text states ("5+ years of experience", "four
// years", "3 years of Python", "Rust (2 years)"), kept apart from the years
// the dated roles cover (roles.ts) — reported separately, never blended.
import { matchSkills } from './skills.js';
import type { CvLine, SectionKind } from './types.js';

export { latestMonth } from './dates.js';
export { findEntries, findRoles, yearsCovered } from './roles.js';

type Where = SectionKind | 'header';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const AMOUNT = `(\\d{1,2}(?:\\.5)?|${Object.keys(NUMBER_WORDS).join('|')})\\s*(?:\\+|plus)?`;
/** "5+ years of (hands-on Python) experience", then maybe "in/with <skills>". */
const STATED_TOTAL = new RegExp(
  `\\b${AMOUNT}\\s*(?:years?|yrs?)\\b(?!\\s+old\\b)(?:\\s+of)?((?:\\s+[\\p{L}+#.-]*[\\p{L}+#-]){0,3}?)\\s+(?:experience|expertise)\\b([^.;]{0,80})`,
  'giu',
);
/** "3 ans d'expérience", "5 Jahre Berufserfahrung", "4 años de experiencia", "6 anni di esperienza". */
const STATED_ELSEWHERE = new RegExp(
  `\\b(\\d{1,2})\\s*\\+?\\s*(?:ans|an|jahre|jahren|años|año|anni|anno|jaar)\\s+(?:d['’]\\s*|de\\s+|di\\s+|an\\s+)?(?:\\p{L}+\\s+){0,2}?(?:expérience|experience|berufserfahrung|erfahrung|praxiserfahrung|experiencia|esperienza|ervaring|werkervaring)`,
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
export function statedYears(
  lines: CvLine[],
  where: Where[],
  counts: (w: Where) => boolean,
  headings: Set<number> = new Set(),
): { total?: number; skills: Record<string, number> } {
  // Lines not counted, and section headings, stop a phrase: "16 years old." + "WORK EXPERIENCE" is no statement.
  const text = lines.map((l, i) => (counts(where[i]) && !headings.has(i) ? l.text : '¶')).join(' ');
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
  for (const m of text.matchAll(STATED_ELSEWHERE)) total ??= Number(m[1]);
  for (const m of text.matchAll(STATED_SKILL)) {
    if (!/^\s*(\S+\s+){0,3}?(experience|expertise)/i.test(m[2])) give(phrased, skillsIn(` of ${m[2]}`), toNumber(m[1]));
  }
  for (const m of text.matchAll(SKILL_THEN_YEARS)) give(exact, idsIn(m[1]), toNumber(m[2]));
  return { total, skills: { ...phrased, ...exact } };
}
