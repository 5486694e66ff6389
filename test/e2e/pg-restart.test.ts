// A PostgreSQL restart during a batch (issue 11): two `evident worker`
// processes screen a batch; once the first job is done, the local cluster is
// restarted with `pg_ctlcluster <version> <name> restart`. The workers ride
// out the lost connections and reconnect, jobs finish after the restart, and
// every candidate ends screened with exactly one assessment.
//
// The test restarts the server every other test uses, so it runs only where
// that is possible and allowed: pg_ctlcluster on the PATH, a cluster on the
// test database's port, and this user root or the cluster's owner. Anywhere
// else it is reported as not run, with the reason (never a silent pass).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, submitScreening } from '../../src/jobs/index.js';
import { openStore } from '../../src/store/index.js';
import { buildScreeningInputs, seedCandidates, type ScreeningInputs } from '../helpers/screening.js';
import { createTestDatabase, PG_ADMIN_URL } from '../helpers/store.js';
import { killWorkers, startWorker, waitForDrained, type WorkerProcess } from '../helpers/worker-process.js';

interface Cluster {
  version: string;
  name: string;
}

/** The cluster serving the test database, when this process may restart it; else why not. */
function restartableCluster(): { cluster: Cluster } | { reason: string } {
  const port = new URL(PG_ADMIN_URL).port || '5432';
  const onPath = (cmd: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, cmd)));
  if (!onPath('pg_ctlcluster') || !onPath('pg_lsclusters')) return { reason: 'pg_ctlcluster/pg_lsclusters not on the PATH (Debian postgresql-common): cannot restart PostgreSQL here' };
  let listing: string;
  try {
    listing = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  } catch (err) {
    return { reason: `pg_lsclusters failed: ${(err as Error).message}` };
  }
  const row = listing
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((f) => f[2] === port && f[3] === 'online');
  if (!row) return { reason: `no online PostgreSQL cluster on port ${port} in pg_lsclusters` };
  const [version, name, , , owner] = row;
  const me = userInfo().username;
  if (process.getuid?.() !== 0 && me !== owner) return { reason: `user ${me} may not restart cluster ${version}/${name} (owned by ${owner})` };
  return { cluster: { version, name } };
}

const target = restartableCluster();
const cannot = 'reason' in target ? target.reason : undefined;
if (cannot) console.warn(`e2e/pg-restart: NOT RUN: ${cannot}`);

/** Retries `fn` while the database is away (connection refused or terminated, starting up). */
async function whileAway<T>(fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function startedAt(): Promise<string> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    const { rows } = await client.query(`select pg_postmaster_start_time()::text as t`);
    return (rows[0] as { t: string }).t;
  } finally {
    await client.end();
  }
}

let inputs: ScreeningInputs;
beforeAll(async () => {
  inputs = await buildScreeningInputs();
});
afterAll(async () => {
  await inputs.cleanup();
});

describe('jobs/pg-boss: PostgreSQL restarted mid-batch', () => {
  it.skipIf(Boolean(cannot))(`workers reconnect and the batch completes with one result per candidate${cannot ? ` (not run: ${cannot})` : ''}`, { timeout: 300_000 }, async () => {
    const { cluster } = target as { cluster: Cluster };
    const db = await createTestDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'evident-restart-'));
    const store = await openStore({ databaseUrl: db.url, dataDir });
    const queue = await openQueue(store, { databaseUrl: db.url, supervise: false, leaseSeconds: 5 });
    const workers: WorkerProcess[] = [];
    try {
      const specs = Array.from({ length: 8 }, (_, i) => ({ label: `c${i}`, archive: { name: `c${i}.zip`, bytes: inputs.zipFor(i) }, cv: inputs.cv }));
      const { roleId, ids } = await seedCandidates(store, specs);
      for (const id of ids) await submitScreening(store, queue, id);

      workers.push(startWorker(db.url, dataDir, 1), startWorker(db.url, dataDir, 1));
      await Promise.race(workers.map((w) => w.waitFor(/ completed$/)));
      const before = await startedAt();
      const restartedAt = new Date().toISOString();
      execFileSync('pg_ctlcluster', [cluster.version, cluster.name, 'restart'], { stdio: 'ignore', timeout: 60_000 });
      expect(await whileAway(startedAt)).not.toBe(before);

      // The test's own pools lost their connections too: read through the outage.
      await whileAway(async () => {
        for (const id of ids) {
          const c = await store.candidates.get(id);
          if (c?.status !== 'screened') throw new Error(`candidate ${id} is ${c?.status}`);
        }
      }, 240_000);

      await whileAway(() => waitForDrained(queue));
      for (const w of workers) expect(w.child.exitCode, `a worker exited: ${w.errors.join('').slice(-2000)}\n${w.lines.slice(-20).join('\n')}`).toBeNull();
      for (const id of ids) {
        const rows = await store.ctx.db.selectFrom('assessments').select(['candidateId', 'roleId']).where('candidateId', '=', id).execute();
        expect(rows).toEqual([{ candidateId: id, roleId }]);
        expect((await store.candidates.get(id))?.error).toBeNull();
      }
      expect(await store.scans.count()).toBe(8);
      const jobs = await queue.list({ limit: 1000 });
      expect(jobs.filter((j) => j.status !== 'completed')).toEqual([]);
      // Work went on after the restart: the workers reconnected.
      expect(jobs.filter((j) => (j.finishedAt ?? '') > restartedAt).length).toBeGreaterThan(0);
    } finally {
      await killWorkers(workers);
      await queue.stop({ timeoutMs: 1000 });
      await store.close();
      await whileAway(() => db.drop());
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
