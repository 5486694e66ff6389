import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../util/errors.js';
import { STORE_FACTORIES, type TestStore } from '../../test/helpers/store.js';
import { InProcessQueue } from './in-process.js';
import type { JobEvent, JobHandlers, JobInfo } from './types.js';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function settled(queue: InProcessQueue, count: number): Promise<JobInfo[]> {
  for (;;) {
    const jobs = await queue.list();
    if (jobs.length >= count && jobs.every((j) => j.status === 'completed' || j.status === 'failed')) return jobs;
    await new Promise((r) => setTimeout(r, 10));
  }
}

function handlers(overrides: Partial<JobHandlers>, seen: string[] = []): JobHandlers {
  return {
    'scan-repository': async (p, ctx) => {
      ctx.progress('scan', 1, 1);
      seen.push(p.repositoryId);
    },
    'parse-cv': async (p) => {
      seen.push(p.fileId);
    },
    'assess-candidate': async (p) => {
      seen.push(p.roleId);
    },
    ...overrides,
  };
}

describe.each(STORE_FACTORIES)('jobs/in-process on $name', (factory) => {
  let t: TestStore;
  let queue: InProcessQueue;
  let cand: string;

  beforeEach(async () => {
    t = await factory.create();
    cand = (await t.store.candidates.create({ label: 'c' })).id;
    queue = new InProcessQueue(t.store.ctx, { retry: { limit: 2, delayMs: 5, backoff: true } });
  });
  afterEach(async () => {
    await queue.stop();
    await t.dispose();
  });

  it('runs every job once, several at a time, with progress and state events', async () => {
    const seen: string[] = [];
    const events: JobEvent[] = [];
    queue.onEvent((e) => events.push(e));
    for (let i = 1; i <= 6; i++) await queue.submit('scan-repository', { candidateId: cand, repositoryId: ID(i) });

    await queue.work(handlers({}, seen), { concurrency: 3 });
    const jobs = await settled(queue, 6);

    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6].map(ID));
    expect(jobs.map((j) => [j.status, j.attempts])).toEqual(Array(6).fill(['completed', 1]));
    expect(events.filter((e) => e.type === 'progress')).toHaveLength(6);
    expect(events.filter((e) => e.type === 'state' && e.status === 'completed')).toHaveLength(6);
  });

  it('a store closed under a working queue raises nothing unhandled (a stop racing the last pump)', async () => {
    const unhandled: unknown[] = [];
    const record = (err: unknown) => unhandled.push(err);
    process.on('unhandledRejection', record);
    try {
      await queue.work(handlers({}, []), { concurrency: 1 });
      await t.store.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', record);
    }

    expect(unhandled).toEqual([]);
  });

  it('retries a transient failure with backoff and fails bad input once with its reason', async () => {
    let calls = 0;
    await queue.work(
      handlers({
        'scan-repository': async () => {
          calls++;
          if (calls < 3) throw new Error('connection terminated unexpectedly');
        },
        'parse-cv': async () => {
          throw new UserError('not a zip archive: /tmp/evident-x/upload.zip', 'E_SOURCE');
        },
      }),
    );
    const scan = await queue.submit('scan-repository', { candidateId: cand, repositoryId: ID(2) });
    const cv = await queue.submit('parse-cv', { candidateId: cand, fileId: ID(3) });

    await settled(queue, 2);

    expect(await queue.get(scan)).toMatchObject({ status: 'completed', attempts: 3, maxAttempts: 3 });
    expect(await queue.get(cv)).toMatchObject({ status: 'failed', attempts: 1, error: 'not a zip archive: [path]' });
    expect((await queue.list({ statuses: ['failed', 'queued'] })).map((j) => j.id)).toEqual([cv]);
    expect(await queue.retry(cv)).toBe(true);
    await settled(queue, 2);
    expect(await queue.get(cv)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await queue.retry(scan)).toBe(false);
  });

  it('gives a duplicate submission the live job, and refuses a payload with a path', async () => {
    const a = await queue.submit('assess-candidate', { candidateId: cand, roleId: ID(2) }, { singletonKey: 'assess:1' });
    const b = await queue.submit('assess-candidate', { candidateId: cand, roleId: ID(2) }, { singletonKey: 'assess:1' });

    expect(b).toBe(a);
    await expect(queue.submit('parse-cv', { candidateId: cand, fileId: '/home/me/cv.pdf' })).rejects.toThrow();
    expect(await queue.list()).toHaveLength(1);
  });

  it('picks up jobs a stopped process left running', async () => {
    await t.store.ctx.db
      .insertInto('jobs')
      .values({ id: ID(9), name: 'parse-cv', payload: JSON.stringify({ candidateId: cand, fileId: ID(2) }), candidateId: null, singletonKey: null, state: 'running', attempts: 1, maxAttempts: 3, error: null, runAfter: '2026-01-01T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z', startedAt: null, finishedAt: null })
      .execute();
    const seen: string[] = [];

    await queue.work(handlers({}, seen));
    await settled(queue, 1);

    expect(seen).toEqual([ID(2)]);
    expect(await queue.get(ID(9))).toMatchObject({ status: 'completed', attempts: 2 });
  });
});
