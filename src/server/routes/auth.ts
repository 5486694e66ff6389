// Sign-in, sign-out, the current session, and accepting an invitation.
// Signing in always starts a new session (the one the request came with is
// deleted: no fixation). Failed attempts are limited per client address and
// per account, counted in the store so every server process shares them
// (login-throttle.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AcceptInvitationBody, LoginBody } from '../../model/api.js';
import type { User } from '../../store/index.js';
import { audit, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { loginThrottle } from '../login-throttle.js';
import { clearSessionCookie, preSessionToken, setSessionCookie } from '../session.js';

async function startSession(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, user: User) {
  if (request.auth) await ctx.store.sessions.delete(request.auth.token);
  const session = await ctx.store.sessions.create(user.id);
  setSessionCookie(request, reply, session.token, session.expiresAt);
  request.auth = { user, csrfToken: session.csrfToken, token: session.token };
  await audit(ctx, request, 'login', 'user', user.id, 'session.start');
  return { user, csrfToken: session.csrfToken };
}

export function registerAuthRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/auth/session', async (request, reply) => {
    if (request.auth) return { user: request.auth.user, csrfToken: request.auth.csrfToken };
    return { user: null, csrfToken: preSessionToken(request, reply) };
  });

  app.post('/auth/login', async (request, reply) => {
    const body = parse(LoginBody, request.body);
    const throttle = loginThrottle(ctx, request, reply, body.email);
    await throttle.check();
    const user = await ctx.store.users.authenticate(body.email, body.password);
    if (!user) {
      await throttle.failed();
      throw httpError('E_LOGIN', 'wrong email or password');
    }
    await throttle.succeeded();
    return startSession(ctx, request, reply, user);
  });

  app.post('/auth/logout', async (request, reply) => {
    if (request.auth) await ctx.store.sessions.delete(request.auth.token);
    clearSessionCookie(reply);
    return reply.status(204).send();
  });

  app.post('/auth/invitations/accept', async (request, reply) => {
    const body = parse(AcceptInvitationBody, request.body);
    const throttle = loginThrottle(ctx, request, reply);
    await throttle.check();
    let user = await ctx.store.users.acceptInvite(body.token, body.password);
    if (!user) {
      await throttle.failed();
      throw httpError('E_NOT_FOUND', 'this invitation is unknown or already used');
    }
    if (body.name) user = (await ctx.store.users.update(user.id, { name: body.name })) ?? user;
    return startSession(ctx, request, reply, user);
  });
}
