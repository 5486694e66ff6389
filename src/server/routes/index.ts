// Every API route, under /api (docs/api.md lists them).
import type { FastifyInstance } from 'fastify';
import { assertAccess, canManageHiring } from '../../app/access.js';
import { filterRows, roleTable } from '../../app/role-table.js';
import { RankedQuery } from '../../model/api.js';
import { param, parse, type RouteContext } from '../context.js';
import { actorOf } from '../session.js';
import { registerAuditRoutes } from './audit.js';
import { registerAuthRoutes } from './auth.js';
import { registerCandidateRoutes } from './candidates.js';
import { registerDiscoveryRoutes } from './discovery.js';
import { registerExportRoutes } from './exports.js';
import { registerInputRoutes } from './inputs.js';
import { registerInterviewRoutes } from './interviews.js';
import { registerNotesRoutes } from './notes.js';
import { registerRoleRoutes, roleOr404 } from './roles.js';
import { registerScorecardRoutes } from './scorecards.js';
import { registerScreeningRoutes } from './screening.js';
import { registerUserRoutes } from './users.js';

export function registerRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get('/health', async () => ({ ok: true }));
  registerAuthRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerRoleRoutes(app, ctx);
  registerCandidateRoutes(app, ctx);
  registerInputRoutes(app, ctx);
  registerDiscoveryRoutes(app, ctx);
  registerScreeningRoutes(app, ctx);
  registerInterviewRoutes(app, ctx);
  registerScorecardRoutes(app, ctx);
  registerNotesRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerAuditRoutes(app, ctx);

  app.get('/roles/:roleId/candidates', async (request) => {
    assertAccess(canManageHiring(actorOf(request)));
    const role = await roleOr404(ctx, param(request, 'roleId'));
    const query = parse(RankedQuery, request.query);
    return { role: { id: role.id, title: role.title, blind: role.blind }, candidates: filterRows(await roleTable(ctx.store, role.id), query) };
  });
}
