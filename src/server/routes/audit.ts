// The audit log, for admins: who viewed, changed, exported or deleted what.
import type { FastifyInstance } from 'fastify';
import { assertAccess, canReadAudit } from '../../app/access.js';
import { AuditQuery } from '../../model/api.js';
import { parse, type RouteContext } from '../context.js';
import { actorOf } from '../session.js';

export function registerAuditRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/audit', async (request) => {
    assertAccess(canReadAudit(actorOf(request)));
    const query = parse(AuditQuery, request.query);
    return { entries: await ctx.store.audit.list(query) };
  });
}
