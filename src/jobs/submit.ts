// Screening a candidate as jobs: the fan-out (one job per repository to scan
// and per CV to parse), the fan-in (the assessment, queued once every input
// has a result or a recorded failure) and waiting for a batch to finish.
import type { Store } from '../store/index.js';
import { UserError } from '../util/errors.js';
import { VERSION } from '../version.js';
import type { JobQueue } from './types.js';

/** Queues what the candidate still needs; inputs with a stored result are not redone. Returns the jobs queued. */
export async function submitScreening(store: Store, queue: JobQueue, candidateId: string): Promise<string[]> {
  const candidate = await store.candidates.get(candidateId);
  if (!candidate) throw new UserError('no such candidate', 'E_NOT_FOUND');
  if (!candidate.roleId) throw new UserError('the candidate has no role to be screened against', 'E_USAGE');
  await store.candidates.setStatus(candidateId, 'screening');
  const jobs: string[] = [];
  for (const repo of await store.repositories.listByCandidate(candidateId)) {
    if (repo.scanId) continue;
    jobs.push(await queue.submit('scan-repository', { candidateId, repositoryId: repo.id }, { singletonKey: `scan:${repo.id}` }));
  }
  for (const file of await store.files.listByCandidate(candidateId)) {
    if (file.kind !== 'cv' || (await store.cvResults.get(file.id, VERSION))) continue;
    jobs.push(await queue.submit('parse-cv', { candidateId, fileId: file.id }, { singletonKey: `cv:${file.id}` }));
  }
  if (jobs.length === 0) jobs.push(...(await fanIn(store, queue, candidateId)));
  return jobs;
}

/** Queues the assessment when every input of the candidate has a result or a recorded failure. */
export async function fanIn(store: Store, queue: JobQueue, candidateId: string): Promise<string[]> {
  const candidate = await store.candidates.get(candidateId);
  if (!candidate?.roleId) return [];
  const repos = await store.repositories.listByCandidate(candidateId);
  if (repos.some((r) => !r.scanId && !r.error)) return [];
  for (const file of await store.files.listByCandidate(candidateId)) {
    if (file.kind === 'cv' && !file.error && !(await store.cvResults.get(file.id, VERSION))) return [];
  }
  // Two inputs finishing together both get here: the key makes it one job (and the assessment is keyed too).
  return [await queue.submit('assess-candidate', { candidateId, roleId: candidate.roleId }, { singletonKey: `assess:${candidateId}` })];
}

export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
}

/** Resolves when every candidate is screened or failed (or deleted); polls the store. */
export async function waitForCandidates(store: Store, candidateIds: readonly string[], options: { pollMs?: number; signal?: AbortSignal; onProgress?: (p: BatchProgress) => void } = {}): Promise<BatchProgress> {
  let last = '';
  for (;;) {
    let done = 0;
    let failed = 0;
    for (const id of candidateIds) {
      const c = await store.candidates.get(id);
      if (!c || c.status === 'screened' || c.status === 'failed') done++;
      if (c?.status === 'failed') failed++;
    }
    const progress = { done, total: candidateIds.length, failed };
    if (JSON.stringify(progress) !== last) options.onProgress?.(progress);
    last = JSON.stringify(progress);
    if (done === candidateIds.length || options.signal?.aborted) return progress;
    await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
  }
}
