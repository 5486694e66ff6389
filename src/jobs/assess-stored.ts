// Assesses a candidate from what the store holds (src/app/stored-assessment.ts)
// and keeps the result: the last job of a candidate's screening.
import { assessFromStore } from '../app/stored-assessment.js';
import type { Store } from '../store/index.js';

export async function assessStored(store: Store, candidateId: string, roleId: string, asOf: string): Promise<void> {
  const candidate = await store.candidates.get(candidateId);
  const role = await store.roles.get(roleId);
  if (!candidate || !role) return;
  const { assessment, failed } = await assessFromStore(store, candidate, role, asOf);
  await store.assessments.save({ candidateId, roleId, assessment });
  await store.candidates.setStatus(candidateId, 'screened', failed.length > 0 ? failed.join('; ') : null);
}
