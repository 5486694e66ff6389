// Markdown CVs for tests, read by the real parser with "Present" pinned, and
// the CV side of an assessment built from one.
import { buildCvEvidence, cvFactsOf } from '../../src/assess/cv-input.js';
import type { CvEvidenceInput } from '../../src/assess/types.js';
import { parseCv } from '../../src/cv/index.js';
import { resolveSkill } from '../../src/cv/lexicon.js';
import type { CvResult, SkillClaim } from '../../src/cv/types.js';
import type { RepoScan } from '../../src/scan/types.js';

export const CV_NOW = new Date('2026-11-23T00:00:00Z');

/** Parses a Markdown CV as `cv.md`. */
export function parseMarkdownCv(markdown: string): Promise<CvResult> {
  return parseCv(new TextEncoder().encode(markdown), 'cv.md', { now: CV_NOW });
}

/** What the assessment reads from a Markdown CV, against these scans. */
export async function cvEvidenceOf(markdown: string, scans: readonly RepoScan[]): Promise<CvEvidenceInput> {
  return buildCvEvidence(cvFactsOf(await parseMarkdownCv(markdown)), scans);
}

/** A tool's product name and category from the lexicon, as the claims matrix asks for them. */
export function describeSkill(tool: string): { name: string; category: SkillClaim['category'] } | undefined {
  const entry = resolveSkill(tool);
  return entry ? { name: entry.name, category: entry.category } : undefined;
}

/** A claim of a lexicon skill made once inside a dated role. */
export function roleClaim(id: string): SkillClaim {
  const entry = resolveSkill(id)!;
  return { id, name: entry.name, category: entry.category, tool: entry.tool, where: ['experience'], mentions: 1, line: 1, context: 'role' };
}
