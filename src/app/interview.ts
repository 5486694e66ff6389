// Interview use cases: build a kit from an assessment, submit a scorecard,
// read the scorecards one may see, and decide. Stored results go through the
// ResultStore port; every call names the actor and is checked by access.ts.
import type { RoleProfile } from '../assess/role-profile.js';
import { buildKit, decide, loadQuestionBank, scorecardProblem, type Question } from '../interview/index.js';
import type { AssessmentInput, Decision, Kit, Scorecard } from '../model/index.js';
import { UserError } from '../util/errors.js';
import { assertAccess, canDecide, canSubmitScorecard, canViewCandidate, canViewScorecard, hasSubmittedOwn, isStaff, type Actor } from './access.js';
import type { ResultStore, ScorecardRecord } from './ports.js';

export interface BuildKitInput {
  role: RoleProfile;
  assessment: AssessmentInput;
  /** The question bank (default: the shipped bank, plus none). */
  bank?: Question[];
}

/** A kit for one candidate: rounds, tailored questions, scorecard templates. */
export function buildInterviewKit(input: BuildKitInput): Kit {
  return buildKit({ bank: input.bank ?? loadQuestionBank(), role: input.role, assessment: input.assessment });
}

/** The mechanical decision from a kit and its scorecards (files given to the CLI), beside the evidence. */
export function decideInterview(kit: Kit, cards: readonly Scorecard[], assessment?: AssessmentInput): Decision {
  return decide(kit, cards, assessment);
}

/** Builds the kit of a stored candidate from their latest assessment and keeps it. */
export async function buildStoredKit(actor: Actor, candidateId: string, role: RoleProfile, deps: { results: ResultStore; bank?: Question[] }): Promise<Kit> {
  assertAccess(canDecide(actor));
  const stored = await deps.results.assessments.latest(candidateId);
  if (!stored) throw new UserError('the candidate has no assessment yet: screen them first', 'E_NOT_READY');
  const kit = buildInterviewKit({ role, assessment: stored.assessment, bank: deps.bank });
  await deps.results.kits.save({ candidateId, kit });
  return kit;
}

async function kitOf(results: ResultStore, candidateId: string): Promise<Kit> {
  const kit = await results.kits.get(candidateId);
  if (!kit) throw new UserError('the candidate has no interview kit yet', 'E_NOT_READY');
  return kit;
}

/**
 * Files the actor's scorecard for one round: only the interviewer assigned to
 * it, once per round (a second is refused: 409), and only a card the kit's
 * rules accept (a note for every rating).
 */
export async function submitScorecard(actor: Actor, candidateId: string, card: Scorecard, deps: { results: ResultStore }): Promise<void> {
  const assignments = await deps.results.assignments.listByCandidate(candidateId);
  assertAccess(canSubmitScorecard(actor, candidateId, card.round, assignments));
  const kit = await kitOf(deps.results, candidateId);
  const problem = scorecardProblem(card, kit);
  if (problem) throw new UserError(problem, 'E_INVALID');
  if (await deps.results.scorecards.hasSubmitted(candidateId, actor.id, card.round)) {
    throw new UserError(`your scorecard for round ${card.round} of this candidate is already submitted`, 'E_CONFLICT');
  }
  await deps.results.scorecards.submit(candidateId, actor.id, card);
}

/** The submitted scorecards the actor may read: all for staff; for an interviewer, their own, and the others once theirs are in for every round they take. */
export async function readScorecards(actor: Actor, candidateId: string, deps: { results: ResultStore }): Promise<ScorecardRecord[]> {
  const assignments = await deps.results.assignments.listByCandidate(candidateId);
  assertAccess(canViewCandidate(actor, candidateId, assignments));
  const all = await deps.results.scorecards.listSubmitted(candidateId);
  const mine = isStaff(actor) ? false : hasSubmittedOwn(actor.id, candidateId, assignments, all);
  return all.filter((s) => canViewScorecard(actor, candidateId, s.interviewerId, assignments, mine).allowed);
}

/** The mechanical decision from the kit and every submitted scorecard, beside the evidence; kept as the candidate's decision. */
export async function decideCandidate(actor: Actor, candidateId: string, deps: { results: ResultStore }): Promise<Decision> {
  assertAccess(canDecide(actor));
  const kit = await kitOf(deps.results, candidateId);
  const cards = (await deps.results.scorecards.listSubmitted(candidateId)).map((s) => s.card);
  if (cards.length === 0) throw new UserError('no scorecard has been submitted for this candidate', 'E_NOT_READY');
  const assessment = (await deps.results.assessments.latest(candidateId))?.assessment;
  const decision = decideInterview(kit, cards, assessment);
  await deps.results.decisions.save({ candidateId, decidedBy: actor.id, decision });
  return decision;
}
