// Evidence coverage: how much of the role public evidence can speak to
// (docs/assessment.md). A fit earned on a quarter of the role says little
// about the other three quarters: absence of public evidence is not evidence
// of absence, so a low coverage is said beside the number.
import type { ClaimContext, SkillCategory } from '../cv/types.js';
import { getTool, hasTool } from '../catalog/index.js';
import type { CompetencyData } from './weights.js';
import { COMPETENCY_IDS, type CompetencyId, type CompetencyScore, type Coverage } from './types.js';

/** Weight points of a competency's signals that must be present for evidence to speak to it. */
export const COVERED_MIN_WEIGHT = 2;
/** Coverage (share of the role's weight, 0–100) below which there is not enough public evidence to score. */
export const COVERAGE_MIN = 50;

/** Where a CV claim's skill counts when it is not a catalogue tool. */
const CATEGORY_COMPETENCY: Partial<Record<SkillCategory, CompetencyId>> = {
  ml: 'ml_fundamentals',
  'deep-learning': 'framework_depth',
  data: 'data_engineering',
  mlops: 'mlops_production',
  cloud: 'mlops_production',
  llm: 'llm_genai',
  engineering: 'engineering_basics',
};

/** A claim as coverage reads it: the skill, its category and where the CV makes it. */
export interface ClaimArea {
  skill: string;
  category: SkillCategory;
  context: ClaimContext;
}

/** Competencies a claimed skill speaks to: its catalogue signals' competencies, else its category's. */
export function claimCompetencies(skill: string, category: SkillCategory, data: CompetencyData): CompetencyId[] {
  if (hasTool(skill)) {
    const signals = getTool(skill).signals;
    const bySignal = COMPETENCY_IDS.filter((c) => signals.some((s) => (data.competencies[c].signals[s] ?? 0) > 0));
    if (bySignal.length > 0) return bySignal;
  }
  const byCategory = CATEGORY_COMPETENCY[category];
  return byCategory ? [byCategory] : [];
}

/** True when present signals carry at least COVERED_MIN_WEIGHT of the competency's weight points. */
function isEvidenced(score: CompetencyScore): boolean {
  const present = score.contributions.filter((c) => c.repositories.length > 0).reduce((n, c) => n + c.weight, 0);
  return present >= COVERED_MIN_WEIGHT;
}

/**
 * The share of the role's weight whose competencies public evidence speaks to,
 * and the role's competencies that only a claim in context (a dated role, a
 * project, a sentence) speaks to: those are for the interview.
 */
export function evidenceCoverage(competencies: readonly CompetencyScore[], claims: readonly ClaimArea[], data: CompetencyData): Coverage {
  const weighted = competencies.filter((c) => c.roleWeight > 0);
  const evidenced = weighted.filter(isEvidenced).map((c) => c.id);
  const claimed = new Set(claims.filter((c) => c.context !== 'list').flatMap((c) => claimCompetencies(c.skill, c.category, data)));
  const share = Math.round(weighted.filter((c) => evidenced.includes(c.id)).reduce((n, c) => n + c.roleWeight, 0));
  return {
    share,
    low: share < COVERAGE_MIN,
    evidenced,
    claimedOnly: weighted.filter((c) => !evidenced.includes(c.id) && claimed.has(c.id)).map((c) => c.id),
    silent: weighted.filter((c) => !evidenced.includes(c.id) && !claimed.has(c.id)).map((c) => c.id),
  };
}
