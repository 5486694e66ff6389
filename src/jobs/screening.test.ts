import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STORE_FACTORIES, type TestStore } from '../../test/helpers/store.js';
import { buildScreeningInputs, seedCandidates, type ScreeningInputs } from '../../test/helpers/screening.js';
import { InProcessQueue } from './in-process.js';
import { screeningHandlers } from './screening.js';
import { submitScreening, waitForCandidates } from './submit.js';

let inputs: ScreeningInputs;
beforeAll(async () => {
  inputs = await buildScreeningInputs();
});
afterAll(async () => {
  await inputs.cleanup();
});

describe.each(STORE_FACTORIES)('jobs/screening in process on $name', (factory) => {
  let t: TestStore;
  let queue: InProcessQueue;

  beforeEach(async () => {
    t = await factory.create();
    queue = new InProcessQueue(t.store.ctx, { retry: { limit: 2, delayMs: 10 } });
    await queue.work(screeningHandlers({ store: t.store, queue, allowFileUrls: true, asOf: () => '2026-01-15' }), { concurrency: 2 });
  });
  afterEach(async () => {
    await queue.stop();
    await t.dispose();
  });

  it('screens a batch from stored inputs: a shared commit scanned once, a corrupt archive failed once with its reason', async () => {
    const store = t.store;
    const { roleId, ids } = await seedCandidates(store, [
      { label: 'alice', gitUrl: inputs.gitUrl, archive: { name: 'portfolio.zip', bytes: inputs.zip }, cv: inputs.cv },
      { label: 'bob', gitUrl: inputs.gitUrl, archive: { name: 'broken.zip', bytes: inputs.corrupt } },
    ]);

    const walks = new Set<string>();
    queue.onEvent((e) => e.type === 'progress' && e.phase === 'walk' && walks.add(e.jobId));
    for (const id of ids) await submitScreening(store, queue, id);
    await submitScreening(store, queue, ids[0]);
    await waitForCandidates(store, ids, { pollMs: 20 });

    const [alice, bob] = await Promise.all(ids.map((id) => store.candidates.get(id)));
    expect(alice).toMatchObject({ status: 'screened', error: null });
    expect(bob?.status).toBe('screened');
    expect(bob?.error).toMatch(/^cannot read archive broken\.zip: /);
    const aliceRepos = await store.repositories.listByCandidate(ids[0]);
    const bobRepos = await store.repositories.listByCandidate(ids[1]);
    expect(aliceRepos[0].scanId).toBe(bobRepos[0].scanId);
    expect(aliceRepos[0].commit).toMatch(/^[0-9a-f]{40}$/);
    expect(aliceRepos[1].commit).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await store.scans.count()).toBe(2);
    // Three scan jobs succeeded, but the shared commit was walked once: two scans ran in all.
    expect(walks.size).toBe(2);
    const stored = await store.scans.get(aliceRepos[1].scanId as string);
    expect(stored?.scan.source.input).toBe('portfolio.zip');
    const assessment = await store.assessments.get(ids[0], roleId);
    expect(assessment?.assessment.claims?.length).toBeGreaterThan(0);
    expect((await store.assessments.get(ids[1], roleId))?.assessment.notes.join('\n')).toMatch(/repository 2 could not be read/);
    const jobs = await queue.list();
    const failed = jobs.filter((j) => j.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ name: 'scan-repository', attempts: 1, candidateId: ids[1] });
    expect(failed[0].error).toBe(bob?.error);
    expect(jobs.filter((j) => j.name === 'scan-repository' && j.status === 'completed')).toHaveLength(3);
  });
});
