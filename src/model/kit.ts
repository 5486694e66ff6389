// The interview kit built from an assessment: rounds, tailored questions and
// scorecard templates (docs/interviews.md).
import { z } from 'zod';
import { Severity } from './assessment.js';
import { CompetencyId, RedFlagId } from './ids.js';

export const QUESTION_KINDS = ['behavioural', 'technical', 'hypothetical', 'evidence-deep-dive'] as const;
export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** Red flags an interviewer can tick on a scorecard (what the answers showed, not the CV). */
export const INTERVIEW_RED_FLAGS = {
  cannot_explain_simply: 'Could not explain their own model in plain words',
  notebook_only: 'Described no work beyond notebooks',
  no_production: 'Described no model or service of theirs reaching real users',
  no_monitoring: 'Could not say how a degrading model is or would be detected',
  no_failure_ownership: 'Named no failure of their own, or only blamed others',
  unbacked_claims: 'Claimed experience fell apart under follow-up questions',
  trusts_ai_output: 'Accepts AI or LLM output without checking it',
} as const;
type InterviewRedFlagKey = keyof typeof INTERVIEW_RED_FLAGS;
export const InterviewRedFlag = z.enum(Object.keys(INTERVIEW_RED_FLAGS) as [InterviewRedFlagKey, ...InterviewRedFlagKey[]]);
export type InterviewRedFlag = z.infer<typeof InterviewRedFlag>;

/** 1 = well below the bar, 2 = below, 3 = meets, 4 = exceeds. */
export const Rubric = z.record(z.enum(['1', '2', '3', '4']), z.string());
export type Rubric = z.infer<typeof Rubric>;

/** Why a question is in this candidate's kit. */
export const Reason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('core') }),
  z.object({ kind: z.literal('claim'), tool: z.string(), context: z.string().optional(), cvText: z.string().optional() }),
  z.object({ kind: z.literal('red-flag'), flag: RedFlagId, finding: z.string().optional() }),
  /** A topic public code cannot settle (an absence-based flag turned neutral): asked, never held against. */
  z.object({ kind: z.literal('topic'), topic: RedFlagId, finding: z.string() }),
  z.object({ kind: z.literal('evidence'), signal: z.string(), location: z.string() }),
  z.object({ kind: z.literal('coverage') }),
]);
export type Reason = z.infer<typeof Reason>;

export const KitQuestion = z.object({
  /** Unique in the kit: the bank id, or `id@tool` for a claim probe. */
  id: z.string(),
  bankId: z.string(),
  title: z.string(),
  competency: CompetencyId,
  kind: QuestionKind,
  core: z.boolean(),
  minutes: z.number(),
  /** Why it was chosen, in order of weight (a core question may also probe a red flag). */
  reasons: z.array(Reason),
  prompt: z.string(),
  followUps: z.array(z.string()),
  listenFor: z.array(z.string()),
  redFlagAnswers: z.array(z.string()),
  rubric: Rubric,
});
export type KitQuestion = z.infer<typeof KitQuestion>;

export const KitRound = z.object({
  number: z.number().int(),
  title: z.string(),
  purpose: z.string(),
  /** The round's length; 10 minutes go to introductions and the candidate's questions. */
  minutes: z.number(),
  plannedMinutes: z.number(),
  focus: z.array(CompetencyId),
  questions: z.array(KitQuestion),
  scorecard: z.object({ questions: z.array(z.string()), competencies: z.array(CompetencyId), redFlags: z.array(InterviewRedFlag) }),
});
export type KitRound = z.infer<typeof KitRound>;

/** A must-have of the role, checked on interview ratings. */
export const KitGate = z.object({
  competency: CompetencyId,
  /** The role's must-have it comes from (`containerized present`, `mlops_production ≥ 40`). */
  from: z.string(),
});
export type KitGate = z.infer<typeof KitGate>;

/** The evidence assessment a kit was built from, to read beside the interview ratings. */
export const KitEvidence = z.object({
  asOf: z.string(),
  fit: z.number(),
  competencies: z.partialRecord(CompetencyId, z.number()),
  /** Competencies none of whose signals is in the repositories screened: their 0 is shown as NO_EVIDENCE_SCORE, not as a score. */
  unevidenced: z.array(CompetencyId).optional(),
  gates: z.array(z.object({ requirement: z.string(), met: z.boolean(), detail: z.string() })),
  redFlags: z.array(z.object({ id: RedFlagId, severity: Severity, reason: z.string(), probe: z.string() })),
});
export type KitEvidence = z.infer<typeof KitEvidence>;

export const KIT_SCHEMA_VERSION = '1.0';

export const Kit = z.object({
  schemaVersion: z.literal(KIT_SCHEMA_VERSION),
  /** `role/candidate/hash`: scorecards name it so they cannot be filed against another kit. */
  id: z.string().min(1),
  role: z.object({ name: z.string(), title: z.string(), weights: z.partialRecord(CompetencyId, z.number()), mustHaves: z.array(KitGate) }),
  candidate: z.object({ label: z.string(), blind: z.boolean() }),
  evidence: KitEvidence,
  /** Bank ids of the role's core questions: the same for every candidate of the role. */
  core: z.array(z.string()),
  rounds: z.array(KitRound),
  /** Claims without evidence that no question reached, to ask about if time allows. */
  unprobedClaims: z.array(z.string()),
  notes: z.array(z.string()),
  advisory: z.string(),
});
export type Kit = z.infer<typeof Kit>;
