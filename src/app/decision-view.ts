// The decision view: the mechanical aggregate of every submitted scorecard
// (per-competency means, spread, disagreements, gates, recommendation) beside
// the evidence, computed afresh for whoever may read it; recording it is
// decideCandidate's.
import { decide } from '../interview/index.js';
import type { Decision } from '../model/index.js';
import { UserError } from '../util/errors.js';
import { assertAccess, canViewDecision, hasSubmittedOwn, isStaff, type Actor } from './access.js';
import type { ResultStore } from './ports.js';

export async function viewDecision(actor: Actor, candidateId: string, deps: { results: ResultStore }): Promise<Decision> {
  const assignments = await deps.results.assignments.listByCandidate(candidateId);
  const all = await deps.results.scorecards.listSubmitted(candidateId);
  const submitted = !isStaff(actor) && hasSubmittedOwn(actor.id, candidateId, assignments, all);
  assertAccess(canViewDecision(actor, candidateId, assignments, submitted));
  const kit = await deps.results.kits.get(candidateId);
  if (!kit) throw new UserError('the candidate has no interview kit yet', 'E_NOT_READY');
  const cards = all.map((s) => s.card);
  if (cards.length === 0) throw new UserError('no scorecard has been submitted for this candidate', 'E_NOT_READY');
  const assessment = (await deps.results.assessments.latest(candidateId))?.assessment;
  return decide(kit, cards, assessment);
}
