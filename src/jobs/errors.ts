// Which failures are worth another attempt. Bad input (a corrupt archive, a
// refused URL, a file over a limit) fails once, with its reason; what may pass
// (a clone timing out, the network, a database restart) is retried with backoff.
import { ZodError } from 'zod';
import { isUserError, UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';

/** Thrown by a handler for input that will never work: no retry. */
export class PermanentJobError extends UserError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'E_JOB_INPUT', options);
    this.name = 'PermanentJobError';
  }
}

/** Time-outs and network failures of a clone; other user errors are the input's fault. */
const TRANSIENT_USER_ERROR = /timed out|could not resolve host|connection (refused|reset|timed out)|early eof|unable to access|network is unreachable|temporary failure/i;

const LOCAL_PATH = /(?<![\w:/])\/(?:[\w.@+-]+\/)+[\w.@+-]*/g;

export function isRetryable(err: unknown): boolean {
  if (err instanceof PermanentJobError || err instanceof ZodError) return false;
  if (isUserError(err)) return err.code === 'E_CLONE' || TRANSIENT_USER_ERROR.test(err.message);
  return true;
}

/** The reason kept on a failed job and shown on the candidate: one line, no credentials, bounded. */
export function errorReason(err: unknown): string {
  let text: string;
  if (err instanceof ZodError) text = 'the job payload is not valid';
  else if (isUserError(err)) text = err.message;
  else text = `internal error: ${err instanceof Error ? err.message : String(err)}`;
  // A worker's local paths (its temporary folders) mean nothing to the reader on another machine.
  const line = redactSecrets(text).replace(LOCAL_PATH, '[path]').replace(/\s+/g, ' ').trim();
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
