// Scorecards and the decision. An interviewer files one card for each round
// they are assigned (every rating with a note, no neutral recommendation; a
// second card for a round is 409) and reads the others', and the decision,
// only once theirs are in for every round they take.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertAccess, canSubmitScorecard, canViewScorecard, hasSubmittedOwn, isStaff, type Actor } from '../../app/access.js';
import { viewDecision } from '../../app/decision-view.js';
import { decideCandidate, readScorecards, submitScorecard } from '../../app/interview.js';
import { ScorecardDraftForm, ScorecardForm } from '../../model/api.js';
import type { Scorecard } from '../../model/index.js';
import { audit, param, parse, type RouteContext } from '../context.js';
import { httpError } from '../errors.js';
import { actorOf } from '../session.js';
import { candidateFor } from '../views.js';

const RoundQuery = z.object({ round: z.coerce.number().int().min(1).max(100).optional() });

/** `?round=N`, or undefined. */
function roundAsked(request: FastifyRequest): number | undefined {
  return parse(RoundQuery, request.query).round;
}

/** The round a draft is about when none is named: the actor's first assigned round without a submitted card, else their first, else 1. */
async function defaultRound(ctx: RouteContext, actor: Actor, candidateId: string, assignments: ReadonlyArray<{ candidateId: string; interviewerId: string; round: number }>): Promise<number> {
  const rounds = assignments.filter((a) => a.candidateId === candidateId && a.interviewerId === actor.id).map((a) => a.round).sort((a, b) => a - b);
  for (const round of rounds) if (!(await ctx.store.scorecards.hasSubmitted(candidateId, actor.id, round))) return round;
  return rounds[0] ?? 1;
}

export function registerScorecardRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const names = async () => new Map((await ctx.store.users.list()).map((u) => [u.id, u.name]));

  app.get('/candidates/:candidateId/scorecards/draft', async (request) => {
    const actor = actorOf(request);
    const { candidate, assignments } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const round = roundAsked(request) ?? (await defaultRound(ctx, actor, candidate.id, assignments));
    const stored = await ctx.store.scorecards.get(candidate.id, actor.id, round);
    return { round, draft: stored && !stored.submitted ? stored.card : null, submitted: Boolean(stored?.submitted) };
  });

  app.put('/candidates/:candidateId/scorecards/draft', async (request) => {
    const actor = actorOf(request);
    const { candidate, assignments } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const draft = parse(ScorecardDraftForm, request.body);
    const round = draft.round ?? roundAsked(request) ?? (await defaultRound(ctx, actor, candidate.id, assignments));
    assertAccess(canSubmitScorecard(actor, candidate.id, round, assignments));
    await ctx.store.scorecards.saveDraft(candidate.id, actor.id, round, draft);
    return { draft: { ...draft, round } };
  });

  app.post('/candidates/:candidateId/scorecards', async (request, reply) => {
    const actor = actorOf(request);
    const { candidate } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const form = parse(ScorecardForm, request.body);
    const kit = await ctx.store.kits.get(candidate.id);
    if (!kit) throw httpError('E_NOT_READY', 'the candidate has no interview kit yet');
    const card: Scorecard = { ...form, kit: kit.id, interviewer: actor.user.name, file: `scorecard of ${actor.user.name}` };
    await submitScorecard(actor, candidate.id, card, { results: ctx.store });
    await audit(ctx, request, 'create', 'scorecard', candidate.id, 'scorecard.submit');
    return reply.status(201).send({ scorecard: { interviewerId: actor.id, interviewerName: actor.user.name, round: card.round, card } });
  });

  app.get('/candidates/:candidateId/scorecards', async (request) => {
    const actor = actorOf(request);
    const { candidate } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const visible = await readScorecards(actor, candidate.id, { results: ctx.store });
    const all = await ctx.store.scorecards.listSubmitted(candidate.id);
    const assignments = await ctx.store.assignments.listByCandidate(candidate.id);
    const who = await names();
    const at = new Map(all.map((s) => [`${s.interviewerId} ${s.round}`, s.submittedAt]));
    await audit(ctx, request, 'view', 'scorecard', candidate.id, 'scorecards.view');
    return {
      scorecards: visible.map((s) => ({ interviewerId: s.interviewerId, interviewerName: who.get(s.interviewerId) ?? '', round: s.card.round, submittedAt: at.get(`${s.interviewerId} ${s.card.round}`) ?? null, card: s.card })),
      hidden: all.length - visible.length,
      submittedByMe: hasSubmittedOwn(actor.id, candidate.id, assignments, all),
      submittedRounds: all.filter((s) => s.interviewerId === actor.id).map((s) => s.round).sort((a, b) => a - b),
    };
  });

  app.get('/candidates/:candidateId/scorecards/:interviewerId', async (request) => {
    const actor = actorOf(request);
    const { candidate, assignments } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const owner = param(request, 'interviewerId');
    const mine = !isStaff(actor) && hasSubmittedOwn(actor.id, candidate.id, assignments, await ctx.store.scorecards.listSubmitted(candidate.id));
    assertAccess(canViewScorecard(actor, candidate.id, owner, assignments, mine));
    const round = roundAsked(request);
    const stored = (await ctx.store.scorecards.listByInterviewer(candidate.id, owner)).find((s) => s.submitted && (round === undefined || s.round === round));
    if (!stored?.submitted) throw httpError('E_NOT_FOUND', 'no submitted scorecard from this interviewer');
    await audit(ctx, request, 'view', 'scorecard', candidate.id, 'scorecard.view');
    const who = await names();
    return { scorecard: { interviewerId: owner, interviewerName: who.get(owner) ?? '', round: stored.card.round, submittedAt: stored.submittedAt, card: stored.card } };
  });

  app.get('/candidates/:candidateId/decision', async (request) => {
    const actor = actorOf(request);
    const { candidate } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const decision = await viewDecision(actor, candidate.id, { results: ctx.store });
    const recorded = await ctx.store.decisions.get(candidate.id);
    await audit(ctx, request, 'view', 'decision', candidate.id, 'decision.view');
    return { decision, recorded: recorded ? { decidedBy: recorded.decidedBy, createdAt: recorded.createdAt } : null };
  });

  app.post('/candidates/:candidateId/decision', async (request, reply) => {
    const actor = actorOf(request);
    const { candidate } = await candidateFor(ctx, actor, param(request, 'candidateId'));
    const decision = await decideCandidate(actor, candidate.id, { results: ctx.store });
    await audit(ctx, request, 'update', 'decision', candidate.id, 'decision.record');
    return reply.status(201).send({ decision });
  });
}
