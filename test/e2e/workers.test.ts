// Scale-out on the local PostgreSQL: `evident worker` processes (the built
// CLI) share one batch through pg-boss. One is killed with SIGKILL mid-job and
// the batch still completes with exactly one result per candidate; a commit
// submitted for several candidates is scanned once although two workers race
// for it; a corrupt archive fails once, with its reason, without blocking.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openQueue, submitScreening, waitForCandidates, type JobQueue } from '../../src/jobs/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { buildScreeningInputs, seedCandidates, type ScreeningInputs } from '../helpers/screening.js';
import { createTestDatabase } from '../helpers/store.js';
import { killWorkers, startWorker, waitForDrained, type WorkerProcess as Worker } from '../helpers/worker-process.js';

let inputs: ScreeningInputs;
beforeAll(async () => {
  inputs = await buildScreeningInputs();
});
afterAll(async () => {
  await inputs.cleanup();
});

describe('jobs/pg-boss workers', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let store: Store;
  let queue: JobQueue;
  const workers: Worker[] = [];

  beforeEach(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'evident-workers-'));
    store = await openStore({ databaseUrl: db.url, dataDir });
    queue = await openQueue(store, { databaseUrl: db.url, supervise: false, leaseSeconds: 5 });
  });
  afterEach(async () => {
    await killWorkers(workers);
    await queue.stop({ timeoutMs: 1000 });
    await store.close();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('completes a batch when a worker is killed mid-job: one result per candidate, a corrupt archive failed once with its reason', { timeout: 240_000 }, async () => {
    const specs = Array.from({ length: 6 }, (_, i) => ({ label: `c${i}`, archive: { name: `c${i}.zip`, bytes: inputs.zipFor(i) }, cv: inputs.cv }));
    const { roleId, ids } = await seedCandidates(store, [...specs, { label: 'corrupt', archive: { name: 'corrupt.zip', bytes: inputs.corrupt } }]);
    for (const id of ids) await submitScreening(store, queue, id);
    const again = await submitScreening(store, queue, ids[0]);
    expect(again.sort()).toEqual((await queue.list({ statuses: ['queued'] })).filter((j) => j.candidateId === ids[0]).map((j) => j.id).sort());
    expect(await queue.list()).toHaveLength(13);

    const doomed = startWorker(db.url, dataDir, 1);
    const survivor = startWorker(db.url, dataDir, 1);
    workers.push(doomed, survivor);
    const line = await doomed.waitFor(/ scan-repository running$/);
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    const killedJob = line.split(' ')[1];
    await waitForCandidates(store, ids, { pollMs: 250 });
    await waitForDrained(queue);

    for (const id of ids) {
      const rows = await store.ctx.db.selectFrom('assessments').select(['candidateId', 'roleId']).where('candidateId', '=', id).execute();
      expect(rows).toEqual([{ candidateId: id, roleId }]);
    }
    expect(await store.scans.count()).toBe(6);
    expect(await queue.get(killedJob)).toMatchObject({ status: 'completed', attempts: 2 });
    const corrupt = await store.candidates.get(ids[6]);
    expect(corrupt).toMatchObject({ status: 'screened' });
    expect(corrupt?.error).toMatch(/^cannot read archive corrupt\.zip: /);
    const failed = await queue.list({ statuses: ['failed'] });
    expect(failed.map((j) => ({ name: j.name, attempts: j.attempts, candidateId: j.candidateId, error: j.error }))).toEqual([{ name: 'scan-repository', attempts: 1, candidateId: ids[6], error: corrupt?.error }]);
  });

  it('scans a commit submitted for several candidates once, though two workers race for it', { timeout: 240_000 }, async () => {
    const same = { name: 'same.zip', bytes: inputs.zip };
    const { ids } = await seedCandidates(store, [
      { label: 'a', gitUrl: inputs.gitUrl, archive: same },
      { label: 'b', gitUrl: inputs.gitUrl, archive: same },
      { label: 'c', gitUrl: inputs.gitUrl },
      { label: 'd', gitUrl: inputs.gitUrl },
    ]);
    for (const id of ids) await submitScreening(store, queue, id);

    workers.push(startWorker(db.url, dataDir, 2), startWorker(db.url, dataDir, 2));
    await waitForCandidates(store, ids, { pollMs: 250 });
    await waitForDrained(queue);

    const walks = workers.flatMap((w) => w.lines).filter((l) => / scan-repository walk /.test(l));
    expect(walks).toHaveLength(2);
    expect(await store.scans.count()).toBe(2);
    const repos = (await Promise.all(ids.map((id) => store.repositories.listByCandidate(id)))).flat();
    expect(new Set(repos.map((r) => r.scanId)).size).toBe(2);
    expect((await queue.list({ statuses: ['completed'] })).filter((j) => j.name === 'scan-repository')).toHaveLength(6);
  });
});
