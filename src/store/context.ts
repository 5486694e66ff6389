// What every aggregate module is built from: the database, its dialect, the
// clock and the data folder.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from './db.js';
import type { Database } from './tables.js';

export interface StoreContext {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Now, as stored: ISO-8601 UTC. */
  now: () => string;
  /** Uploaded files live here, by id (never under a web root). */
  dataDir: string;
}

/** A query runner: the database or a transaction on it. */
export type Executor = Kysely<Database> | Transaction<Database>;

export function newId(): string {
  return randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids come from requests: anything that is not one of ours matches nothing (and never reaches a path). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function toFlag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}
