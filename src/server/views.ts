// What a reader may see of a candidate: the candidate itself (404 when they
// may not see it at all), with identity hidden from interviewers in a blind
// role, and their files and repositories as plain records.
import { assertAccess, canSeeIdentity, canViewCandidate, type Actor } from '../app/access.js';
import type { Assignment, Candidate, Repository, Role, StoredFile } from '../store/index.js';
import type { RouteContext } from './context.js';
import { httpError } from './errors.js';

export interface CandidateAccess {
  candidate: Candidate;
  role: Role | undefined;
  assignments: Assignment[];
  /** False for an interviewer in a blind role. */
  identity: boolean;
}

/** The candidate and what goes with it, when the actor may see them; else 404. */
export async function candidateFor(ctx: RouteContext, actor: Actor, candidateId: string): Promise<CandidateAccess> {
  const candidate = await ctx.store.candidates.get(candidateId);
  if (!candidate) throw httpError('E_NOT_FOUND', 'no such candidate');
  const assignments = await ctx.store.assignments.listByCandidate(candidate.id);
  assertAccess(canViewCandidate(actor, candidate.id, assignments));
  const role = candidate.roleId ? await ctx.store.roles.get(candidate.roleId) : undefined;
  return { candidate, role, assignments, identity: canSeeIdentity(actor, role?.blind ?? false) };
}

export function blindLabel(candidateId: string): string {
  return `Candidate ${candidateId.slice(0, 8)}`;
}

export function candidateView(candidate: Candidate, identity: boolean): Candidate {
  return identity ? candidate : { ...candidate, label: blindLabel(candidate.id), emails: [], names: [], error: candidate.error ? 'an input could not be read' : null };
}

export function fileView(file: StoredFile) {
  return { id: file.id, kind: file.kind, originalName: file.originalName, size: file.size, sha256: file.sha256, error: file.error, createdAt: file.createdAt };
}

export function repositoryView(repo: Repository) {
  return { id: repo.id, url: repo.url, fileId: repo.fileId, commit: repo.commit, scanned: repo.scanId !== null, error: repo.error, createdAt: repo.createdAt };
}
