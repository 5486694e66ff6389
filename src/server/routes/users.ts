// Accounts: an admin invites (the token is shown once), changes and removes
// users; admins and recruiters list who can be assigned to interviews.
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring, canManageUsers } from '../../app/access.js';
import { InviteUserBody, UpdateUserBody } from '../../model/api.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';

export function registerUserRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/users', async (request) => {
    assertAccess(canManageUsers(actorOf(request)));
    return { users: await ctx.store.users.list() };
  });

  app.post('/users', async (request, reply) => {
    assertAccess(canManageUsers(actorOf(request)));
    const body = parse(InviteUserBody, request.body);
    const { user, inviteToken } = await ctx.store.users.create({ email: body.email, role: body.role, name: body.name });
    await audit(ctx, request, 'create', 'user', user.id, 'user.invite');
    return reply.status(201).send({ user, inviteToken, invitePath: `/invite/${inviteToken}` });
  });

  app.patch('/users/:userId', async (request) => {
    const actor = actorOf(request);
    assertAccess(canManageUsers(actor));
    const id = param(request, 'userId');
    const body = parse(UpdateUserBody, request.body);
    if (!(await ctx.store.users.get(id))) throw httpError('E_NOT_FOUND', 'no such user');
    if (id === actor.id && ((body.role && body.role !== 'admin') || body.status === 'disabled')) {
      throw httpError('E_CONFLICT', 'you cannot demote or disable yourself: ask another admin');
    }
    const user = await ctx.store.users.update(id, body);
    await audit(ctx, request, 'update', 'user', id, 'user.update');
    return { user };
  });

  app.delete('/users/:userId', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageUsers(actor));
    const id = param(request, 'userId');
    if (id === actor.id) throw httpError('E_CONFLICT', 'you cannot remove yourself: ask another admin');
    if (!(await ctx.store.users.get(id))) throw httpError('E_NOT_FOUND', 'no such user');
    await ctx.store.users.delete(id);
    await audit(ctx, request, 'delete', 'user', id, 'user.delete');
    return reply.status(204).send();
  });

  app.get('/interviewers', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    const users = (await ctx.store.users.list()).filter((u) => u.status === 'active');
    return { users: users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role })) };
  });
}
