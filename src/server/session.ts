// Sessions and CSRF. The session cookie carries a random token (the store
// keeps its hash); every request's session is looked up once, before its body
// is read. CSRF is a synchroniser token: a change (POST, PUT, PATCH, DELETE)
// must carry `X-CSRF-Token` equal to the token stored with the session, or,
// before sign-in, to the pre-session token of the `evident_csrf` cookie.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../app/access.js';
import type { User } from '../store/index.js';
import { httpError } from './errors.js';

export const SESSION_COOKIE = 'evident_session';
export const PRE_SESSION_COOKIE = 'evident_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export interface RequestAuth {
  user: User;
  csrfToken: string;
  /** The session cookie's token. */
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

/** The signed-in user, or 401. */
export function actorOf(request: FastifyRequest): Actor & { user: User } {
  if (!request.auth) throw httpError('E_UNAUTHENTICATED', 'sign in first');
  return { id: request.auth.user.id, role: request.auth.user.role, user: request.auth.user };
}

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https', ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  const seconds = Math.max(1, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, seconds));
  reply.clearCookie(PRE_SESSION_COOKIE, { path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The pre-session CSRF token of a signed-out browser: the cookie's when it has a good one, else a new one (set). */
export function preSessionToken(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[PRE_SESSION_COOKIE];
  if (existing && TOKEN.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(PRE_SESSION_COOKIE, token, cookieOptions(request));
  return token;
}

/** Refuses a change whose `X-CSRF-Token` is missing or wrong. */
export function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const header = request.headers[CSRF_HEADER];
  const sent = Array.isArray(header) ? undefined : header;
  const expected = request.auth ? request.auth.csrfToken : request.cookies[PRE_SESSION_COOKIE];
  if (!sameToken(sent, expected)) throw httpError('E_CSRF', 'missing or wrong CSRF token: reload the page and try again');
}
