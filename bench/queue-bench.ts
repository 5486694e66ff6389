// Queue benchmark: `npm run build && node dist/bench/queue-bench.js [--count N] [--workers 1,2,4] [--keep]`.
// Needs PostgreSQL (EVIDENT_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test).
// For each worker count: a fresh database, N synthetic candidates stored
// (a Markdown CV, one git repository by file:// URL and two archives each),
// screening submitted as jobs, then that many `evident worker` processes
// (concurrency 1 each) started; prints wall time, jobs and candidates per
// minute and the speed-up over one worker. Then the queue's own cost per job:
// no-op jobs through pg-boss (fetch + complete), one lane.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadRoleFile, templatePath } from '../src/assess/role-profile.js';
import { PgBossQueue } from '../src/jobs/pg-boss.js';
import { submitScreening, waitForCandidates } from '../src/jobs/submit.js';
import { openStore, type Store } from '../src/store/index.js';
import { arg, BIN, cpuOf, freshDatabase } from './pg-bench.js';
import { writeSyntheticCandidates } from './synthetic-candidates.js';

const exec = promisify(execFile);
/** Stores the synthetic candidates; returns their ids. */
async function seed(store: Store, root: string): Promise<string[]> {
  const role = await store.roles.create({ profile: loadRoleFile(templatePath('python-ai-engineer')) });
  const ids: string[] = [];
  for (const folder of (await readdir(root)).sort()) {
    const dir = join(root, folder);
    const n = Number(folder.replace(/\D/g, ''));
    const c = await store.candidates.create({ label: folder, roleId: role.id, emails: [`person${n}@example.org`] });
    await store.files.put({ candidateId: c.id, kind: 'cv', originalName: 'cv.md', content: await readFile(join(dir, 'cv.md')) });
    await store.repositories.add({ candidateId: c.id, url: `file://${join(dir, 'repo-1')}` });
    for (const repo of ['repo-2', 'repo-3']) {
      const archive = join(dir, `${repo}.tar.gz`);
      const file = await store.files.put({ candidateId: c.id, kind: 'archive', originalName: `${repo}.tar.gz`, content: await readFile(archive) });
      await store.repositories.add({ candidateId: c.id, fileId: file.id });
    }
    ids.push(c.id);
  }
  return ids;
}

interface BatchRun {
  wallMs: number;
  jobs: number;
  candidates: number;
  failed: number;
  /** Mean size of a stored scan result (JSON with cited lines), bytes. */
  scanBytes: number;
  /** CPU time of the worker processes (all threads), ms: unlike wall time, not inflated by other load on the machine. */
  cpuMs: number;
}

async function runBatch(root: string, workers: number): Promise<BatchRun> {
  const db = await freshDatabase('evident_bench');
  const dataDir = await mkdtemp(join(tmpdir(), 'evident-bench-data-'));
  const store = await openStore({ databaseUrl: db.url, dataDir });
  const queue = await PgBossQueue.open({ databaseUrl: db.url, supervise: false });
  try {
    const ids = await seed(store, root);
    for (const id of ids) await submitScreening(store, queue, id);
    const start = performance.now();
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, [BIN, 'worker', '--concurrency', '1', '--allow-file-urls', '--data-dir', dataDir], { env: { ...process.env, DATABASE_URL: db.url }, stdio: 'ignore' }),
    );
    const progress = await waitForCandidates(store, ids, { pollMs: 200 });
    const wallMs = performance.now() - start;
    let cpuMs = 0;
    for (const child of children) cpuMs += await cpuOf(child.pid);
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => c.on('exit', r))));
    const jobs = (await queue.list({ limit: 10_000, statuses: ['completed', 'failed'] })).length;
    const sizes = await store.ctx.db.selectFrom('scanResults').select('result').execute();
    const scanBytes = sizes.reduce((n, r) => n + Buffer.byteLength(r.result), 0) / Math.max(1, sizes.length);
    return { wallMs, jobs, candidates: ids.length, failed: progress.failed, scanBytes, cpuMs };
  } finally {
    await queue.stop({ timeoutMs: 1000 });
    await store.close();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The queue's own cost: no-op jobs through pg-boss, one lane, submit excluded. */
async function overhead(count: number): Promise<number> {
  const db = await freshDatabase('evident_bench');
  const dataDir = await mkdtemp(join(tmpdir(), 'evident-bench-data-'));
  const store = await openStore({ databaseUrl: db.url, dataDir });
  const queue = await PgBossQueue.open({ databaseUrl: db.url, supervise: false, pollMs: 5 });
  try {
    const role = await store.roles.create({ profile: loadRoleFile(templatePath('python-ai-engineer')) });
    const candidate = await store.candidates.create({ label: 'x', roleId: role.id });
    for (let i = 0; i < count; i++) await queue.submit('assess-candidate', { candidateId: candidate.id, roleId: role.id });
    let done = 0;
    let finished!: () => void;
    const all = new Promise<void>((resolve) => (finished = resolve));
    queue.onEvent((e) => e.type === 'state' && e.status === 'completed' && ++done === count && finished());
    const noop = async () => {};
    const start = performance.now();
    await queue.work({ 'scan-repository': noop, 'parse-cv': noop, 'assess-candidate': noop }, { concurrency: 1 });
    await all;
    return (performance.now() - start) / count;
  } finally {
    await queue.stop({ timeoutMs: 1000 });
    await store.close();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const count = Number(arg('--count', '100'));
  const counts = arg('--workers', '1,2,4').split(',').map(Number);
  const root = await mkdtemp(join(tmpdir(), 'evident-queue-bench-'));
  await writeSyntheticCandidates(root, count);
  for (const folder of await readdir(root)) {
    for (const repo of ['repo-2', 'repo-3']) await exec('tar', ['-czf', join(root, folder, `${repo}.tar.gz`), '-C', join(root, folder, repo), '.']);
  }
  console.log(`queue bench: ${count} synthetic candidates (${count * 3} repositories, ${count} CVs), pg-boss on PostgreSQL, ${availableParallelism()} CPU cores`);
  console.log(`load average at start: ${loadavg()[0].toFixed(1)} (other work on the machine slows every row alike)`);
  console.log('workers  wall       jobs  jobs/min  candidates/min  speed-up  worker CPU per job');
  let base: number | undefined;
  let scanBytes = 0;
  for (const workers of counts) {
    const run = await runBatch(root, workers);
    const perMin = (run.jobs / run.wallMs) * 60_000;
    base ??= perMin;
    const line = [String(workers).padEnd(7), `${(run.wallMs / 1000).toFixed(1)} s`.padEnd(10), String(run.jobs).padEnd(5), perMin.toFixed(0).padEnd(9), ((run.candidates / run.wallMs) * 60_000).toFixed(1).padEnd(15), `${(perMin / base).toFixed(2)}×`.padEnd(9), `${(run.cpuMs / run.jobs).toFixed(0)} ms`];
    console.log(`${line.join(' ')}${run.failed ? `  (${run.failed} candidates failed)` : ''}`);
    scanBytes = run.scanBytes;
  }
  console.log(`stored scan result: ${(scanBytes / 1024).toFixed(1)} KiB on average`);
  const perJob = await overhead(500);
  console.log(`queue overhead: ${perJob.toFixed(1)} ms per job (no-op jobs, fetch + complete, one lane, 500 jobs)`);
  if (process.argv.includes('--keep')) console.log(`candidates kept in ${root}`);
  else await rm(root, { recursive: true, force: true });
}

await main();
