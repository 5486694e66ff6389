// The store: openStore() opens SQLite (default, ~/.evident/evident.db) or
// PostgreSQL (a databaseUrl, e.g. DATABASE_URL), migrates it, and returns one
// object per aggregate. Uploaded files live in the data folder beside it.
import { dirname, join, resolve } from 'node:path';
import { AuditLog } from './audit.js';
import { Candidates } from './candidates.js';
import { Discoveries } from './discoveries.js';
import type { StoreContext } from './context.js';
import { defaultHome, openDatabase, type Dialect } from './db.js';
import { eraseCandidate, type EraseReport } from './erase.js';
import { Files } from './files.js';
import { LoginFailures } from './login-failures.js';
import { Assignments, Scorecards } from './interviews.js';
import { InterviewNotes } from './notes.js';
import { Repositories } from './repositories.js';
import { Assessments, CvResults, Decisions, Kits } from './results.js';
import { Roles } from './roles.js';
import { Scans } from './scans.js';
import { Sessions } from './sessions.js';
import { Users } from './users.js';

export interface StoreOptions {
  /** `postgres://…` selects PostgreSQL; empty or absent, SQLite. */
  databaseUrl?: string;
  /** The SQLite file (default ~/.evident/evident.db, or $EVIDENT_HOME/evident.db); `:memory:` for tests. */
  dbPath?: string;
  /** Uploaded files (default: `data/` beside the SQLite file, or ~/.evident/data with PostgreSQL). */
  dataDir?: string;
  /** PostgreSQL pool size (default 10; at least twice a worker's concurrency). */
  poolSize?: number;
  /** The clock (tests). */
  now?: () => Date;
}

export class Store {
  readonly dialect: Dialect;
  readonly dataDir: string;
  readonly users: Users;
  readonly sessions: Sessions;
  readonly roles: Roles;
  readonly candidates: Candidates;
  readonly files: Files;
  readonly repositories: Repositories;
  readonly scans: Scans;
  readonly cvResults: CvResults;
  readonly assessments: Assessments;
  readonly kits: Kits;
  readonly assignments: Assignments;
  readonly scorecards: Scorecards;
  readonly decisions: Decisions;
  readonly discoveries: Discoveries;
  readonly notes: InterviewNotes;
  readonly audit: AuditLog;
  /** Failed sign-ins per account and client address, shared by every server process. */
  readonly loginFailures: LoginFailures;
  /** For the job queue and tests; other code goes through the aggregates. */
  readonly ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.ctx = ctx;
    this.dialect = ctx.dialect;
    this.dataDir = ctx.dataDir;
    this.users = new Users(ctx);
    this.sessions = new Sessions(ctx);
    this.roles = new Roles(ctx);
    this.candidates = new Candidates(ctx);
    this.files = new Files(ctx);
    this.repositories = new Repositories(ctx);
    this.scans = new Scans(ctx);
    this.cvResults = new CvResults(ctx);
    this.assessments = new Assessments(ctx);
    this.kits = new Kits(ctx);
    this.assignments = new Assignments(ctx);
    this.scorecards = new Scorecards(ctx);
    this.decisions = new Decisions(ctx);
    this.discoveries = new Discoveries(ctx);
    this.notes = new InterviewNotes(ctx);
    this.audit = new AuditLog(ctx);
    this.loginFailures = new LoginFailures(ctx);
  }

  /** Removes every row, file and cached result about the candidate (see erase.ts); undefined when there is no such candidate. */
  deleteCandidate(candidateId: string, actorId: string | null = null): Promise<EraseReport | undefined> {
    return eraseCandidate(this.ctx, this.files, candidateId, actorId);
  }

  async close(): Promise<void> {
    await this.ctx.db.destroy();
  }
}

function defaultDataDir(options: StoreOptions): string {
  if (options.dataDir) return resolve(options.dataDir);
  if (process.env.EVIDENT_DATA_DIR) return resolve(process.env.EVIDENT_DATA_DIR);
  if (!options.databaseUrl && options.dbPath && options.dbPath !== ':memory:') return join(dirname(resolve(options.dbPath)), 'data');
  return join(defaultHome(), 'data');
}

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl || undefined;
  const opened = await openDatabase({ databaseUrl, dbPath: options.dbPath, poolSize: options.poolSize });
  const clock = options.now ?? (() => new Date());
  return new Store({ db: opened.db, dialect: opened.dialect, now: () => clock().toISOString(), dataDir: defaultDataDir({ ...options, databaseUrl }) });
}

/** openStore() configured from the environment: DATABASE_URL, or the SQLite file `dbPath`. */
export function openStoreFromEnv(options: Omit<StoreOptions, 'databaseUrl'> = {}): Promise<Store> {
  return openStore({ ...options, databaseUrl: process.env.DATABASE_URL });
}

export { StoredDataError } from './json.js';
export { StoredScan, scanKeyText, type ScanKey } from './scans.js';
export { ScorecardDraft, type Assignment, type StoredScorecard } from './interviews.js';
export type { Candidate, NewCandidate } from './candidates.js';
export { throttleKey, type ThrottleKind } from './login-failures.js';
export type { Role } from './roles.js';
export type { User, NewUser } from './users.js';
export type { ActiveSession, NewSession } from './sessions.js';
export type { StoredFile, NewFile } from './files.js';
export type { Repository, NewRepository } from './repositories.js';
export type { StoredAssessment } from './results.js';
export type { StoredDiscovery } from './discoveries.js';
export type { StoredNotes } from './notes.js';
export type { AuditEntry, NewAuditEntry } from './audit.js';
export type { EraseReport } from './erase.js';
export type { Dialect } from './db.js';
export { TABLES, type CandidateStatus, type FileKind, type JobState, type AuditAction, type UserStatus } from './tables.js';
export { MIN_PASSWORD_LENGTH } from './passwords.js';
export { safeFileName } from './files.js';
