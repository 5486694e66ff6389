// What every route module is given: the store, the queue, the limits, and
// small helpers (body validation, path ids, audit entries).
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { DiscoverSettings } from '../discover/settings.js';
import type { IngestLimits } from '../ingest/index.js';
import type { RemotePolicy } from '../ingest/remote-guard.js';
import type { JobQueue } from '../jobs/index.js';
import type { AuditAction, Store } from '../store/index.js';
import { httpError, zodMessage } from './errors.js';

export interface ServerLimits {
  /** Largest CV upload (default 10 MB). */
  cvBytes: number;
  /** Largest archive upload (default 100 MB). */
  archiveBytes: number;
  /** Largest JSON body (default 1 MB). */
  jsonBytes: number;
  /** Largest CSV import (default 1 MB) and most rows (default 500). */
  csvBytes: number;
  csvRows: number;
  /** Failed sign-ins per client address per sliding window (default 10 a minute), counted in the store. */
  loginAttempts: number;
  loginWindowMs: number;
  /** Failed sign-ins per account, from any address (default 10 in 15 minutes). */
  accountLoginAttempts: number;
  accountLoginWindowMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  cvBytes: 10 * 1024 * 1024,
  archiveBytes: 100 * 1024 * 1024,
  jsonBytes: 1024 * 1024,
  csvBytes: 1024 * 1024,
  csvRows: 500,
  loginAttempts: 10,
  loginWindowMs: 60_000,
  accountLoginAttempts: 10,
  accountLoginWindowMs: 15 * 60_000,
};

export interface RouteContext {
  store: Store;
  queue: JobQueue;
  limits: ServerLimits;
  /** file:// repository URLs (tests only: they read the server's disk). */
  allowFileUrls: boolean;
  /** What a repository URL may point at (ingest/remote-guard.ts); allowFileUrls included. */
  remote: RemotePolicy;
  /** Limits of the extraction that checks an uploaded archive (default: the ingest limits). */
  ingestLimits?: Partial<IngestLimits>;
  /** Repository discovery's API settings and date (default: the environment, today). */
  discover?: { settings?: DiscoverSettings; asOf?: () => string };
  /** Open event streams, ended when the server closes (they would hold it open). */
  streams: Set<() => void>;
}

/** The value checked by its schema; 400 naming the first bad field. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw httpError('E_INVALID', zodMessage(result.error));
  return result.data;
}

/** A path parameter (ids are opaque: the store answers nothing for one that is not its own). */
export function param(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string | undefined>)[name];
  if (!value || value.length > 100) throw httpError('E_NOT_FOUND', `no such ${name.replace(/Id$/, '')}`);
  return value;
}

/** Records who viewed, changed, exported or deleted what (opaque ids and a short code only). */
export async function audit(ctx: RouteContext, request: FastifyRequest, action: AuditAction, subjectType: string, subjectId: string, detail: string): Promise<void> {
  await ctx.store.audit.record({ actorId: request.auth?.user.id ?? null, action, subjectType, subjectId, detail });
}
