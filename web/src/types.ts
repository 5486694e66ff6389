// The shapes the web app reads and sends: the stage results and request
// bodies come from src/model (types only: the web app bundles no server
// code); the answers' envelopes follow docs/api.md.
import type {
  Assessment,
  CandidateRecord,
  CompetencyId,
  Decision,
  InterviewRedFlag,
  Kit,
  Recommendation,
  RedFlagId,
  Scorecard,
  SignalId,
  UserRecord,
  UserRole,
} from '../../src/model/index.js';

export type {
  Assessment,
  CandidateStatus,
  CitedEvidence,
  Claim,
  CompetencyId,
  CompetencyScore,
  Decision,
  GateResult,
  InterviewRedFlag,
  Kit,
  KitQuestion,
  KitRound,
  Recommendation,
  RedFlag,
  RedFlagId,
  Scorecard,
  ScorecardRating,
  SignalId,
  UserRole,
  UserStatus,
} from '../../src/model/index.js';
export type {
  AssignmentsBody,
  CreateCandidateBody,
  CreateRoleBody,
  InviteUserBody,
  PreviewRow,
  PreviewSide,
  RankedRow,
  RolePreview,
  RoleProfileChange,
  ScorecardDraftForm,
  ScorecardForm,
  UpdateRoleBody,
} from '../../src/model/api.js';

/** An account as the API shows it: the store's record, from src/model. */
export type User = UserRecord;

export type MustHave = { signal: SignalId } | { competency: CompetencyId; min: number };

export interface RoleProfile {
  name: string;
  title: string;
  description: string;
  weights: Partial<Record<CompetencyId, number>>;
  must_haves: MustHave[];
  nice_to_haves: SignalId[];
  red_flags: RedFlagId[];
}

export interface Role {
  id: string;
  title: string;
  blind: boolean;
  profile: RoleProfile;
  createdAt: string;
  updatedAt: string;
  candidates?: number;
}

/** A candidate as the API shows it: the store's record, from src/model. */
export type Candidate = CandidateRecord;

/** A row of `GET /api/candidates`: a candidate, sometimes with its role's title. */
export type CandidateSummary = Candidate & { roleTitle?: string | null };

export interface FileInfo {
  id: string;
  kind: 'cv' | 'archive';
  originalName: string;
  size: number;
  sha256: string;
  error: string | null;
  createdAt: string;
}

export interface Repository {
  id: string;
  url: string | null;
  fileId: string | null;
  commit: string | null;
  scanned: boolean;
  error: string | null;
  createdAt: string;
}

export interface Assignment {
  interviewerId: string;
  name: string;
  round: number;
  submitted: boolean;
}

export interface CandidateDetail {
  candidate: Candidate;
  role: { id: string; title: string; blind: boolean } | null;
  files: FileInfo[];
  repositories: Repository[];
  assignments: Assignment[];
  hasKit: boolean;
  hasAssessment: boolean;
}

export interface Interviewer {
  id: string;
  name: string;
  email: string;
  role: UserRole;
}

export interface MyAssignment {
  candidateId: string;
  label: string;
  roleTitle: string | null;
  rounds: number[];
  submitted: boolean;
}

export interface StoredCard {
  interviewerId: string;
  interviewerName: string;
  round: number;
  submittedAt: string;
  card: Scorecard;
}

export interface ScorecardsAnswer {
  scorecards: StoredCard[];
  hidden: number;
  submittedByMe: boolean;
  /** The rounds the reader has submitted a card for. */
  submittedRounds: number[];
}

export interface DecisionAnswer {
  decision: Decision;
  recorded: { decidedBy: string; createdAt: string } | null;
}

export interface AssessmentAnswer {
  assessment: Assessment;
  roleId: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: string | null;
  at: string;
}

export type KitAnswer = { kit: Kit };
export type RedFlagTicks = Partial<Record<InterviewRedFlag, boolean>>;
