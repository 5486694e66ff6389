import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InProcessQueue } from '../jobs/in-process.js';
import { UserError } from '../util/errors.js';
import { openStore } from '../store/index.js';
import { captureIo } from './io.js';
import { run } from './main.js';

describe('cli/jobs on the embedded store', () => {
  let dir: string;
  let db: string;
  let failedId: string;
  const saved = process.env.DATABASE_URL;

  beforeEach(async () => {
    delete process.env.DATABASE_URL;
    dir = await mkdtemp(join(tmpdir(), 'evident-cli-jobs-'));
    db = join(dir, 'evident.db');
    const store = await openStore({ dbPath: db });
    const candidate = await store.candidates.create({ label: 'c' });
    const queue = new InProcessQueue(store.ctx);
    failedId = await queue.submit('parse-cv', { candidateId: candidate.id, fileId: candidate.id });
    let settle!: () => void;
    const failed = new Promise<void>((resolve) => (settle = resolve));
    queue.onEvent((e) => e.type === 'state' && e.status === 'failed' && settle());
    const never = () => new Promise<void>(() => {});
    await queue.work(
      {
        'parse-cv': async () => {
          throw new UserError('the CV is not a PDF, DOCX or text file', 'E_CV');
        },
        'scan-repository': never,
        'assess-candidate': never,
      },
      { concurrency: 1 },
    );
    await failed;
    await queue.stop({ timeoutMs: 10 });
    await new InProcessQueue(store.ctx).submit('scan-repository', { candidateId: candidate.id, repositoryId: candidate.id });
    await store.close();
  });
  afterEach(async () => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('lists jobs with their reasons, filters by status and retries a failed one', async () => {
    const all = captureIo();
    expect(await run(['jobs', '--db', db], all)).toBe(0);
    expect(all.stdout().split('\n')[0]).toBe('queued 1 · failed 1');
    expect(all.stdout()).toContain(`${failedId}  parse-cv          failed     1/4    the CV is not a PDF, DOCX or text file`);

    const failed = captureIo();
    expect(await run(['jobs', '--db', db, '--status', 'failed', '--json'], failed)).toBe(0);
    expect(JSON.parse(failed.stdout())).toMatchObject([{ id: failedId, status: 'failed', error: 'the CV is not a PDF, DOCX or text file' }]);
    // One way to ask for output: --format json --out FILE, as every command takes.
    const file = join(dir, 'jobs.json');
    expect(await run(['jobs', '--db', db, '--format', 'json', '--out', file], captureIo())).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveLength(2);

    const retry = captureIo();
    expect(await run(['jobs', 'retry', failedId, '--db', db], retry)).toBe(0);
    expect(retry.stdout()).toBe(`queued ${failedId} again\n`);
    const again = captureIo();
    expect(await run(['jobs', 'retry', failedId, '--db', db], again)).toBe(2);
    expect(again.stderr()).toBe(`evident: no failed job ${failedId}\n`);
  });

  it('refuses an unknown status and a bad concurrency in one line', async () => {
    const io = captureIo();
    expect(await run(['jobs', '--db', db, '--status', 'stuck'], io)).toBe(2);
    expect(io.stderr()).toBe('evident: unknown status stuck (queued, retry, running, completed, failed)\n');
    const worker = captureIo();
    expect(await run(['worker', '--db', db, '--concurrency', '0'], worker)).toBe(2);
    expect(worker.stderr()).toBe('evident: --concurrency must be a whole number from 1 to 64\n');
  });
});
