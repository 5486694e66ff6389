// Role-reading fixtures: CV lines (with an optional style) read as one
// experience section, and the roles found as [start, end, title, employer].
import { findRoles } from '../../src/cv/roles.js';
import type { CvLine, SectionKind } from '../../src/cv/types.js';

export type Where = SectionKind | 'header';

/** The "today" of role fixtures: "present" ends here. */
export const NOW = new Date(Date.UTC(2026, 0, 15));

export function experienceDoc(entries: (string | [string, string])[]): { lines: CvLine[]; where: Where[] } {
  const lines = entries.map((e) => {
    const [text, style] = typeof e === 'string' ? [e, undefined] : e;
    return { text, segments: text.split('\t'), page: 1, ...(style ? { style } : {}) };
  });
  return { lines, where: lines.map(() => 'experience') };
}

export function roleRows(entries: (string | [string, string])[]): [string, string, string | undefined, string | undefined][] {
  const { lines, where } = experienceDoc(entries);
  return findRoles(lines, where, new Set(), NOW).map((r) => [r.start, r.end, r.title, r.employer]);
}
