// Candidates: list (an interviewer sees only theirs), create (with
// repositories by URL), read, change, delete (everything about them goes).
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring, isStaff } from '../../app/access.js';
import { deleteCandidate } from '../../app/candidates.js';
import { addRepositoryUrl, checkRepositoryRemote } from '../../app/uploads.js';
import { CreateCandidateBody, UpdateCandidateBody } from '../../model/api.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';
import { candidateFor, candidateView, fileView, repositoryView } from '../views.js';

export function registerCandidateRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/candidates', async (request) => {
    const actor = actorOf(request);
    const all = isStaff(actor) ? await ctx.store.candidates.list() : await ctx.store.candidates.listForInterviewer(actor.id);
    const roles = new Map((await ctx.store.roles.list()).map((r) => [r.id, r]));
    return {
      candidates: all.map((c) => {
        const role = c.roleId ? roles.get(c.roleId) : undefined;
        const identity = isStaff(actor) || !role?.blind;
        return { ...candidateView(c, identity), roleTitle: role?.title ?? null };
      }),
    };
  });

  app.post('/candidates', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const body = parse(CreateCandidateBody, request.body);
    if (!(await ctx.store.roles.get(body.roleId))) throw httpError('E_NOT_FOUND', 'no such role');
    for (const url of body.repositories ?? []) await checkRepositoryRemote(url, ctx.remote);
    const candidate = await ctx.store.candidates.create({ label: body.label, roleId: body.roleId, emails: body.emails, names: body.names, createdBy: actor.id });
    for (const url of body.repositories ?? []) await addRepositoryUrl(ctx.store, candidate.id, url, { remote: ctx.remote });
    await audit(ctx, request, 'create', 'candidate', candidate.id, 'candidate.create');
    return reply.status(201).send({ candidate });
  });

  app.get('/candidates/:candidateId', async (request) => {
    const actor = actorOf(request);
    const { candidate, role, assignments, identity } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const staff = isStaff(actor);
    const files = identity ? (await ctx.store.files.listByCandidate(candidate.id)).map(fileView) : [];
    const repositories = identity ? (await ctx.store.repositories.listByCandidate(candidate.id)).map(repositoryView) : [];
    const users = new Map((await ctx.store.users.list()).map((u) => [u.id, u.name]));
    const shown = staff ? assignments : assignments.filter((a) => a.interviewerId === actor.id);
    await audit(ctx, request, 'view', 'candidate', candidate.id, 'candidate.view');
    return {
      candidate: candidateView(candidate, identity),
      role: role ? { id: role.id, title: role.title, blind: role.blind } : null,
      files,
      repositories,
      assignments: shown.map((a) => ({ interviewerId: a.interviewerId, name: users.get(a.interviewerId) ?? '', round: a.round })),
      hasKit: Boolean(await ctx.store.kits.get(candidate.id)),
      hasAssessment: Boolean(await ctx.store.assessments.latest(candidate.id)),
    };
  });

  app.patch('/candidates/:candidateId', async (request) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const { candidate } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const body = parse(UpdateCandidateBody, request.body);
    if (body.roleId && !(await ctx.store.roles.get(body.roleId))) throw httpError('E_NOT_FOUND', 'no such role');
    const updated = await ctx.store.candidates.update(candidate.id, body);
    await audit(ctx, request, 'update', 'candidate', candidate.id, 'candidate.update');
    return { candidate: updated };
  });

  app.delete('/candidates/:candidateId', async (request, reply) => {
    const actor = actorOf(request);
    const id = param(request, 'candidateId');
    // The access check first: an interviewer learns nothing about a candidate they cannot see.
    await candidateFor(ctx, actor, id);
    await deleteCandidate(actor, id, { results: ctx.store, queue: ctx.queue });
    return reply.status(204).send();
  });
}
