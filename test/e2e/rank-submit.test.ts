// `evident rank --submit` on the local PostgreSQL: the built CLI stores a
// folder of candidates (a git work tree packed as a bundle with its history,
// a plain folder as a .tar.gz, a zip archive, Markdown CVs), queues their
// screening, shows progress on stderr while an `evident worker` process works
// the jobs, and prints the ranking when all are done: the same ranking as
// `rank` without --submit. Job payloads hold ids only, never a local path.
import { execFile, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, CANDIDATE_REPO, cvText, KWAME } from '../helpers/candidate.js';
import { buildGitRepo } from '../helpers/git.js';
import { createTestDatabase } from '../helpers/store.js';
import { BIN, killWorkers, startWorker, type WorkerProcess } from '../helpers/worker-process.js';
import { buildZip } from '../helpers/zip.js';
import { captureIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

let root: string;
let cleanupRepo: () => Promise<void>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'evident-submit-test-'));
  const repo = await buildGitRepo([{ name: ALICE.name, email: ALICE.email, date: '2025-06-01T10:00:00Z', files: CANDIDATE_REPO }]);
  cleanupRepo = repo.cleanup;
  const batch = join(root, 'batch');
  // alice: a git work tree (history: her commits) and a candidate.yaml naming her address.
  await mkdir(join(batch, 'alice'), { recursive: true });
  await cp(repo.root, join(batch, 'alice', 'shop-model'), { recursive: true });
  await writeFile(join(batch, 'alice', 'cv.md'), cvText(ALICE));
  await writeFile(join(batch, 'alice', 'candidate.yaml'), `emails: [${ALICE.email}]\n`);
  // kwame: a plain folder (no git) and a zip archive.
  await mkdir(join(batch, 'kwame', 'toy'), { recursive: true });
  await writeFile(join(batch, 'kwame', 'cv.md'), cvText(KWAME));
  await writeFile(join(batch, 'kwame', 'toy', 'app.py'), 'import fastapi\n\napp = fastapi.FastAPI()\n');
  await writeFile(join(batch, 'kwame', 'models.zip'), buildZip(Object.entries(CANDIDATE_REPO).map(([name, data]) => ({ name, data }))));
  // broken: nothing to screen, a failure of the batch that blocks nothing.
  await mkdir(join(batch, 'broken'), { recursive: true });
  await writeFile(join(batch, 'broken', 'notes.txt'), 'nothing here\n');
  await mkdir(join(root, 'out'));
});

afterAll(async () => {
  await cleanupRepo();
  await rm(root, { recursive: true, force: true });
});

const running = new Set<ChildProcess>();

/** Runs the built CLI; a run still going when its test ends is killed. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      running.delete(child);
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    running.add(child);
  });
}

interface RankJson {
  candidates: Array<{ rank: number | null; id: string; label: string; fit: number; gatesMet: number; assessment: { signals: unknown[] } }>;
  failures: Array<{ id: string; error: string }>;
}

/** The candidates' ids, labels, ranks, fits and gates, in order. */
const summary = (r: RankJson) => r.candidates.map((x) => ({ id: x.id, rank: x.rank, label: x.label, fit: x.fit, gatesMet: x.gatesMet }));

describe('cli/rank --submit', () => {
  it('queues the batch for a worker, shows progress on stderr and prints the same ranking as rank', { timeout: 300_000 }, async () => {
    const db = await createTestDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'evident-submit-data-'));
    const workers: WorkerProcess[] = [];
    try {
      const submitted = cli(['rank', '--template', 'applied-ml-engineer', 'batch', '--submit', '--data-dir', dataDir, '--format', 'json', '--out', 'out/submitted.json'], { DATABASE_URL: db.url });
      workers.push(startWorker(db.url, dataDir, 2));
      const local = await cli(['rank', '--template', 'applied-ml-engineer', 'batch', '--format', 'json', '--out', 'out/local.json'], { DATABASE_URL: '' });
      const result = await submitted;

      // 5 jobs: alice's repository and CV, kwame's two repositories and CV (assessments follow).
      expect(result.stderr.split('\n').filter((l) => !l.startsWith('screening: '))).toEqual(['submitted 2 of 3 candidates (5 jobs) for evident worker; waiting', '']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/screening: 0\/2 candidates done\n/);
      expect(result.stderr).toMatch(/screening: 2\/2 candidates done\n/);
      expect(result.stdout).toContain(`wrote json to ${join(root, 'out/submitted.json')}`);
      const ranked = JSON.parse(await readFile(join(root, 'out/submitted.json'), 'utf8')) as RankJson;
      const here = JSON.parse(await readFile(join(root, 'out/local.json'), 'utf8')) as RankJson;
      expect(local.code).toBe(1);
      expect(ranked.failures).toEqual([{ id: 'broken', error: 'no CV file and no repositories in the folder' }]);
      expect(summary(ranked)).toEqual(summary(here));
      expect(summary(ranked).map((x) => x.id)).toEqual(expect.arrayContaining(['alice', 'kwame']));

      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        // Every payload value is an id: no local path reached the queue.
        const { rows } = await client.query(`select name, data from pgboss.job where name not like '\\_\\_%' union all select name, data from pgboss.archive`);
        expect(rows.length).toBeGreaterThanOrEqual(2 * 2 + 3);
        for (const row of rows as Array<{ data: Record<string, string> }>) for (const value of Object.values(row.data)) expect(value).toMatch(/^[0-9a-f-]{36}$/);
        const files = await client.query(`select original_name as name, kind from files order by original_name`);
        expect(files.rows).toEqual([
          { name: 'cv.md', kind: 'cv' },
          { name: 'cv.md', kind: 'cv' },
          { name: 'models.zip', kind: 'archive' },
          { name: 'shop-model.bundle', kind: 'archive' },
          { name: 'toy.tar.gz', kind: 'archive' },
        ]);
        // The bundle kept the history: the scan of alice's repository read her commit.
        const scans = await client.query(`select result from scan_results`);
        const withHistory = (scans.rows as Array<{ result: string }>).map((r) => JSON.parse(r.result) as { scan: { source: { input: string; commit?: string } } }).find((r) => r.scan.source.input === 'shop-model.bundle');
        expect(withHistory?.scan.source.commit).toMatch(/^[0-9a-f]{40}$/);
      } finally {
        await client.end();
      }
    } finally {
      for (const child of running) child.kill('SIGKILL');
      await killWorkers(workers);
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses --submit without DATABASE_URL, and flags the workers decide', async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const io = captureIo(root);
      expect(await run(['rank', '--template', 'applied-ml-engineer', 'batch', '--submit'], io)).not.toBe(0);
      expect(io.stderr()).toContain('--submit queues the batch for `evident worker` processes on PostgreSQL: set DATABASE_URL');
      process.env.DATABASE_URL = 'postgres://127.0.0.1:1/none';
      const io2 = captureIo(root);
      expect(await run(['rank', '--template', 'applied-ml-engineer', 'batch', '--submit', '--as-of', '2026-01-01'], io2)).not.toBe(0);
      expect(io2.stderr()).toContain('--as-of (workers assess as of their day) cannot be used with --submit');
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
