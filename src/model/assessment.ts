// The assess stage's result: one candidate against one role
// (docs/assessment-schema.md, docs/assessment.md).
import { z } from 'zod';
import { ClaimContext, CvPractice, SkillCategory } from './cv.js';
import { CompetencyId, RedFlagId, SignalId } from './ids.js';

/** The claims-vs-evidence ladder of a CV claim. */
export const RUNGS = ['none', 'declared', 'used', 'project', 'production'] as const;
export const Rung = z.enum(RUNGS);
export type Rung = z.infer<typeof Rung>;

/** One row of the claims-vs-evidence matrix. */
export const Claim = z.object({
  /** Canonical id (the catalogue tool id, or `python`, `git`, `github`). */
  skill: z.string(),
  /** The product name shown to readers (LlamaIndex, statsmodels). */
  name: z.string().optional(),
  rung: Rung,
  /** Where the CV makes the claim: `role` (a dated role), `project`, `prose` or a bare skills `list`. */
  context: ClaimContext.optional(),
  /** True when public code cannot settle the claim (rung `none`): ask in the interview. */
  unverified: z.boolean().optional(),
  evidence: z.array(z.string()),
  reason: z.string().optional(),
  /** The CV's own words for it where they differ from `name` ("Datadog APM" for Datadog). Shown, never scored. */
  cvText: z.string().optional(),
  /** 1 for the claim the CV leans on most, 2 the next, ... (docs/cv.md): orders the kit's probes; never scored. */
  prominence: z.number().int().optional(),
});
export type Claim = z.infer<typeof Claim>;

/** What the assessment needs from a CV: never its text, name or contacts. */
export const CvEvidenceInput = z.object({
  /** Claimed skills/tools (canonical ids) with the strongest evidence rung found in the repositories. */
  claims: z.array(Claim),
  /** Evidence the CV does not claim (product tool ids). */
  unclaimed: z.array(z.string()),
  /** Words hidden from a human reader. */
  hiddenWords: z.array(z.string()),
  /** Every claimed skill with its category and context, checkable or not (for coverage). */
  areas: z.array(z.object({ skill: z.string(), category: SkillCategory, context: ClaimContext })).optional(),
  /** Dated roles whose own text names a skill (a count only). */
  rolesNamingTools: z.number().int().optional(),
  /** Dated roles on the CV (a count only). */
  datedRoles: z.number().int().optional(),
  /** Kinds of work the dated roles' text describes, tool named or not (fixed ids, never CV text). */
  practices: z.array(CvPractice).optional(),
});
export type CvEvidenceInput = z.infer<typeof CvEvidenceInput>;

/** How much of the role public evidence speaks to (docs/assessment.md). */
export const Coverage = z.object({
  /** Share of the role's weight (0–100) on competencies the repositories' evidence speaks to. */
  share: z.number(),
  /** `share` is below the minimum: not enough public evidence to score. */
  low: z.boolean(),
  /** The role's competencies with evidence. */
  evidenced: z.array(CompetencyId),
  /** The role's competencies without evidence that a claim in context speaks to: for the interview. */
  claimedOnly: z.array(CompetencyId),
  /** The role's competencies neither evidence nor a claim in context speaks to. */
  silent: z.array(CompetencyId),
});
export type Coverage = z.infer<typeof Coverage>;

/**
 * A red flag's question drawn from absence rather than evidence (nothing
 * public, or a claim public code cannot check): a neutral topic for the
 * interview, never a red flag.
 */
export const InterviewTopic = z.object({
  /** The red flag it would have been. */
  id: RedFlagId,
  title: z.string(),
  reason: z.string(),
  /** Claims on the CV the topic concerns (product names). */
  claims: z.array(z.string()),
  probe: z.string(),
});
export type InterviewTopic = z.infer<typeof InterviewTopic>;

/** A cited piece of evidence: where it is, what matched, and the source line it points at. */
export const CitedEvidence = z.object({
  repository: z.string(),
  /** `path:line`, `path#cell=N:line`, or `path`. */
  location: z.string(),
  match: z.string(),
  /** The cited source line as written in the repository (candidate text: escape when rendering). */
  snippet: z.string().optional(),
});
export type CitedEvidence = z.infer<typeof CitedEvidence>;

/** One signal's contribution to a competency score. */
export const Contribution = z.object({
  signal: SignalId,
  weight: z.number(),
  /** 0–1: strength × authorship × fork × recency × breadth, capped at 1. */
  credit: z.number(),
  points: z.number(),
  repositories: z.array(z.string()),
  /** Why the credit is what it is. */
  reason: z.string(),
  /**
   * Who wrote the cited evidence (git blame), when there is any: `unknown` without history or identity;
   * `adapted`: its file or function credits another source in a comment (scored as unknown);
   * `course`: the repository's README credits a course or tutorial (partial authorship, `authorship.course`).
   */
  author: z.enum(['candidate', 'other', 'unknown', 'adapted', 'course']).optional(),
  /** `repo: path:line` of the strongest evidence. */
  evidence: z.array(z.string()),
  /** The same evidence with what matched and its source line. */
  cited: z.array(CitedEvidence),
});
export type Contribution = z.infer<typeof Contribution>;

export const CompetencyScore = z.object({
  id: CompetencyId,
  title: z.string(),
  score: z.number(),
  /** The role's weight for this competency (0–100 share). */
  roleWeight: z.number(),
  contributions: z.array(Contribution),
  /** What would raise it. */
  toRaise: z.array(z.string()),
});
export type CompetencyScore = z.infer<typeof CompetencyScore>;

/**
 * What readers see in place of a competency's 0 when none of its signals is present in the repositories screened:
 * a 0 reads as "has no skill" when nothing public speaks to it (real-people review: MLOps 0 at 45% weight for a
 * Senior MLOps engineer whose public repositories are coursework). The JSON keeps the number.
 */
export const NO_EVIDENCE_SCORE = '— (not in the repositories screened)';

/** The fit's caveat when the repositories screened speak to too little of the role (coverage low). */
export const LOW_COVERAGE = 'not enough evidence in the repositories screened to score';

/**
 * Signals that support a competency but cannot speak to it alone, nor score it (a validated request body says
 * nothing of data pipelines when nothing else of them shows; src/assess/coverage.ts, competencies.ts).
 */
export const SUPPORTING_SIGNALS: ReadonlySet<string> = new Set(['data_validation']);

/**
 * True when some signal of the competency is present in a repository screened (whoever wrote it), other than a
 * supporting one alone (real-people review: Data engineering shown as 0 from a request schema, beside "—" rows).
 */
export function isEvidenced(s: Pick<CompetencyScore, 'contributions'>): boolean {
  const present = s.contributions.filter((c) => c.repositories.length > 0);
  return present.some((c) => !SUPPORTING_SIGNALS.has(c.signal));
}

export const Severity = z.enum(['warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const RedFlag = z.object({
  id: RedFlagId,
  title: z.string(),
  /** `warning` when the role lists it, `info` otherwise. */
  severity: Severity,
  reason: z.string(),
  evidence: z.array(z.string()),
  /** An interview prompt, not a verdict. */
  probe: z.string(),
});
export type RedFlag = z.infer<typeof RedFlag>;

export const GateResult = z.object({
  kind: z.enum(['signal', 'competency']),
  id: z.string(),
  requirement: z.string(),
  met: z.boolean(),
  detail: z.string(),
  /** Not met, and coverage is low: public code cannot settle it; ask in the interview (1.1). */
  unverified: z.boolean().optional(),
});
export type GateResult = z.infer<typeof GateResult>;

export const RepoMaturity = z.object({
  repository: z.string(),
  level: z.number().int(),
  name: z.string(),
  missingForNext: z.array(z.string()),
  /** Said next to the repository when its working tree lacks files its last commit tracks (docs/scan-schema.md `worktree`). */
  worktree: z.string().optional(),
});
export type RepoMaturity = z.infer<typeof RepoMaturity>;

/** A strength of the candidate: a signal shown, or a tool used that the CV does not claim. */
export const Strength = z.object({
  kind: z.enum(['signal', 'unclaimed']),
  id: z.string(),
  /** The product name of an unclaimed tool (LlamaIndex, never `llamaindex-llm`). */
  name: z.string().optional(),
  detail: z.string(),
  evidence: z.array(z.string()),
});
export type Strength = z.infer<typeof Strength>;

/** Who the candidate is, for the reader only: never an input to any score; absent in blind mode. */
export const CandidateDetails = z.object({
  names: z.array(z.string()),
  emails: z.array(z.string()),
  /** Links from the CV and the repository sources given. */
  links: z.array(z.string()),
  cvFile: z.string().optional(),
});
export type CandidateDetails = z.infer<typeof CandidateDetails>;

export const ASSESSMENT_SCHEMA_VERSION = '1.1';

export const Assessment = z.object({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  candidate: z.object({ label: z.string(), blind: z.boolean(), identity: CandidateDetails.optional() }),
  role: z.object({ name: z.string(), title: z.string() }),
  asOf: z.string(),
  /** Role-weighted fit, 0–100. */
  fit: z.number(),
  /** How much of the role public evidence speaks to; when low, the fit is not a score of the candidate. */
  coverage: Coverage,
  competencies: z.array(CompetencyScore),
  maturity: z.object({ best: z.number().int(), repositories: z.array(RepoMaturity) }),
  gates: z.array(GateResult),
  strengths: z.array(Strength),
  redFlags: z.array(RedFlag),
  /** Questions absence raises, for the interview: never red flags. */
  unverified: z.array(InterviewTopic),
  /** The claims-vs-evidence matrix (present when a CV was given). */
  claims: z.array(Claim).optional(),
  /** What the assessment could not read (a repository that failed, a CV without text); fixed wording. */
  notes: z.array(z.string()),
  advisory: z.string(),
});
export type Assessment = z.infer<typeof Assessment>;

/**
 * An assessment file as `evident kit` and `decide` read it: 1.1, or 1.0,
 * which had no `coverage` and no interview topics (`unverified` reads as []).
 */
export const AssessmentInput = Assessment.extend({
  schemaVersion: z.enum(['1.0', ASSESSMENT_SCHEMA_VERSION]),
  coverage: Coverage.optional(),
  unverified: z.array(InterviewTopic).default([]),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;
