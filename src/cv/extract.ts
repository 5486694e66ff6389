// CvDocument → CvClaims: sections, name, contacts, dated roles, skills and
// stated years, and the red flags a reader should see (hidden text, a stated
// figure the dated roles contradict, a template placeholder for a name).
import { findEmails, findLinks, findPhone } from './contacts.js';
import { findEntries, latestMonth, statedYears, yearsCovered } from './experience.js';
import { findMethods } from './methods.js';
import { findName } from './name.js';
import { findSections, sectionOfLines } from './sections.js';
import { hiddenFlag, yearsFlag } from './cv-flags.js';
import { findPractices, rolesNamingTools } from './role-text.js';
import { findSkills } from './skills.js';
import type { CvClaims, CvDocument, SectionKind } from './types.js';

/** Sections whose text states years of experience (not education, publications, ...). */
const YEARS_SECTIONS = new Set<SectionKind | 'header'>(['header', 'summary', 'experience', 'skills', 'projects', 'other']);

export function emptyClaims(): CvClaims {
  return { emails: [], links: [], sections: [], roles: [], skills: [], skillYears: {}, suggestedSources: [], redFlags: [] };
}

/**
 * "Present" means when the file was saved, if its metadata says so; not when
 * that date is in the future or earlier than a date the CV itself names
 * (templates carry their own old dates).
 */
function presentDate(doc: CvDocument, now: Date): Date {
  const latest = latestMonth(doc.lines);
  if (!doc.written || (latest && latest > doc.written)) return now;
  const [year, month] = doc.written.split('-').map(Number);
  const saved = new Date(Date.UTC(year, month - 1, 15));
  return saved < now ? saved : now;
}

/** Reads the claims out of a document. `now` dates "Present" when the file's metadata does not. */
export function extractClaims(doc: CvDocument, today = new Date()): CvClaims {
  const now = presentDate(doc, today);
  const claims = emptyClaims();
  const hidden = hiddenFlag(doc.hidden, doc.lines.map((l) => l.text));
  if (hidden) claims.redFlags.push(hidden);
  if (!doc.hasText) return claims;
  const { lines, anchors } = doc;
  const sections = findSections(lines);
  const where = sectionOfLines(lines, sections);
  const person = findName(lines, sections[0]?.start ?? lines.length);
  if (person.name) claims.name = person.name;
  else if (doc.statedName && !person.placeholder) claims.name = doc.statedName;
  if (person.placeholder) {
    claims.placeholderName = person.placeholder;
    claims.redFlags.push({ kind: 'placeholder', message: 'the name is template text; the CV may be an unfilled template' });
  }
  claims.emails = findEmails(lines, where, anchors);
  const phone = findPhone(lines, where, anchors);
  if (phone) claims.phone = phone;
  const { links, sources } = findLinks(lines, where, anchors);
  claims.links = links;
  claims.suggestedSources = sources;
  claims.sections = sections;
  const entries = findEntries(lines, where, new Set(sections.map((s) => s.start)), now);
  claims.roles = entries.roles;
  if (entries.projects.length > 0) claims.projects = entries.projects;
  claims.computedYears = yearsCovered(claims.roles, now);
  claims.skills = findSkills(lines, where, claims.roles);
  claims.rolesNamingTools = rolesNamingTools(lines, where, claims.roles);
  claims.practices = findPractices(lines, where);
  const methods = findMethods(lines, where);
  if (methods.length > 0) claims.methods = methods;
  const headingLines = sections.filter((s) => s.heading && lines[s.start].text.startsWith(s.heading)).map((s) => s.start);
  const stated = statedYears(lines, where, (w) => YEARS_SECTIONS.has(w), new Set(headingLines));
  if (stated.total !== undefined) claims.statedYears = stated.total;
  claims.skillYears = stated.skills;
  for (const skill of claims.skills) if (stated.skills[skill.id] !== undefined) skill.years = stated.skills[skill.id];
  // Client projects printed among the roles are work time: a consultant's stated total is checked against them too.
  const worked = [...claims.roles, ...entries.projects.filter((p) => p.inExperience)];
  const mismatch = yearsFlag(claims.statedYears, yearsCovered(worked, now, { latest: true }));
  if (mismatch) claims.redFlags.push(mismatch);
  if (claims.computedYears === undefined) delete claims.computedYears;
  return claims;
}
