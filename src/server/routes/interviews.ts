// Interviews: the kit (an interviewer sees only their rounds), who interviews
// which round, and each interviewer's assignments.
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring, isStaff } from '../../app/access.js';
import { buildStoredKit } from '../../app/interview.js';
import { AssignmentsBody } from '../../model/api.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';
import { blindLabel, candidateFor } from '../views.js';

export function registerInterviewRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post('/candidates/:candidateId/kit', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const { candidate, role } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    if (!role) throw httpError('E_NOT_READY', 'the candidate has no role: give them one first');
    const kit = await buildStoredKit(actor, candidate.id, role.profile, { results: ctx.store });
    await audit(ctx, request, 'create', 'kit', candidate.id, 'kit.build');
    return reply.status(201).send({ kit });
  });

  app.get('/candidates/:candidateId/kit', async (request) => {
    const actor = actorOf(request);
    const { candidate, assignments } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const kit = await ctx.store.kits.get(candidate.id);
    if (!kit) throw httpError('E_NOT_READY', 'the candidate has no interview kit yet');
    await audit(ctx, request, 'view', 'kit', candidate.id, 'kit.view');
    if (isStaff(actor)) return { kit };
    const mine = new Set(assignments.filter((a) => a.interviewerId === actor.id).map((a) => a.round));
    return { kit: { ...kit, rounds: kit.rounds.filter((r) => mine.has(r.number)) } };
  });

  app.get('/candidates/:candidateId/assignments', async (request) => {
    const actor = actorOf(request);
    const { candidate, assignments } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const shown = isStaff(actor) ? assignments : assignments.filter((a) => a.interviewerId === actor.id);
    return { assignments: await assignmentViews(ctx, candidate.id, shown) };
  });

  app.put('/candidates/:candidateId/assignments', async (request) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const { candidate, assignments } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const body = parse(AssignmentsBody, request.body);
    const kit = await ctx.store.kits.get(candidate.id);
    if (!kit) throw httpError('E_NOT_READY', 'build the interview kit before assigning interviewers');
    const rounds = new Set(kit.rounds.map((r) => r.number));
    for (const a of body.assignments) {
      if (!rounds.has(a.round)) throw httpError('E_INVALID', `the kit has rounds ${[...rounds].join(', ')}, not ${a.round}`);
      const user = await ctx.store.users.get(a.interviewerId);
      if (user?.status !== 'active') throw httpError('E_INVALID', 'an interviewer must be an active user');
    }
    const key = (a: { interviewerId: string; round: number }) => `${a.interviewerId}#${a.round}`;
    const wanted = new Set(body.assignments.map(key));
    for (const a of assignments) if (!wanted.has(key(a))) await ctx.store.assignments.unassign(candidate.id, a.interviewerId, a.round);
    for (const a of body.assignments) await ctx.store.assignments.assign(candidate.id, a.interviewerId, a.round);
    await audit(ctx, request, 'update', 'candidate', candidate.id, 'interviewers.assign');
    return { assignments: await assignmentViews(ctx, candidate.id, await ctx.store.assignments.listByCandidate(candidate.id)) };
  });

  app.get('/me/assignments', async (request) => {
    const actor = actorOf(request);
    const byCandidate = new Map<string, number[]>();
    for (const a of await ctx.store.assignments.listByInterviewer(actor.id)) byCandidate.set(a.candidateId, [...(byCandidate.get(a.candidateId) ?? []), a.round]);
    const out = [];
    for (const [candidateId, rounds] of byCandidate) {
      const c = await ctx.store.candidates.get(candidateId);
      if (!c) continue;
      const role = c.roleId ? await ctx.store.roles.get(c.roleId) : undefined;
      const identity = isStaff(actor) || !role?.blind;
      let submitted = true;
      for (const round of rounds) submitted = submitted && (await ctx.store.scorecards.hasSubmitted(candidateId, actor.id, round));
      out.push({ candidateId, label: identity ? c.label : blindLabel(c.id), roleTitle: role?.title ?? null, rounds: rounds.sort((x, y) => x - y), submitted });
    }
    return { assignments: out };
  });
}

async function assignmentViews(ctx: RouteContext, candidateId: string, list: Array<{ interviewerId: string; round: number }>) {
  const names = new Map((await ctx.store.users.list()).map((u) => [u.id, u.name]));
  const out = [];
  for (const a of list) out.push({ interviewerId: a.interviewerId, name: names.get(a.interviewerId) ?? '', round: a.round, submitted: await ctx.store.scorecards.hasSubmitted(candidateId, a.interviewerId, a.round) });
  return out;
}
