// Roles: templates, create (template, job description or profile), read,
// edit weights and must-haves, preview a change, delete.
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring } from '../../app/access.js';
import { changedProfile, previewRole, roleProfileFrom, roleTemplates } from '../../app/roles.js';
import { CreateRoleBody, PreviewRoleBody, UpdateRoleBody } from '../../model/api.js';
import type { Role } from '../../store/index.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';

export async function roleOr404(ctx: RouteContext, id: string): Promise<Role> {
  const role = await ctx.store.roles.get(id);
  if (!role) throw httpError('E_NOT_FOUND', 'no such role');
  return role;
}

export function registerRoleRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/role-templates', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    return { templates: roleTemplates() };
  });

  app.get('/roles', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    const roles = await ctx.store.roles.list();
    const counts = new Map<string, number>();
    for (const c of await ctx.store.candidates.list()) if (c.roleId) counts.set(c.roleId, (counts.get(c.roleId) ?? 0) + 1);
    return { roles: roles.map((r) => ({ ...r, candidates: counts.get(r.id) ?? 0 })) };
  });

  app.post('/roles', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const body = parse(CreateRoleBody, request.body);
    const { profile, why } = roleProfileFrom(body);
    const title = body.title ?? ('jobDescription' in body ? profile.title : undefined);
    const role = await ctx.store.roles.create({ profile: title ? { ...profile, title } : profile, title, blind: body.blind, createdBy: actor.id });
    await audit(ctx, request, 'create', 'role', role.id, 'role.create');
    return reply.status(201).send({ role, why });
  });

  app.get('/roles/:roleId', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    return { role: await roleOr404(ctx, param(request, 'roleId')) };
  });

  app.patch('/roles/:roleId', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    const role = await roleOr404(ctx, param(request, 'roleId'));
    const body = parse(UpdateRoleBody, request.body);
    const profile = body.profile ? changedProfile(role.profile, body.profile) : undefined;
    const updated = await ctx.store.roles.update(role.id, {
      title: body.title,
      blind: body.blind,
      profile: profile && body.title ? { ...profile, title: body.title } : profile,
    });
    await audit(ctx, request, 'update', 'role', role.id, 'role.update');
    return { role: updated };
  });

  app.post('/roles/:roleId/preview', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    const role = await roleOr404(ctx, param(request, 'roleId'));
    const body = parse(PreviewRoleBody, request.body);
    const asOf = new Date().toISOString().slice(0, 10);
    return previewRole(ctx.store, role, changedProfile(role.profile, body.profile), asOf);
  });

  app.delete('/roles/:roleId', async (request, reply) => {
    assertAccess(canManageHiring(actorOf(request)));
    const role = await roleOr404(ctx, param(request, 'roleId'));
    await ctx.store.roles.delete(role.id);
    await audit(ctx, request, 'delete', 'role', role.id, 'role.delete');
    return reply.status(204).send();
  });
}
