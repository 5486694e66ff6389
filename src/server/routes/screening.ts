// Screening: queue the candidate's jobs, follow them live (server-sent
// events), and read the assessment they produce.
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring } from '../../app/access.js';
import { submitScreening } from '../../jobs/index.js';
import { audit, param, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';
import { streamScreening } from '../sse.js';
import { candidateFor } from '../views.js';

export function registerScreeningRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post('/candidates/:candidateId/screen', async (request, reply) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    const { candidate } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const jobs = await submitScreening(ctx.store, ctx.queue, candidate.id);
    await audit(ctx, request, 'update', 'candidate', candidate.id, 'screening.start');
    return reply.status(202).send({ jobs });
  });

  app.get('/candidates/:candidateId/events', async (request, reply) => {
    const { candidate, identity } = await candidateFor(ctx, actorOf(request), param(request, 'candidateId'));
    streamScreening(ctx, request, reply, candidate.id, identity);
  });

  app.get('/candidates/:candidateId/assessment', async (request) => {
    const { candidate } = await candidateFor(ctx, actorOf(request), param(request, 'candidateId'));
    const stored = candidate.roleId ? await ctx.store.assessments.get(candidate.id, candidate.roleId) : await ctx.store.assessments.latest(candidate.id);
    if (!stored) throw httpError('E_NOT_READY', 'the candidate has not been screened yet');
    await audit(ctx, request, 'view', 'assessment', candidate.id, 'assessment.view');
    return { assessment: stored.assessment, roleId: stored.roleId, createdAt: stored.createdAt };
  });
}
