import type { ClaimContext, CvPractice, SkillCategory } from '../cv/types.js';
import type { SignalId } from '../signals/ids.js';
import type { Evidence } from '../signals/types.js';

export const COMPETENCY_IDS = [
  'ml_fundamentals',
  'framework_depth',
  'data_engineering',
  'mlops_production',
  'llm_genai',
  'engineering_basics',
] as const;
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export const RED_FLAG_IDS = [
  'notebook_only',
  'no_deployment',
  'no_tests',
  'no_monitoring',
  'keyword_cv',
  'hidden_text',
  'forked_or_copied',
  'web_without_ml',
  'stale_portfolio',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** The claims-vs-evidence ladder of a CV claim. */
export const RUNGS = ['none', 'declared', 'used', 'project', 'production'] as const;
export type Rung = (typeof RUNGS)[number];

/** One row of the claims-vs-evidence matrix. */
export interface Claim {
  /** Canonical id (the catalogue tool id, or `python`, `git`, `github`). */
  skill: string;
  /** The product name shown to readers (LlamaIndex, statsmodels). */
  name?: string;
  rung: Rung;
  /** Where the CV makes the claim: `role` (a dated role), `project`, `prose` or a bare skills `list`. */
  context?: ClaimContext;
  /** True when public code cannot settle the claim (rung `none`): ask in the interview. */
  unverified?: boolean;
  evidence: string[];
  reason?: string;
}

/** What the assessment needs from a CV: never its text, name or contacts. */
export interface CvEvidenceInput {
  /** Claimed skills/tools (canonical ids) with the strongest evidence rung found in the repositories. */
  claims: Claim[];
  /** Evidence the CV does not claim (product tool ids). */
  unclaimed: string[];
  /** Words hidden from a human reader. */
  hiddenWords: string[];
  /** Every claimed skill with its category and context, checkable or not (for coverage). */
  areas?: Array<{ skill: string; category: SkillCategory; context: ClaimContext }>;
  /** Dated roles whose own text names a skill (a count only). */
  rolesNamingTools?: number;
  /** Kinds of work the dated roles' text describes, tool named or not (fixed ids, never CV text). */
  practices?: CvPractice[];
}

/** How much of the role public evidence speaks to (docs/assessment.md). */
export interface Coverage {
  /** Share of the role's weight (0–100) on competencies the repositories' evidence speaks to. */
  share: number;
  /** `share` is below the minimum: not enough public evidence to score. */
  low: boolean;
  /** The role's competencies with evidence. */
  evidenced: CompetencyId[];
  /** The role's competencies without evidence that a claim in context speaks to: for the interview. */
  claimedOnly: CompetencyId[];
  /** The role's competencies neither evidence nor a claim in context speaks to. */
  silent: CompetencyId[];
}

/**
 * A red flag's question drawn from absence rather than evidence (nothing
 * public, or a claim public code cannot check): a neutral topic for the
 * interview, never a red flag.
 */
export interface InterviewTopic {
  /** The red flag it would have been. */
  id: RedFlagId;
  title: string;
  reason: string;
  /** Claims on the CV the topic concerns (product names). */
  claims: string[];
  probe: string;
}

/** A cited piece of evidence: where it is, what matched, and the source line it points at. */
export interface CitedEvidence {
  repository: string;
  /** `path:line`, `path#cell=N:line`, or `path`. */
  location: string;
  match: string;
  /** The cited source line as written in the repository (candidate text: escape when rendering). */
  snippet?: string;
}

/** One signal's contribution to a competency score. */
export interface Contribution {
  signal: SignalId;
  weight: number;
  /** 0–1: strength × authorship × fork × recency × breadth, capped at 1. */
  credit: number;
  points: number;
  repositories: string[];
  /** Why the credit is what it is. */
  reason: string;
  /** Who wrote the cited evidence (git blame), when there is any: `unknown` without history or identity. */
  author?: 'candidate' | 'other' | 'unknown';
  /** `repo: path:line` of the strongest evidence. */
  evidence: string[];
  /** The same evidence with what matched and its source line. */
  cited: CitedEvidence[];
}

export interface CompetencyScore {
  id: CompetencyId;
  title: string;
  score: number;
  /** The role's weight for this competency (0–100 share). */
  roleWeight: number;
  contributions: Contribution[];
  /** What would raise it. */
  toRaise: string[];
}

export interface RedFlag {
  id: RedFlagId;
  title: string;
  /** `warning` when the role lists it, `info` otherwise. */
  severity: 'warning' | 'info';
  reason: string;
  evidence: string[];
  /** An interview prompt, not a verdict. */
  probe: string;
}

export interface GateResult {
  kind: 'signal' | 'competency';
  id: string;
  requirement: string;
  met: boolean;
  detail: string;
  /** Not met, and coverage is low: public code cannot settle it; ask in the interview (1.1). */
  unverified?: boolean;
}

export interface RepoMaturity {
  repository: string;
  level: number;
  name: string;
  missingForNext: string[];
}

export interface Strength {
  kind: 'signal' | 'unclaimed';
  id: string;
  /** The product name of an unclaimed tool (LlamaIndex, never `llamaindex-llm`). */
  name?: string;
  detail: string;
  evidence: string[];
}

/** Who the candidate is, for the reader only: never an input to any score; absent in blind mode. */
export interface CandidateDetails {
  names: string[];
  emails: string[];
  /** Links from the CV and the repository sources given. */
  links: string[];
  cvFile?: string;
}

export interface Assessment {
  schemaVersion: '1.1';
  candidate: { label: string; blind: boolean; identity?: CandidateDetails };
  role: { name: string; title: string };
  asOf: string;
  /** Role-weighted fit, 0–100. */
  fit: number;
  /** How much of the role public evidence speaks to; when low, the fit is not a score of the candidate. */
  coverage: Coverage;
  competencies: CompetencyScore[];
  maturity: { best: number; repositories: RepoMaturity[] };
  gates: GateResult[];
  strengths: Strength[];
  redFlags: RedFlag[];
  /** Questions absence raises, for the interview: never red flags. */
  unverified: InterviewTopic[];
  /** The claims-vs-evidence matrix (present when a CV was given). */
  claims?: Claim[];
  /** What the assessment could not read (a repository that failed, a CV without text); fixed wording. */
  notes: string[];
  advisory: string;
}
