// Wording shared by the assessment renderers and the rank table: the headline
// beside the fit, how a claim's rung reads, and the names readers see. Plain
// text: each renderer escapes it. Assessments written before schema 1.1 have
// no coverage or topics; they read as before.
import type { Assessment, Claim, CompetencyId, GateResult, Strength } from '../assess/types.js';
import { byProminence } from '../cv/matrix.js';
import { claimLabel } from '../cv/prominence.js';
import { isEvidenced, LOW_COVERAGE, NO_EVIDENCE_SCORE, type CompetencyScore } from '../model/assessment.js';

export { LOW_COVERAGE, NO_EVIDENCE_SCORE };

/** True when the fit is not a score of the candidate: the repositories screened speak to too little of the role. */
export function isLowCoverage(a: Assessment): boolean {
  return a.coverage?.low === true;
}

/** What follows "Fit N/100": the coverage, and the warning when it is low. */
export function coverageText(a: Assessment): string {
  if (!a.coverage) return '';
  // Only the repositories given (or discovered) were screened: never said as if they were all the candidate's work.
  return a.coverage.low ? `${LOW_COVERAGE} (they speak to ${a.coverage.share}% of the role)` : `the repositories screened speak to ${a.coverage.share}% of the role`;
}

/** A competency's score as readers see it: `62`, or NO_EVIDENCE_SCORE when none of its signals is in the repositories screened. */
export function scoreText(s: CompetencyScore): string {
  return isEvidenced(s) ? String(s.score) : NO_EVIDENCE_SCORE;
}

/** The headline: `Fit 62/100 — the repositories screened speak to 80% of the role`. */
export function fitHeadline(a: Assessment): string {
  const more = coverageText(a);
  return more ? `Fit ${a.fit}/100 — ${more}` : `Fit ${a.fit}/100`;
}

/** The rung as readers see it: a claim the repositories screened cannot settle is unverified, never "none". */
export function rungText(c: Claim): string {
  // The CV named more than the product ("PyTorch Distributed Data"): the rung is the product's, and says so
  // where the row is read, not only in the JSON reason (real-people review: DDP read as evidenced).
  const added = c.rung !== 'none' ? /; evidence of (.+): '(.+)' itself not checked$/.exec(c.reason ?? '') : null;
  if (added) return `${c.rung} (as ${added[1]}; '${added[2]}' not checked)`;
  if (c.rung !== 'none') return c.rung;
  return (c.context ?? 'list') === 'list' ? 'unverified (skills list only)' : 'unverified: ask in the interview';
}

/**
 * The product name of a claim (LlamaIndex), never an internal id; after the CV's own words when they differ
 * (`Datadog APM (Datadog)`), so a reader can find what the CV said.
 */
export function claimName(c: Claim): string {
  return claimLabel(c.name ?? c.skill, c.cvText);
}

/** The claims as the matrix shows them: the ones the CV leans on most first (the JSON keeps them by skill id). */
export function shownClaims(claims: readonly Claim[]): Claim[] {
  return byProminence(claims);
}

export function strengthName(s: Strength): string {
  return s.kind === 'unclaimed' ? (s.name ?? s.id) : s.id;
}

/** Competency titles, in the assessment's order. */
export function competencyTitles(a: Assessment, ids: readonly CompetencyId[]): string[] {
  return a.competencies.filter((c) => ids.includes(c.id)).map((c) => c.title);
}

/** One line on what the interview must cover because the repositories screened cannot. */
export function interviewAreas(a: Assessment): string | undefined {
  if (!a.coverage) return undefined;
  const claimed = competencyTitles(a, a.coverage.claimedOnly);
  const silent = competencyTitles(a, a.coverage.silent);
  const parts = [
    ...(claimed.length ? [`claimed on the CV, no evidence found in the repositories screened: ${claimed.join(', ')}`] : []),
    ...(silent.length ? [`no evidence found in the repositories screened, and no tool for it named in a CV role or project: ${silent.join(', ')}`] : []),
  ];
  return parts.length ? `To assess in the interview: ${parts.join('; ')}.` : undefined;
}

/** `met`, `missed`, or `unverified` for a must-have the repositories screened cannot settle. */
export function gateText(g: GateResult): string {
  return g.met ? 'met' : g.unverified ? 'unverified: ask in the interview' : 'missed';
}
