// Interview stage types: the kit (rounds, tailored questions, scorecard
// templates), filled scorecards, and the mechanical decision. All plain JSON.
import type { CompetencyId, RedFlagId } from '../assess/types.js';

export const QUESTION_KINDS = ['behavioural', 'technical', 'hypothetical', 'evidence-deep-dive'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** Red flags an interviewer can tick on a scorecard (what the answers showed, not the CV). */
export const INTERVIEW_RED_FLAGS = {
  cannot_explain_simply: 'Could not explain their own model in plain words',
  notebook_only: 'No work beyond notebooks',
  no_production: 'Never took a model or service to real users',
  no_monitoring: 'Could not say how a degrading model is or would be detected',
  no_failure_ownership: 'Named no failure of their own, or only blamed others',
  unbacked_claims: 'Claimed experience fell apart under follow-up questions',
  trusts_ai_output: 'Accepts AI or LLM output without checking it',
} as const;
export type InterviewRedFlag = keyof typeof INTERVIEW_RED_FLAGS;

/** 1 = well below the bar, 2 = below, 3 = meets, 4 = exceeds. */
export type Rubric = Record<'1' | '2' | '3' | '4', string>;

/** Why a question is in this candidate's kit. */
export type Reason =
  | { kind: 'core' }
  | { kind: 'claim'; tool: string; context?: string }
  | { kind: 'red-flag'; flag: RedFlagId; finding?: string }
  /** A topic public code cannot settle (an absence-based flag turned neutral): asked, never held against. */
  | { kind: 'topic'; topic: RedFlagId; finding: string }
  | { kind: 'evidence'; signal: string; location: string }
  | { kind: 'coverage' };

export interface KitQuestion {
  /** Unique in the kit: the bank id, or `id@tool` for a claim probe. */
  id: string;
  bankId: string;
  title: string;
  competency: CompetencyId;
  kind: QuestionKind;
  core: boolean;
  minutes: number;
  /** Why it was chosen, in order of weight (a core question may also probe a red flag). */
  reasons: Reason[];
  prompt: string;
  followUps: string[];
  listenFor: string[];
  redFlagAnswers: string[];
  rubric: Rubric;
}

export interface KitRound {
  number: number;
  title: string;
  purpose: string;
  /** The round's length; 10 minutes go to introductions and the candidate's questions. */
  minutes: number;
  plannedMinutes: number;
  focus: CompetencyId[];
  questions: KitQuestion[];
  scorecard: { questions: string[]; competencies: CompetencyId[]; redFlags: InterviewRedFlag[] };
}

/** A must-have of the role, checked on interview ratings. */
export interface KitGate {
  competency: CompetencyId;
  /** The role's must-have it comes from (`containerized present`, `mlops_production ≥ 40`). */
  from: string;
}

export interface Kit {
  schemaVersion: '1.0';
  /** `role/candidate/hash`: scorecards name it so they cannot be filed against another kit. */
  id: string;
  role: { name: string; title: string; weights: Partial<Record<CompetencyId, number>>; mustHaves: KitGate[] };
  candidate: { label: string; blind: boolean };
  /** The evidence assessment the kit was built from, to read beside the interview ratings. */
  evidence: {
    asOf: string;
    fit: number;
    competencies: Partial<Record<CompetencyId, number>>;
    gates: Array<{ requirement: string; met: boolean; detail: string }>;
    redFlags: Array<{ id: RedFlagId; severity: 'warning' | 'info'; reason: string; probe: string }>;
  };
  /** Bank ids of the role's core questions: the same for every candidate of the role. */
  core: string[];
  rounds: KitRound[];
  /** Claims without evidence that no question reached, to ask about if time allows. */
  unprobedClaims: string[];
  notes: string[];
  advisory: string;
}

export interface ScorecardRating {
  rating: number;
  note: string;
}

export interface Scorecard {
  kit: string;
  round: number;
  interviewer: string;
  questions: Record<string, ScorecardRating>;
  competencies: Partial<Record<CompetencyId, ScorecardRating>>;
  redFlags: Partial<Record<InterviewRedFlag, boolean>>;
  recommendation: Recommendation;
  /** Where it was read from, for messages. */
  file: string;
}

/** One interviewer's value for a competency: their competency rating, or the mean of their question ratings. */
export interface CompetencyVote {
  round: number;
  interviewer: string;
  value: number;
  source: 'competency' | 'questions';
}

export interface Spread {
  mean: number | null;
  /** Highest minus lowest. */
  spread: number;
  /** True when ratings differ by 2 or more. */
  disagreement: boolean;
}

export interface Decision {
  schemaVersion: '1.0';
  kit: string;
  role: { name: string; title: string };
  candidate: { label: string; blind: boolean };
  scorecards: Array<{ round: number; interviewer: string; recommendation: Recommendation; file: string }>;
  /** Rounds without any scorecard: listed, never guessed. */
  missingRounds: Array<{ number: number; title: string }>;
  competencies: Array<{ id: CompetencyId; roleWeight: number; evidenceScore: number | null; votes: CompetencyVote[] } & Spread>;
  questions: Array<{ id: string; competency: CompetencyId; ratings: Array<{ interviewer: string; rating: number }> } & Spread>;
  gates: Array<{ competency: CompetencyId; from: string; mean: number | null; met: boolean | null }>;
  /** Role-weighted mean of the rated competencies (1–4), and the share of the role's weight rated. */
  total: { score: number | null; coverage: number };
  redFlags: Array<{ id: InterviewRedFlag; title: string; by: string[] }>;
  interviewerRecommendations: Record<Recommendation, number>;
  recommendation: { value: Recommendation | null; provisional: boolean; reasons: string[] };
  evidence: Kit['evidence'];
  advisory: string;
}
