// What the dated roles' own text says beyond a list of tools: how many roles
// name the tools they used. Only counts leave this module, never CV text
// (docs/cv.md, "Role text").
import { findSkills } from './skills.js';
import type { CvLine, CvRole, SectionKind } from './types.js';

type Where = SectionKind | 'header';

/** Sections whose lines are a dated role's text. */
const ROLE_SECTIONS = new Set<Where>(['experience', 'research']);

/**
 * How many dated roles name at least one skill in their own text. A role's
 * text runs from its dated line to the next role's (or its section's end);
 * the first role of a section also has the lines above it (a title or a
 * "Tech stack:" line printed before the dates).
 */
export function rolesNamingTools(lines: CvLine[], where: Where[], roles: readonly CvRole[]): number {
  const starts = [...new Set(roles.map((r) => r.line))].sort((a, b) => a - b);
  let count = 0;
  starts.forEach((line, k) => {
    let from = line;
    // The role above in the same run of lines already has the lines between.
    const prev = starts[k - 1];
    const firstOfSection = prev === undefined || where.slice(prev, line + 1).some((w) => w !== where[line]);
    while (firstOfSection && from > 0 && where[from - 1] === where[line]) from--;
    let to = line + 1;
    while (to < lines.length && where[to] === where[line] && !starts.includes(to)) to++;
    if (findSkills(lines.slice(from, to), where.slice(from, to)).length > 0) count++;
  });
  return count;
}
