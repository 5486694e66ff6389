// Scale-out benchmark: `npm run build && npm run bench:scale [-- --count N] [--workers 1,2,4] [--keep]`.
// Needs PostgreSQL (EVIDENT_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test).
// Writes N synthetic candidates once (bench/synthetic-candidates.ts: a Markdown
// CV, a git repository and two plain folders each), then for each worker count
// ranks that same folder the way a user does: a fresh database,
// `evident rank --submit` (which packs and stores every candidate and queues
// the jobs), then that many `evident worker --concurrency 1` processes, until
// `rank` prints the table. Prints per run: jobs and candidates per minute, the
// speed-up over one worker (the scaling curve), the database connections each
// worker held, and the idle gap between two jobs of a lane (the fetch). Then
// the queue's own cost per job with tiny jobs, and the figures that bound a
// fleet of many machines: max_connections, the result table's write rate,
// the bytes a job fetches.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRoleFile, templatePath } from '../src/assess/role-profile.js';
import { PgBossQueue } from '../src/jobs/pg-boss.js';
import { openStore } from '../src/store/index.js';
import { ADMIN, arg, BIN, cpuOf, freshDatabase, query } from './pg-bench.js';
import { writeSyntheticCandidates } from './synthetic-candidates.js';

/** A child's output lines, with a promise for the first matching one. */
function lines(child: ChildProcess, stream: 'stdout' | 'stderr'): { all: string[]; first: (re: RegExp) => Promise<string> } {
  const all: string[] = [];
  const waiters: Array<[RegExp, (l: string) => void]> = [];
  let rest = '';
  child[stream]?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const l of parts) {
      all.push(l);
      for (const w of waiters.filter(([re]) => re.test(l))) waiters.splice(waiters.indexOf(w), 1)[0][1](l);
    }
  });
  return { all, first: (re) => new Promise((resolve) => (all.find((l) => re.test(l)) ? resolve(all.find((l) => re.test(l)) as string) : waiters.push([re, resolve]))) };
}

interface Run {
  workers: number;
  /** `rank --submit` packing, storing and queueing the batch, ms. */
  submitMs: number;
  /** From the workers' start until `rank` printed the table, ms. */
  wallMs: number;
  jobs: number;
  candidates: number;
  ranked: number;
  /** Most connections to the database held by the workers at once, per worker. */
  connectionsPerWorker: number;
  /** Median gap on a lane between a job's completion and the next job's start, ms. */
  laneGapMs: number;
  scanRows: number;
  scanBytes: number;
  /** CPU time of the worker processes (their threads and git children), ms: not inflated by other load. */
  cpuMs: number;
  /** Bytes of the stored repositories (bundles and .tar.gz) a worker fetched, on average per repository. */
  repoBytes: number;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);

/** Gaps between `completed` and the next `running` of one worker (one lane), from its timestamped lines. */
function laneGaps(out: string[]): number[] {
  const gaps: number[] = [];
  let last: number | undefined;
  for (const l of out) {
    const m = /^(\S+) \S+ \S+ (running|completed|failed|retry)/.exec(l);
    if (!m) continue;
    const t = Date.parse(m[1]);
    if (m[2] === 'running' && last !== undefined) gaps.push(t - last);
    else if (m[2] !== 'running') last = t;
  }
  return gaps;
}

async function runBatch(candidatesDir: string, workers: number): Promise<Run> {
  const db = await freshDatabase('evident_scale');
  const dataDir = await mkdtemp(join(tmpdir(), 'evident-scale-data-'));
  const env = { ...process.env, DATABASE_URL: db.url };
  const started: ChildProcess[] = [];
  try {
    const t0 = performance.now();
    const rank = spawn(process.execPath, [BIN, 'rank', '--template', 'python-ai-engineer', candidatesDir, '--submit', '--data-dir', dataDir, '--format', 'csv'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(rank);
    const rankErr = lines(rank, 'stderr');
    const rankOut = lines(rank, 'stdout');
    const exited = new Promise<number | null>((resolve) => rank.on('exit', resolve));
    const submitted = await Promise.race([rankErr.first(/^submitted /), exited.then(() => undefined)]);
    if (!submitted) throw new Error(`rank --submit stopped: ${rankErr.all.join('\n')}`);
    const submitMs = performance.now() - t0;
    // The workers' connections: those opened since they started (rank's own were opened before).
    const since = (await query<{ t: string }>(ADMIN, `select now()::text as t`))[0].t;
    const start = performance.now();
    const outs = Array.from({ length: workers }, () => {
      const child = spawn(process.execPath, [BIN, 'worker', '--concurrency', '1', '--data-dir', dataDir], { env, stdio: ['ignore', 'pipe', 'ignore'] });
      started.push(child);
      return lines(child, 'stdout');
    });
    let peak = 0;
    const sampler = setInterval(() => {
      query<{ n: string }>(ADMIN, `select count(*) as n from pg_stat_activity where datname = $1 and backend_start >= $2::timestamptz`, [db.name, since])
        .then((r) => (peak = Math.max(peak, Number(r[0].n))))
        .catch(() => {});
    }, 500);
    const code = await exited;
    const wallMs = performance.now() - start;
    clearInterval(sampler);
    let cpuMs = 0;
    for (const c of started.slice(1)) cpuMs += await cpuOf(c.pid);
    if (code !== 0 && code !== 1) throw new Error(`rank --submit exited with ${code}: ${rankErr.all.slice(-5).join('\n')}`);
    for (const c of started) c.kill('SIGTERM');
    const jobs = Number((await query<{ n: string }>(db.url, `select count(*) as n from (select id from pgboss.job where name not like '\\_\\_%' and state = 'completed' union all select id from pgboss.archive where state = 'completed') j`))[0].n);
    const [scans] = await query<{ n: string; bytes: string }>(db.url, `select count(*) as n, coalesce(sum(octet_length(result)), 0) as bytes from scan_results`);
    const [repos] = await query<{ bytes: string; n: string }>(db.url, `select coalesce(sum(size), 0) as bytes, count(*) as n from files where kind = 'archive'`);
    const candidates = Number((await query<{ n: string }>(db.url, `select count(*) as n from candidates`))[0].n);
    return {
      workers,
      submitMs,
      wallMs,
      jobs,
      candidates,
      // The CSV: a header, then one line per ranked candidate (low coverage ones have no rank number).
      ranked: rankOut.all.filter((l) => l.trim()).length - 1,
      cpuMs,
      connectionsPerWorker: peak / workers,
      laneGapMs: median(outs.flatMap((o) => laneGaps(o.all))),
      scanRows: Number(scans.n),
      scanBytes: Number(scans.bytes),
      repoBytes: Number(repos.bytes) / Math.max(1, Number(repos.n)),
    };
  } finally {
    for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The queue's own cost: `count` tiny jobs queued, then one lane (polling every
 * 5 ms when idle) takes and completes them with a no-op handler. Per job: the
 * total over the count, and the median from queueing to start while the lane
 * waits for work (each job queued alone).
 */
async function overhead(count: number): Promise<{ perJobMs: number; latencyMs: number }> {
  const db = await freshDatabase('evident_scale');
  const dataDir = await mkdtemp(join(tmpdir(), 'evident-scale-data-'));
  const store = await openStore({ databaseUrl: db.url, dataDir });
  const queue = await PgBossQueue.open({ databaseUrl: db.url, supervise: false, pollMs: 5 });
  try {
    const role = await store.roles.create({ profile: loadRoleFile(templatePath('python-ai-engineer')) });
    const candidate = await store.candidates.create({ label: 'x', roleId: role.id });
    const payload = { candidateId: candidate.id, roleId: role.id };
    for (let i = 0; i < count; i++) await queue.submit('assess-candidate', payload);
    let done = 0;
    let onDone: () => void = () => {};
    const started = new Map<string, number>();
    queue.onEvent((e) => {
      if (e.type !== 'state') return;
      if (e.status === 'running') started.set(e.jobId, performance.now());
      if (e.status === 'completed' && ++done >= count) onDone();
    });
    const all = new Promise<void>((resolve) => (onDone = resolve));
    const noop = async () => {};
    const t0 = performance.now();
    await queue.work({ 'scan-repository': noop, 'parse-cv': noop, 'assess-candidate': noop }, { concurrency: 1 });
    await all;
    const perJobMs = (performance.now() - t0) / count;
    // Latency: one job at a time into an idle lane.
    const latencies: number[] = [];
    for (let i = 0; i < 50; i++) {
      const at = performance.now();
      const id = await queue.submit('assess-candidate', payload);
      while (!started.has(id)) await new Promise((r) => setTimeout(r, 1));
      latencies.push((started.get(id) as number) - at);
    }
    return { perJobMs, latencyMs: median(latencies) };
  } finally {
    await queue.stop({ timeoutMs: 1000 });
    await store.close();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Stored scan results written one per transaction, as jobs write them: rows a second on this server. */
async function resultWriteRate(bytes: number, count: number): Promise<number> {
  const db = await freshDatabase('evident_scale');
  const dataDir = await mkdtemp(join(tmpdir(), 'evident-scale-data-'));
  const store = await openStore({ databaseUrl: db.url, dataDir });
  try {
    const doc = JSON.stringify({ pad: 'x'.repeat(Math.max(0, Math.round(bytes) - 12)) });
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      await store.ctx.db
        .insertInto('scanResults')
        .values({ id: `${randomBytes(16).toString('hex')}`, commit: `sha256:${i}`, analyserVersion: 'bench', variant: '', result: doc, createdAt: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['commit', 'analyserVersion', 'variant']).doNothing())
        .execute();
    }
    return count / ((performance.now() - t0) / 1000);
  } finally {
    await store.close();
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const count = Number(arg('--count', '100'));
  const counts = arg('--workers', '1,2,4').split(',').map(Number);
  const root = await mkdtemp(join(tmpdir(), 'evident-scale-bench-'));
  const repos = await writeSyntheticCandidates(root, count);
  const maxConnections = Number((await query<{ max_connections: string }>(ADMIN, 'SHOW max_connections'))[0].max_connections);
  console.log(`scale bench: ${count} synthetic candidates (${repos} repositories, ${count} CVs) ranked with rank --submit and evident worker processes; pg-boss on PostgreSQL; ${availableParallelism()} CPU cores`);
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows every row alike)`);
  console.log('workers  submit    wall      jobs  jobs/min  candidates/min  speed-up  CPU/job  conns/worker  lane gap');
  const runs: Run[] = [];
  for (const workers of counts) {
    const run = await runBatch(root, workers);
    runs.push(run);
    const perMin = (run.jobs / run.wallMs) * 60_000;
    const base = (runs[0].jobs / runs[0].wallMs) * 60_000;
    const row = [
      String(workers).padEnd(7),
      `${(run.submitMs / 1000).toFixed(1)} s`.padEnd(9),
      `${(run.wallMs / 1000).toFixed(1)} s`.padEnd(9),
      String(run.jobs).padEnd(5),
      perMin.toFixed(0).padEnd(9),
      ((run.candidates / run.wallMs) * 60_000).toFixed(1).padEnd(15),
      `${(perMin / base).toFixed(2)}×`.padEnd(9),
      `${(run.cpuMs / run.jobs).toFixed(0)} ms`.padEnd(8),
      run.connectionsPerWorker.toFixed(1).padEnd(13),
      `${run.laneGapMs.toFixed(0)} ms`,
    ];
    console.log(`${row.join(' ')}${run.ranked !== count ? `  (${run.ranked} of ${count} ranked)` : ''}`);
  }
  console.log('\nscaling curve (candidates/min; # = 5):');
  for (const run of runs) {
    const perMin = (run.candidates / run.wallMs) * 60_000;
    console.log(`  ${String(run.workers).padStart(2)} worker${run.workers > 1 ? 's' : ' '} ${'#'.repeat(Math.round(perMin / 5)).padEnd(40)} ${perMin.toFixed(1)}`);
  }
  const cpuPerJob = runs.reduce((n, r) => n + r.cpuMs, 0) / runs.reduce((n, r) => n + r.jobs, 0);
  console.log(`  CPU bound on this machine: ${availableParallelism()} cores / ${cpuPerJob.toFixed(0)} ms of worker CPU per job = ${((availableParallelism() * 60_000) / cpuPerJob).toFixed(0)} jobs/min at most`);
  const cost = await overhead(500);
  console.log(`\nqueue overhead: ${cost.perJobMs.toFixed(1)} ms per job (500 no-op jobs on one lane: fetch + completion), ${cost.latencyMs.toFixed(1)} ms from queueing to start into an idle lane (median of 50)`);
  const last = runs[runs.length - 1];
  const scanAvg = last.scanBytes / Math.max(1, last.scanRows);
  const writes = await resultWriteRate(scanAvg, 1000);
  const perWorker = Math.max(...runs.map((r) => r.connectionsPerWorker));
  console.log('\nwhat bounds a fleet of many machines:');
  console.log(`  connections: max_connections = ${maxConnections}; a worker (--concurrency 1) held up to ${perWorker.toFixed(1)} at once (configured pools: pg-boss 4 + store 2 × 1 + 2 = 8) → about ${Math.floor((maxConnections - 3) / 8)} such workers by their pools' bound`);
  console.log(`  result table: ${last.scanRows} scan results of ${(scanAvg / 1024).toFixed(1)} KiB on average; ${writes.toFixed(0)} such rows a second written one per transaction on this server (1000 rows), against ${((last.scanRows / last.wallMs) * 1000).toFixed(1)} a second needed by ${last.workers} workers`);
  console.log(`  fetching repositories: ${(last.repoBytes / 1024).toFixed(1)} KiB per stored repository (bundle or .tar.gz) here`);
  if (process.argv.includes('--keep')) console.log(`candidates kept in ${root}`);
  else await rm(root, { recursive: true, force: true });
}

await main();
