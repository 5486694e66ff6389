// The tables, as Kysely sees them (camelCase here, snake_case in SQL through
// CamelCasePlugin). Portable types only, so one schema serves SQLite and
// PostgreSQL: ids are text (random UUIDs), times are ISO-8601 text (UTC, sortable),
// flags are 0/1 integers, stage results are JSON text validated on the way in
// and out by the src/model schemas.
import type { CandidateStatus, UserRole, UserStatus } from '../model/index.js';

/** 0 or 1: SQLite has no boolean type. */
export type Flag = 0 | 1;

export { USER_STATUSES, type UserStatus } from '../model/index.js';

export interface UsersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: UserRole;
  status: UserStatus;
  /** `scrypt$N$r$p$salt$hash` (base64); null until an invited user sets a password. */
  passwordHash: string | null;
  /** sha256 of the invitation token (the token itself is only ever shown once). */
  inviteTokenHash: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a copy of the database does not hold live sessions. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface RolesTable {
  id: string;
  title: string;
  /** RoleProfile JSON. */
  profile: string;
  blind: Flag;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export { CANDIDATE_STATUSES, type CandidateStatus } from '../model/index.js';

export interface CandidatesTable {
  id: string;
  roleId: string | null;
  label: string;
  status: CandidateStatus;
  /** Reason of the last failure shown on the candidate (a corrupt archive), or null. */
  error: string | null;
  /** Git identities for authorship, JSON string arrays. */
  emails: string;
  names: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export const FILE_KINDS = ['cv', 'archive'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FilesTable {
  /** Also the name of the bytes in the data folder. */
  id: string;
  candidateId: string;
  kind: FileKind;
  sha256: string;
  size: number;
  /** As uploaded; shown to users, never used as a path. */
  originalName: string;
  /** Why the file could not be read (a corrupt CV), once a job tried. */
  error: string | null;
  createdAt: string;
}

export interface RepositoriesTable {
  id: string;
  candidateId: string;
  /** A git URL, or null for an uploaded archive. */
  url: string | null;
  fileId: string | null;
  /** The commit chosen or resolved (archives: `sha256:<hex>` of the archive). */
  commit: string | null;
  /** The scan result this repository reads (scan_results.id), once scanned. */
  scanId: string | null;
  /** Why the repository could not be scanned (a corrupt archive, a clone refused). */
  error: string | null;
  createdAt: string;
}

export interface ScanResultsTable {
  id: string;
  /** Repository commit (or `sha256:` of an archive): with analyserVersion and variant, the unique key. */
  commit: string;
  analyserVersion: string;
  /** Hash of the scan options that change the result (the git identities given); '' for none. */
  variant: string;
  /** RepoScan JSON (with cited lines). */
  result: string;
  createdAt: string;
}

export interface CvResultsTable {
  /** One parse per uploaded CV file and analyser version. */
  fileId: string;
  candidateId: string;
  analyserVersion: string;
  result: string;
  createdAt: string;
}

export interface AssessmentsTable {
  id: string;
  candidateId: string;
  roleId: string;
  result: string;
  createdAt: string;
}

export interface KitsTable {
  id: string;
  candidateId: string;
  assessmentId: string | null;
  kit: string;
  createdAt: string;
}

export interface AssignmentsTable {
  id: string;
  candidateId: string;
  interviewerId: string;
  /** The kit's round number (1, 2, …). */
  round: number;
  createdAt: string;
}

export interface ScorecardsTable {
  id: string;
  candidateId: string;
  interviewerId: string;
  /** The kit's round the card is for: one card per (candidate, interviewer, round). */
  round: number;
  card: string;
  submitted: Flag;
  submittedAt: string | null;
  updatedAt: string;
}

export interface DecisionsTable {
  candidateId: string;
  decidedBy: string | null;
  decision: string;
  createdAt: string;
}

export interface DiscoveriesTable {
  candidateId: string;
  cvFileId: string | null;
  /** DiscoverBody JSON: the profiles asked for. */
  request: string;
  /** Discovery JSON (src/model/discovery.ts). */
  result: string;
  /** DiscoveryChoice JSON, once the recruiter chose. */
  choice: string | null;
  createdAt: string;
}

export interface InterviewNotesTable {
  id: string;
  candidateId: string;
  interviewerId: string;
  round: number;
  /** The uploaded file's name, or `pasted`. */
  source: string;
  /** NotesAnalysis JSON. */
  analysis: string;
  /** NotesReview JSON: the verdict on each suggestion. */
  review: string;
  updatedAt: string;
}

export const AUDIT_ACTIONS = ['view', 'create', 'update', 'delete', 'export', 'login'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditLogTable {
  id: string;
  /** User id; not a foreign key, so the log outlives the account. */
  actorId: string | null;
  action: AuditAction;
  /** e.g. `candidate`, `scorecard`, `role`. */
  subjectType: string;
  /** An opaque id: the log never holds a name, an email or CV text. */
  subjectId: string;
  /** A short code (`scorecard.submit`), never personal data. */
  detail: string;
  at: string;
}

/** One failed sign-in under one key (src/store/login-failures.ts). */
export interface LoginFailuresTable {
  id: string;
  /** SHA-256 of `account:<email>` or `address:<client address>`. */
  key: string;
  at: string;
}

export const JOB_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Jobs of the in-process queue (pg-boss keeps its own tables in the `pgboss` schema). */
export interface JobsTable {
  id: string;
  name: string;
  /** Stored references only (ids, URLs, commits), JSON. */
  payload: string;
  /** The candidate the job is about, for deletion and listing. */
  candidateId: string | null;
  /** Jobs with the same key run once: a second submission returns the first job. */
  singletonKey: string | null;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  runAfter: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  roles: RolesTable;
  candidates: CandidatesTable;
  files: FilesTable;
  repositories: RepositoriesTable;
  scanResults: ScanResultsTable;
  cvResults: CvResultsTable;
  assessments: AssessmentsTable;
  kits: KitsTable;
  assignments: AssignmentsTable;
  scorecards: ScorecardsTable;
  decisions: DecisionsTable;
  discoveries: DiscoveriesTable;
  interviewNotes: InterviewNotesTable;
  auditLog: AuditLogTable;
  jobs: JobsTable;
  loginFailures: LoginFailuresTable;
}

/** Every table, for tests that prove a deletion left nothing. */
export const TABLES = [
  'users',
  'sessions',
  'roles',
  'candidates',
  'files',
  'repositories',
  'scanResults',
  'cvResults',
  'assessments',
  'kits',
  'assignments',
  'scorecards',
  'decisions',
  'discoveries',
  'interviewNotes',
  'auditLog',
  'jobs',
  'loginFailures',
] as const satisfies readonly (keyof Database)[];
