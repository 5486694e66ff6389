// Evidence coverage: how much of the role public evidence can speak to
// (docs/assessment.md). A fit earned on a quarter of the role says little
// about the other three quarters: absence of public evidence is not evidence
// of absence, so a low coverage is said beside the number.
import type { ClaimContext, SkillCategory } from '../cv/types.js';
import { getTool, hasTool } from '../catalog/index.js';
import { resolveSkill } from '../cv/lexicon.js';
import type { CompetencyData } from './weights.js';
import { COMPETENCY_IDS, type CompetencyId, type CompetencyScore, type Coverage } from './types.js';
import { SUPPORTING_SIGNALS } from '../model/assessment.js';

/**
 * A competency is fully spoken to when present signals carry this share of
 * its weight points; below, in proportion. One Terraform file (2 of MLOps's
 * 22 points) speaks to a tenth of MLOps, not all of it (real-people review:
 * an MLOps lead whose public code is PhD research was scored 5/100 on MLOps
 * with "evidence speaks to 85% of the role").
 */
export const COVERED_SHARE = 0.4;
/**
 * A competency is listed as evidenced when any of it is spoken to: the lists
 * say "not in public code" only of what no public code shows (real-people
 * review: a Dockerfile and a Flask route were cited under "MLOps: not in
 * public code"). How much is spoken to is the share above.
 */
export const EVIDENCED_MIN = Number.MIN_VALUE;
/** Coverage (share of the role's weight, 0–100) below which there is not enough public evidence to score. */
export const COVERAGE_MIN = 50;

/** Where a CV claim's skill counts when it is not a catalogue tool (and where the kit asks about a claim). */
export const CATEGORY_COMPETENCY: Partial<Record<SkillCategory, CompetencyId>> = {
  ml: 'ml_fundamentals',
  'deep-learning': 'framework_depth',
  data: 'data_engineering',
  mlops: 'mlops_production',
  cloud: 'mlops_production',
  llm: 'llm_genai',
  engineering: 'engineering_basics',
};

/** The lexicon kind of charting libraries (data/skills.yaml): no competency's claim. */
const PLOTTING = 'plotting library';

/** A claim as coverage reads it: the skill, its category and where the CV makes it. */
export interface ClaimArea {
  skill: string;
  category: SkillCategory;
  context: ClaimContext;
}

/** Competencies a claimed skill speaks to: its catalogue signals' competencies, else its category's. */
export function claimCompetencies(skill: string, category: SkillCategory, data: CompetencyData): CompetencyId[] {
  // Charts say nothing of a data pipeline: a project made with Matplotlib or Plotly is no data-engineering claim
  // (real-people review: plotting libraries in a CV's projects made data engineering "claimed").
  if (resolveSkill(skill)?.kind === PLOTTING) return [];
  if (hasTool(skill)) {
    const signals = getTool(skill).signals;
    const bySignal = COMPETENCY_IDS.filter((c) => signals.some((s) => (data.competencies[c].signals[s] ?? 0) > 0));
    if (bySignal.length > 0) return bySignal;
  }
  const byCategory = CATEGORY_COMPETENCY[category];
  return byCategory ? [byCategory] : [];
}

/** Signals that support a competency but cannot speak to it alone (nor score it: competencies.ts). */
export const SUPPORTING: ReadonlySet<string> = SUPPORTING_SIGNALS;

/** Authorship that says little of the candidate's own skill. */
const NOT_THEIRS = new Set(['other', 'course', 'adapted']);

/** The competency's signals present in code that is not others', a course's or another source's. */
const ownShown = (score: CompetencyScore) => score.contributions.filter((c) => c.repositories.length > 0 && !NOT_THEIRS.has(c.author ?? 'unknown'));

/**
 * How much of a competency (0–1) public evidence speaks to: the weight of the
 * signals present in code not written by others (nor a course's exercises, nor
 * code credited to another source), over COVERED_SHARE of its weight points.
 */
export function spokenTo(score: CompetencyScore, data: CompetencyData): number {
  const total = Object.values(data.competencies[score.id].signals).reduce((n, w) => n + (w ?? 0), 0);
  // Evidence that blame gives to someone else says nothing about the candidate, either way; nor does a
  // course's exercise code or code a file credits to another source, when nothing better shows the signal.
  const shown = ownShown(score);
  // A supporting practice alone speaks to no competency: a validated request body says nothing of ML fundamentals or of
  // data pipelines when nothing else of them shows (real-people review: coverage of 93% for a portfolio with no ML).
  const present = shown.every((c) => SUPPORTING.has(c.signal)) ? 0 : shown.reduce((n, c) => n + c.weight, 0);
  return total > 0 ? Math.min(1, present / (COVERED_SHARE * total)) : 0;
}

/**
 * The share of the role's weight whose competencies public evidence speaks to,
 * and the role's competencies that only a claim in context (a dated role, a
 * project, a sentence) speaks to: those are for the interview.
 */
export function evidenceCoverage(competencies: readonly CompetencyScore[], claims: readonly ClaimArea[], data: CompetencyData): Coverage {
  const weighted = competencies.filter((c) => c.roleWeight > 0);
  // A supporting practice alone is no evidence of the competency (it scores none): the competency stays for the
  // interview, as claimed or not (real-people review: data pipelines claimed in a dated role went unmentioned
  // because a validated request body made data engineering "evidenced").
  const evidenced = weighted.filter((c) => spokenTo(c, data) >= EVIDENCED_MIN).map((c) => c.id);
  const claimed = new Set(claims.filter((c) => c.context !== 'list').flatMap((c) => claimCompetencies(c.skill, c.category, data)));
  const share = Math.round(weighted.reduce((n, c) => n + c.roleWeight * spokenTo(c, data), 0));
  return {
    share,
    low: share < COVERAGE_MIN,
    evidenced,
    claimedOnly: weighted.filter((c) => !evidenced.includes(c.id) && claimed.has(c.id)).map((c) => c.id),
    silent: weighted.filter((c) => !evidenced.includes(c.id) && !claimed.has(c.id)).map((c) => c.id),
  };
}
