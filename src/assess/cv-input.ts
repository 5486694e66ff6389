// The CV side of an assessment: the claims-vs-evidence matrix of src/cv/matrix.ts
// (one ladder for `evident cv --repo` and `screen`) reduced to what the
// assessment reads (CvEvidenceInput). Fairness: only the claimed skills, the
// hidden words, how many dated roles name tools and the kinds of work the
// roles describe (fixed ids) go in; the name, contacts, schools, dates and all
// other CV text are left behind here, so no score can read them.
import { resolveSkill } from '../cv/lexicon.js';
import { buildClaimMatrix, type MatrixRow } from '../cv/matrix.js';
import { emptyClaims } from '../cv/extract.js';
import { productOf } from '../cv/products.js';
import { byProminence } from '../cv/prominence.js';
import { mentionContext, strongerContext } from '../cv/skills.js';
import type { ClaimContext, CvPractice, CvResult, SkillClaim } from '../cv/types.js';
import type { MethodClaim } from '../model/cv.js';
import type { RepoScan } from '../scan/types.js';
import { courseCredit } from './competencies.js';
import type { CvEvidenceInput, Rung } from './types.js';

/** What the assessment may know about a CV. */
export interface CvFacts {
  /** Claimed skills, sorted by id (the CV's layout must not change the result). */
  skills: SkillClaim[];
  hiddenWords: string[];
  /** Dated roles whose own text names a skill: a count, never which roles or employers. */
  rolesNamingTools: number;
  /** Dated roles on the CV: a count, never which roles or employers. */
  datedRoles: number;
  /** Kinds of work the dated roles' text describes (monitoring, deployment, ...): fixed ids, never CV text. */
  practices: CvPractice[];
  /** Methods claimed as work done without a tool name ("built ETL pipelines"): fixed ids, their area and context, sorted by id. */
  methods?: Pick<MethodClaim, 'id' | 'category' | 'context'>[];
}

/**
 * The claims the assessment reads. A skill named only in the header is left out:
 * the header holds the name, contacts and address ("14 Kafka Lane" is not a claim),
 * and a real headline claim is repeated in the summary, experience or skills.
 */
export function cvFactsOf(cv: CvResult): CvFacts {
  // Only fields that name the skill and its context, the CV's words for it and its prominence rank among these
  // claims (what the kit asks first; no score reads either): not where or how often it appears, nor any line number.
  const kept = cv.claims.skills.filter((s) => s.where.some((w) => w !== 'header'));
  const order = [...kept].sort(byProminence);
  const skills = kept
    .map((s): SkillClaim => ({
      id: s.id,
      name: s.name,
      category: s.category,
      tool: s.tool,
      where: [],
      mentions: 0,
      line: 0,
      context: contextOf(s),
      ...(s.cvText !== undefined ? { cvText: s.cvText } : {}),
      ...(s.prominence !== undefined ? { prominence: order.indexOf(s) + 1 } : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hiddenWords = cv.claims.redFlags.filter((f) => f.kind === 'hidden-text').flatMap((f) => f.words ?? []);
  const methods = (cv.claims.methods ?? []).map(({ id, category, context }) => ({ id, category, context })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { skills, hiddenWords, rolesNamingTools: cv.claims.rolesNamingTools ?? 0, datedRoles: cv.claims.roles.length, practices: [...(cv.claims.practices ?? [])].sort(), methods };
}

/** The claim's context; a CV read before contexts existed (a cache) gets its sections' context (a skills section is a list). */
function contextOf(skill: SkillClaim): ClaimContext {
  if (skill.context) return skill.context;
  return skill.where.reduce<ClaimContext>((best, w) => strongerContext(best, mentionContext(w as never, false)), 'list');
}

function describe(tool: string) {
  const entry = resolveSkill(tool);
  return entry ? { name: entry.name, category: entry.category } : undefined;
}

const cite = (row: MatrixRow) => row.evidence.map((e) => `${e.repo}: ${e.location}`);

/**
 * Claims the repositories can confirm or not (skills with no detector are left
 * out of the matrix: they could only read as unbacked). A claim at rung `none`
 * is unverified, not false: public code cannot settle it.
 */
export function buildCvEvidence(cv: CvFacts, scans: readonly RepoScan[]): CvEvidenceInput {
  const matrix = buildClaimMatrix({ ...emptyClaims(), skills: cv.skills }, [...scans], describe);
  const claims = matrix.rows
    .filter((r): r is MatrixRow & { level: Rung } => r.level !== 'not-checked')
    .map((r) => ({
      skill: r.skill,
      name: r.name,
      rung: r.level,
      context: r.context ?? 'list',
      ...(r.level === 'none' ? { unverified: true } : {}),
      evidence: cite(r),
      reason: r.reason,
      ...(r.cvText !== undefined ? { cvText: r.cvText } : {}),
      ...(r.prominence !== undefined ? { prominence: r.prominence } : {}),
    }));
  // A strength "used but not claimed" must be the candidate's: not from a course's exercises or a repository mostly by others.
  const own = scans.filter((s) => !courseCredit(s) && !s.signals.some((x) => x.id === 'fork_or_copy' && x.present === true));
  const ownMatrix = own.length === scans.length ? matrix : buildClaimMatrix({ ...emptyClaims(), skills: cv.skills }, own, describe);
  const unclaimed = ownMatrix.unclaimed.map((r) => productOf(r.skill) ?? r.skill);
  // A method claimed in words ("designed A/B tests") speaks to its area's competency like a claimed tool does.
  const methods = (cv.methods ?? []).map((m) => ({ skill: m.id, category: m.category, context: m.context }));
  const areas = [...cv.skills.map((s) => ({ skill: s.id, category: s.category, context: s.context ?? 'list' })), ...methods];
  return { claims, unclaimed: [...new Set(unclaimed)], hiddenWords: cv.hiddenWords, areas, rolesNamingTools: cv.rolesNamingTools, datedRoles: cv.datedRoles, practices: cv.practices };
}
