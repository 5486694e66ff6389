// Repository discovery on a candidate (issue 12): run it from the CV and the
// profiles named, read what it found (every repository, why it was found, how
// sure it is to be the candidate's, why it was chosen or not), and apply the
// recruiter's ticks: only the ticked repositories are screened. Staff only.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertAccess, canManageHiring } from '../../app/access.js';
import { applyDiscoveryChoice, discoveryView, runDiscovery } from '../../app/discovery.js';
import { addRepositoryUrl, checkRepositoryRemote } from '../../app/uploads.js';
import { discoverSettingsFromEnv, type DiscoverSettings } from '../../discover/settings.js';
import { DiscoverBody, DiscoveryChoiceBody } from '../../model/index.js';
import { isUserError } from '../../util/errors.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError, sendError } from '../errors.js';
import { actorOf } from '../session.js';
import { candidateFor, repositoryView } from '../views.js';

/** Longest wait for a host's rate limit inside a request; a later reset is answered at once. */
const MAX_WAIT_IN_REQUEST_MS = 10_000;

/** Codes of discovery's own refusals that are the request's fault (a user name that is not one). */
const BAD_REQUEST = new Set(['E_USAGE', 'E_INVALID']);

export function registerDiscoveryRoutes(app: FastifyInstance, ctx: RouteContext): void {
  let fromEnv: DiscoverSettings | undefined;
  const settings = (): DiscoverSettings => {
    if (ctx.discover?.settings) return ctx.discover.settings;
    fromEnv ??= (() => {
      const env = discoverSettingsFromEnv(process.env);
      return { ...env, maxWaitMs: Math.min(env.maxWaitMs, MAX_WAIT_IN_REQUEST_MS) };
    })();
    return fromEnv;
  };
  const asOf = () => ctx.discover?.asOf?.() ?? new Date().toISOString().slice(0, 10);

  const staffCandidate = async (request: FastifyRequest) => {
    const actor = actorOf(request);
    assertAccess(canManageHiring(actor));
    return (await candidateFor(ctx, actor, param(request, 'candidateId'))).candidate;
  };
  const view = async (candidateId: string) => {
    const stored = await ctx.store.discoveries.get(candidateId);
    return stored ? discoveryView(stored, await ctx.store.repositories.listByCandidate(candidateId), settings()) : null;
  };

  app.get('/candidates/:candidateId/discovery', async (request) => {
    const candidate = await staffCandidate(request);
    await audit(ctx, request, 'view', 'candidate', candidate.id, 'discovery.view');
    return { discovery: await view(candidate.id) };
  });

  app.post('/candidates/:candidateId/discovery', async (request, reply) => {
    const candidate = await staffCandidate(request);
    const body = parse(DiscoverBody, request.body);
    try {
      await runDiscovery(ctx.store, candidate.id, body, settings(), asOf());
    } catch (err) {
      // A host that cannot be reached, a rate limit, a profile that does not exist: one line, nothing kept.
      if (!isUserError(err)) throw err;
      if (BAD_REQUEST.has(err.code)) throw httpError('E_INVALID', err.message);
      return sendError(reply, { status: 502, code: 'E_DISCOVERY', message: err.message.split('\n')[0] });
    }
    await audit(ctx, request, 'create', 'candidate', candidate.id, 'discovery.run');
    return reply.status(201).send({ discovery: await view(candidate.id) });
  });

  app.put('/candidates/:candidateId/discovery/choice', async (request) => {
    const candidate = await staffCandidate(request);
    const body = parse(DiscoveryChoiceBody, request.body);
    const stored = await ctx.store.discoveries.get(candidate.id);
    if (!stored) throw httpError('E_NOT_READY', 'no repositories were discovered for this candidate yet');
    await applyDiscoveryChoice(ctx.store, stored, { keys: body.keys, add: body.add ?? [], actorId: actorOf(request).id }, settings(), {
      check: (url) => checkRepositoryRemote(url, ctx.remote),
      add: (url) => addRepositoryUrl(ctx.store, candidate.id, url, { remote: ctx.remote }),
    });
    await audit(ctx, request, 'update', 'candidate', candidate.id, 'discovery.choose');
    return { discovery: await view(candidate.id), repositories: (await ctx.store.repositories.listByCandidate(candidate.id)).map(repositoryView) };
  });
}
