// The job queue port. Jobs are small and idempotent (scan one repository,
// parse one CV, assess one candidate) and carry stored references only
// (ids, URLs, commits), never local paths, so any worker on any machine can
// take them. Payloads are checked when a job is taken: a queue row is input.
import { z } from 'zod';
import { EntityId } from '../model/index.js';

export const JOB_NAMES = ['scan-repository', 'parse-cv', 'assess-candidate'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const JOB_PAYLOADS = {
  'scan-repository': z.object({ candidateId: EntityId, repositoryId: EntityId }).strict(),
  'parse-cv': z.object({ candidateId: EntityId, fileId: EntityId }).strict(),
  'assess-candidate': z.object({ candidateId: EntityId, roleId: EntityId }).strict(),
} as const satisfies Record<JobName, z.ZodType>;

export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

/** `retry`: failed, waiting for its next attempt (transient failures only). */
export const JOB_STATUSES = ['queued', 'retry', 'running', 'completed', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobInfo {
  id: string;
  name: JobName;
  status: JobStatus;
  candidateId: string | null;
  /** Attempts started so far, and the most allowed. */
  attempts: number;
  maxAttempts: number;
  /** The last failure's reason (short, no paths or credentials). */
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Something happening to a job: state changes and the handler's own progress. */
export type JobEvent =
  | { type: 'state'; jobId: string; name: JobName; candidateId: string | null; status: JobStatus; error?: string }
  | { type: 'progress'; jobId: string; name: JobName; candidateId: string | null; phase: string; done: number; total: number };

export interface JobContext {
  jobId: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** True when no attempt follows this one if it fails (the input's failure is then recorded for good). */
  final: boolean;
  progress: (phase: string, done: number, total: number) => void;
  /** Aborted when the worker is told to stop (SIGTERM): finish soon or throw. */
  signal: AbortSignal;
}

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

export interface SubmitOptions {
  /** One live job per key: a duplicate submission while the first waits or runs returns the first job's id. */
  singletonKey?: string;
}

export interface WorkOptions {
  /** Jobs run at once by this process (default 1). */
  concurrency?: number;
}

export interface ListOptions {
  statuses?: readonly JobStatus[];
  limit?: number;
}

export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  /** Enqueues a job; resolves with its id (the live one for a duplicate). */
  submit<N extends JobName>(name: N, payload: JobPayload<N>, options?: SubmitOptions): Promise<string>;
  /** Starts taking jobs with these handlers. */
  work(handlers: JobHandlers, options?: WorkOptions): Promise<void>;
  /** Newest first. */
  list(options?: ListOptions): Promise<JobInfo[]>;
  get(id: string): Promise<JobInfo | undefined>;
  /** Queues a failed job again (a fresh set of attempts); false when there is no failed job with this id. */
  retry(id: string): Promise<boolean>;
  /** Removes every job about the candidate (deleting a candidate). */
  forgetCandidate(candidateId: string): Promise<void>;
  /** Subscribes to job events; returns the unsubscribe function. */
  onEvent(listener: (event: JobEvent) => void): () => void;
  /** Stops taking jobs, lets running ones finish (up to `timeoutMs`), and closes. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** Retries of transient failures: `limit` more attempts, `delayMs` doubled each time when `backoff`. */
export interface RetryPolicy {
  limit: number;
  delayMs: number;
  backoff: boolean;
}

export const DEFAULT_RETRY: RetryPolicy = { limit: 3, delayMs: 5_000, backoff: true };

/** The wait before attempt `attempt + 1` after `attempt` failed. */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return policy.backoff ? policy.delayMs * 2 ** Math.max(0, attempt - 1) : policy.delayMs;
}

export function parsePayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  return JOB_PAYLOADS[name].parse(payload) as JobPayload<N>;
}

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}
