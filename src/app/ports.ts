// What the use cases need from the outside world, as interfaces: the store
// (src/store implements ResultStore and FileStore with its aggregates), the
// job queue (src/jobs), a clock and a progress sink. The use cases import only
// these and the stages; the CLI, the server and the workers pass real ones,
// tests pass fakes.
import type { Assessment, CvResult, Decision, Kit, RepoScan, Scorecard } from '../model/index.js';

/** The time, injected so that tests and reports are reproducible. */
export interface Clock {
  now(): Date;
}

/** One step of long work: `done` of `total` items in `phase` (walk, parse, detect, clone, assess…). */
export interface ProgressEvent {
  phase: string;
  done: number;
  total: number;
}

/** Where progress goes: a terminal bar, server-sent events, a job's progress, or nowhere. */
export interface Progress {
  update(event: ProgressEvent): void;
  /** The work is over (a terminal bar clears its line). */
  stop?(): void;
}

/** An assessment as stored: one per candidate and role. */
export interface AssessmentRecord {
  candidateId: string;
  roleId: string;
  assessment: Assessment;
}

/** A submitted scorecard and who submitted it. */
export interface ScorecardRecord {
  interviewerId: string;
  card: Scorecard;
}

/** An interviewer's assignment to one round of a candidate's kit. */
export interface AssignmentRecord {
  candidateId: string;
  interviewerId: string;
  round: number;
}

/** The stage results kept per candidate: one aggregate per result, as src/store exposes them. */
export interface ResultStore {
  assessments: {
    save(input: { candidateId: string; roleId: string; assessment: Assessment }): Promise<unknown>;
    get(candidateId: string, roleId: string): Promise<AssessmentRecord | undefined>;
    latest(candidateId: string): Promise<AssessmentRecord | undefined>;
    listByRole(roleId: string): Promise<AssessmentRecord[]>;
  };
  cvResults: {
    save(input: { fileId: string; candidateId: string; analyserVersion: string; result: CvResult }): Promise<void>;
    get(fileId: string, analyserVersion: string): Promise<CvResult | undefined>;
  };
  kits: {
    save(input: { candidateId: string; kit: Kit }): Promise<void>;
    get(candidateId: string): Promise<Kit | undefined>;
  };
  assignments: {
    listByCandidate(candidateId: string): Promise<AssignmentRecord[]>;
    listByInterviewer(interviewerId: string): Promise<AssignmentRecord[]>;
  };
  scorecards: {
    submit(candidateId: string, interviewerId: string, card: Scorecard): Promise<void>;
    listSubmitted(candidateId: string): Promise<ScorecardRecord[]>;
    /** Whether the card of `round` (or of any round) is submitted. */
    hasSubmitted(candidateId: string, interviewerId: string, round?: number): Promise<boolean>;
  };
  decisions: {
    save(input: { candidateId: string; decidedBy?: string; decision: Decision }): Promise<void>;
    get(candidateId: string): Promise<{ decision: Decision } | undefined>;
  };
  /** Removes every row, file and cached result about the candidate; undefined when there is no such candidate. */
  deleteCandidate(candidateId: string, actorId: string | null): Promise<unknown | undefined>;
}

/** A scan result and the cited source lines, kept by (commit, analyser version, variant). */
export interface ScanRecord {
  scan: RepoScan;
  snippets: Record<string, string>;
}

/** Uploaded CVs and archives, by id; bytes never live under a web root. */
export interface FileStore {
  put(input: { candidateId: string; kind: 'cv' | 'archive'; originalName: string; content: Uint8Array | AsyncIterable<Uint8Array> }): Promise<{ id: string }>;
  read(id: string): Promise<Uint8Array>;
  /** Copies the file into `dir` (a private temporary folder) for a stage that reads from disk; returns its path. */
  materialize(id: string, dir: string): Promise<string>;
  delete(id: string): Promise<void>;
}

/** The jobs the app submits: stored references only (ids), never local paths. */
export interface JobPayloads {
  'scan-repository': { candidateId: string; repositoryId: string };
  'parse-cv': { candidateId: string; fileId: string };
  'assess-candidate': { candidateId: string; roleId: string };
}
export type JobName = keyof JobPayloads;

/** The queue of background work (in-process, or pg-boss across machines). */
export interface JobQueue {
  /**
   * Enqueues a job; resolves with its id (the live one when `singletonKey`
   * matches a waiting or running job). Call it through `submitJob`, which
   * pairs each name with its payload.
   */
  submit(name: JobName, payload: JobPayloads[JobName], options?: { singletonKey?: string }): Promise<string>;
  /** Removes every job about the candidate. */
  forgetCandidate(candidateId: string): Promise<void>;
}
