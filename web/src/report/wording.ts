// The report's wording, as the HTML report words it (src/report/evidence-text.ts):
// the headline beside the fit, how a claim's rung reads, the names readers see.
// The web app cannot import that module (types only from src/model), so the
// few phrases live here too.
import { LOW_COVERAGE, NO_EVIDENCE_SCORE, SUPPORTING_SIGNALS } from '../labels.generated.js';
import type { Assessment, Claim, CompetencyScore, GateResult } from '../types.js';

export { LOW_COVERAGE, NO_EVIDENCE_SCORE };

export function coverageText(a: Assessment): string {
  return a.coverage.low ? `${LOW_COVERAGE} (they speak to ${a.coverage.share}% of the role)` : `the repositories screened speak to ${a.coverage.share}% of the role`;
}

/** True when some signal of the competency is in a repository screened (src/model/assessment.ts isEvidenced). */
export function isEvidenced(c: Pick<CompetencyScore, 'contributions'>): boolean {
  return c.contributions.some((x) => x.repositories.length > 0 && !(SUPPORTING_SIGNALS as readonly string[]).includes(x.signal));
}

export function rungText(c: Claim): string {
  // As src/report/evidence-text.ts: the rung of a product the CV named with more words is the product's.
  const added = c.rung !== 'none' ? /; evidence of (.+): '(.+)' itself not checked$/.exec(c.reason ?? '') : null;
  if (added) return `${c.rung} (as ${added[1]}; '${added[2]}' not checked)`;
  if (c.rung !== 'none') return c.rung;
  return (c.context ?? 'list') === 'list' ? 'unverified (skills list only)' : 'unverified: ask in the interview';
}

export function gateText(g: GateResult): string {
  return g.met ? 'met' : g.unverified ? 'unverified: ask in the interview' : 'missed';
}

function titlesOf(a: Assessment, ids: readonly string[]): string[] {
  return a.competencies.filter((c) => ids.includes(c.id)).map((c) => c.title);
}

/** One line on what the interview must cover because the repositories screened cannot. */
export function interviewAreas(a: Assessment): string | undefined {
  const claimed = titlesOf(a, a.coverage.claimedOnly);
  const silent = titlesOf(a, a.coverage.silent);
  const parts = [
    ...(claimed.length ? [`claimed on the CV, no evidence found in the repositories screened: ${claimed.join(', ')}`] : []),
    ...(silent.length ? [`no evidence found in the repositories screened, and no tool for it named in a CV role or project: ${silent.join(', ')}`] : []),
  ];
  return parts.length ? `To assess in the interview: ${parts.join('; ')}.` : undefined;
}

/** Authorship notes sit beside the fit; the others at the end. */
export const isAuthorshipNote = (note: string): boolean => note.startsWith('authorship ');
