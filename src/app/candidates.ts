// Candidate use cases that touch every part of the product at once.
import { UserError } from '../util/errors.js';
import { assertAccess, canDeleteCandidate, type Actor } from './access.js';
import type { JobQueue, ResultStore } from './ports.js';

/**
 * Deletes a candidate and everything about them: queued and finished jobs,
 * then every row, file and cached result (the store's erase, which also
 * writes the audit entry). Staff only.
 */
export async function deleteCandidate(actor: Actor, candidateId: string, deps: { results: ResultStore; queue?: JobQueue }): Promise<void> {
  assertAccess(canDeleteCandidate(actor));
  await deps.queue?.forgetCandidate(candidateId);
  const erased = await deps.results.deleteCandidate(candidateId, actor.id);
  if (erased === undefined) throw new UserError('no such candidate', 'E_NOT_FOUND');
}
