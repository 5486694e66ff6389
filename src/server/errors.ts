// Every failure leaves the server as `{ error: { code, message } }` with an
// HTTP status, never a stack trace: a UserError keeps its message and its
// code says the status; fastify's and zod's own errors are translated; any
// other error is a bug, logged, and answered with a generic 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { isUserError, UserError } from '../util/errors.js';

export interface HttpError {
  status: number;
  code: string;
  message: string;
}

const STATUS_OF_CODE: Record<string, number> = {
  E_UNAUTHENTICATED: 401,
  E_LOGIN: 401,
  E_FORBIDDEN: 403,
  E_CSRF: 403,
  E_NOT_FOUND: 404,
  E_EXISTS: 409,
  E_CONFLICT: 409,
  E_NOT_READY: 409,
  E_SUBMITTED: 409,
  E_TOO_LARGE: 413,
  E_UNSUPPORTED: 415,
  E_REFUSED: 422,
  E_RATE_LIMITED: 429,
};

/** Codes of lower layers that mean the same as one of ours. */
const SAME_AS: Record<string, string> = { E_LIMIT: 'E_TOO_LARGE', E_SCORECARD: 'E_INVALID' };

/** A UserError whose code carries its HTTP meaning (see STATUS_OF_CODE). */
export function httpError(code: keyof typeof STATUS_OF_CODE | 'E_INVALID', message: string): UserError {
  return new UserError(message, code);
}

/** `field.path: message` of a zod error's first issue. */
export function zodMessage(err: ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'invalid input';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'E_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'E_TOO_LARGE',
  FST_PARTS_LIMIT: 'E_TOO_LARGE',
  FST_FILES_LIMIT: 'E_TOO_LARGE',
  FST_FIELDS_LIMIT: 'E_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'E_UNSUPPORTED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'E_UNSUPPORTED',
};

function fromFastify(err: FastifyError): HttpError | undefined {
  const status = err.statusCode ?? 500;
  if (status >= 500) return undefined;
  if (status === 429) return { status, code: 'E_RATE_LIMITED', message: 'too many attempts: wait a minute and try again' };
  const code = (err.code && FASTIFY_CODES[err.code]) || 'E_INVALID';
  if (code === 'E_TOO_LARGE') return { status: 413, code, message: 'the upload or body is larger than allowed' };
  if (code === 'E_UNSUPPORTED') return { status: 415, code, message: err.message.split('\n')[0].slice(0, 300) };
  return { status, code, message: err.message.split('\n')[0].slice(0, 300) };
}

/** The status, code and message a failure is answered with. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof ZodError) return { status: 400, code: 'E_INVALID', message: zodMessage(err) };
  if (isUserError(err)) {
    const code = SAME_AS[err.code] ?? err.code;
    return { status: STATUS_OF_CODE[code] ?? 400, code: STATUS_OF_CODE[code] ? code : code || 'E_INVALID', message: err.message.split('\n')[0] };
  }
  const fastify = err && typeof err === 'object' && 'statusCode' in err ? fromFastify(err as FastifyError) : undefined;
  return fastify ?? { status: 500, code: 'E_INTERNAL', message: 'internal error' };
}

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  return reply.status(error.status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send({ error: { code: error.code, message: error.message } });
}

/** fastify's error handler: internal errors are logged (never their request body), then answered generically. */
export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const error = toHttpError(err);
  if (error.status >= 500) request.log.error({ err }, 'request failed');
  return sendError(reply, error);
}
