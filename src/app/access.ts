// Who may do what (issue 10): pure functions over the actor, the candidate's
// assignments and what the actor has submitted. An admin manages users; an
// admin or a recruiter manages roles and candidates, reads every result and
// decides; an interviewer sees only the candidates they are assigned to, and
// sees other interviewers' scorecards only after submitting their own. A
// candidate the actor may not see is reported as not found (404), so its
// existence does not leak; a forbidden action on a visible one is 403.
import type { UserRole } from '../model/index.js';
import { UserError } from '../util/errors.js';
import type { AssignmentRecord } from './ports.js';

/** The signed-in user a use case acts for. */
export interface Actor {
  id: string;
  role: UserRole;
}

export type Access = { allowed: true } | { allowed: false; status: 403 | 404; reason: string };

const ALLOWED: Access = { allowed: true };
const forbidden = (reason: string): Access => ({ allowed: false, status: 403, reason });
const notFound = (reason: string): Access => ({ allowed: false, status: 404, reason });

/** Admins and recruiters run hiring: roles, candidates, results, decisions. */
export function isStaff(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'recruiter';
}

/** Inviting users, changing their roles, removing them: admins only. */
export function canManageUsers(actor: Actor): Access {
  return actor.role === 'admin' ? ALLOWED : forbidden('only an admin manages users');
}

/** Creating and editing roles, creating candidates, uploading their files, screening, assigning interviewers. */
export function canManageHiring(actor: Actor): Access {
  return isStaff(actor) ? ALLOWED : forbidden('only an admin or a recruiter can do this');
}

/** Deleting a candidate and everything about them. */
export function canDeleteCandidate(actor: Actor): Access {
  return canManageHiring(actor);
}

/** Reading the audit log. */
export function canReadAudit(actor: Actor): Access {
  return actor.role === 'admin' ? ALLOWED : forbidden('only an admin reads the audit log');
}

/** Whether the actor is assigned to any round of the candidate. */
export function isAssigned(actor: Actor, candidateId: string, assignments: readonly AssignmentRecord[]): boolean {
  return assignments.some((a) => a.candidateId === candidateId && a.interviewerId === actor.id);
}

/** Seeing a candidate at all (their page, assessment and kit): staff, or an interviewer assigned to them. */
export function canViewCandidate(actor: Actor, candidateId: string, assignments: readonly AssignmentRecord[]): Access {
  if (isStaff(actor) || isAssigned(actor, candidateId, assignments)) return ALLOWED;
  return notFound('no such candidate');
}

/** The candidates of `all` the actor may see, in their order. */
export function visibleCandidates<T extends { id: string }>(actor: Actor, all: readonly T[], assignments: readonly AssignmentRecord[]): T[] {
  return isStaff(actor) ? [...all] : all.filter((c) => isAssigned(actor, c.id, assignments));
}

/** Submitting a scorecard for a round: only the interviewer assigned to that round. */
export function canSubmitScorecard(actor: Actor, candidateId: string, round: number, assignments: readonly AssignmentRecord[]): Access {
  const view = canViewCandidate(actor, candidateId, assignments);
  if (!view.allowed) return view;
  const mine = assignments.some((a) => a.candidateId === candidateId && a.interviewerId === actor.id && a.round === round);
  return mine ? ALLOWED : forbidden(`you are not assigned to round ${round} of this candidate`);
}

/**
 * Reading the scorecard `ownerId` filed for a candidate: your own always;
 * another's when you are staff, or an assigned interviewer who has submitted
 * their own (so that no one's ratings are anchored on another's).
 */
export function canViewScorecard(actor: Actor, candidateId: string, ownerId: string, assignments: readonly AssignmentRecord[], actorHasSubmitted: boolean): Access {
  const view = canViewCandidate(actor, candidateId, assignments);
  if (!view.allowed) return view;
  if (ownerId === actor.id || isStaff(actor)) return ALLOWED;
  return actorHasSubmitted ? ALLOWED : forbidden('submit your own scorecard before reading the others');
}

/**
 * Whether the actor has "submitted their own": a card for every round of
 * the candidate they are assigned (an interviewer taking two rounds must not
 * read the others' ratings before rating the second); with no assignment
 * left, any card of theirs counts. Staff never need to.
 */
export function hasSubmittedOwn(actorId: string, candidateId: string, assignments: readonly AssignmentRecord[], submitted: ReadonlyArray<{ interviewerId: string; card: { round: number } }>): boolean {
  const done = new Set(submitted.filter((s) => s.interviewerId === actorId).map((s) => s.card.round));
  const rounds = assignments.filter((a) => a.candidateId === candidateId && a.interviewerId === actorId).map((a) => a.round);
  return rounds.length > 0 ? rounds.every((r) => done.has(r)) : done.size > 0;
}

/** The decision view (aggregate, spread, disagreements): staff, or an assigned interviewer once their own scorecard is in. */
export function canViewDecision(actor: Actor, candidateId: string, assignments: readonly AssignmentRecord[], actorHasSubmitted: boolean): Access {
  const view = canViewCandidate(actor, candidateId, assignments);
  if (!view.allowed) return view;
  return isStaff(actor) || actorHasSubmitted ? ALLOWED : forbidden('submit your own scorecard before reading the decision');
}

/** Recording the decision: staff only. */
export function canDecide(actor: Actor): Access {
  return canManageHiring(actor);
}

/** In a blind role, interviewers see the candidate's label, never their name, contacts or links. */
export function canSeeIdentity(actor: Actor, blindRole: boolean): boolean {
  return !blindRole || isStaff(actor);
}

/** Throws the refusal as a UserError (`E_FORBIDDEN` → 403, `E_NOT_FOUND` → 404); returns when allowed. */
export function assertAccess(access: Access): void {
  if (access.allowed) return;
  throw new UserError(access.reason, access.status === 404 ? 'E_NOT_FOUND' : 'E_FORBIDDEN');
}
