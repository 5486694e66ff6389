// The sign-in limit, shared by every server process on one database: failed
// sign-ins are counted in the store (store/login-failures.ts) per client
// address (default 10 a minute) and per account (default 10 in 15 minutes,
// whatever the address), each in a sliding window. Over either limit the
// attempt is refused with 429 and Retry-After before the password is checked.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throttleKey } from '../store/index.js';
import type { RouteContext } from './context.js';
import { httpError } from './errors.js';

interface Rule {
  key: string;
  limit: number;
  windowMs: number;
}

function rulesOf(ctx: RouteContext, request: FastifyRequest, email: string | undefined): Rule[] {
  const { limits } = ctx;
  const rules: Rule[] = [{ key: throttleKey('address', request.ip), limit: limits.loginAttempts, windowMs: limits.loginWindowMs }];
  if (email !== undefined) rules.push({ key: throttleKey('account', email), limit: limits.accountLoginAttempts, windowMs: limits.accountLoginWindowMs });
  return rules;
}

function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * The throttle of one sign-in (an email's) or invitation (none) attempt:
 * `check` refuses it with 429 while over a limit; `failed` counts a failure
 * under every key; `succeeded` forgets the account's failures (the address's
 * stay: one good account must not reset the count of guesses at others).
 */
export function loginThrottle(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, email?: string) {
  const rules = rulesOf(ctx, request, email);
  const keepMs = Math.max(ctx.limits.loginWindowMs, ctx.limits.accountLoginWindowMs);
  return {
    async check(): Promise<void> {
      let waitMs = 0;
      for (const rule of rules) waitMs = Math.max(waitMs, await ctx.store.loginFailures.retryAfterMs(rule.key, rule.limit, rule.windowMs));
      if (waitMs === 0) return;
      reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      throw httpError('E_RATE_LIMITED', `too many failed attempts: try again in ${waitWords(waitMs)}`);
    },
    async failed(): Promise<void> {
      await ctx.store.loginFailures.record(rules.map((r) => r.key), keepMs);
    },
    async succeeded(): Promise<void> {
      if (email !== undefined) await ctx.store.loginFailures.clear(throttleKey('account', email));
    },
  };
}
