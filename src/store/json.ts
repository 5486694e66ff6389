// Stage results cross the store boundary as JSON text, checked by their
// src/model schema both ways: nothing malformed is written, and a row edited
// by hand (or written by an older version) is caught when read.
import type { z } from 'zod';

export class StoredDataError extends Error {
  constructor(what: string, cause: unknown) {
    super(`stored ${what} does not match its schema`, { cause });
    this.name = 'StoredDataError';
  }
}

export function encodeJson<S extends z.ZodType>(schema: S, what: string, value: z.input<S>): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredDataError(what, parsed.error);
  return JSON.stringify(parsed.data);
}

export function decodeJson<S extends z.ZodType>(schema: S, what: string, text: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new StoredDataError(what, err);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredDataError(what, parsed.error);
  return parsed.data;
}
