// Server benchmark: `npm run build && node dist/bench/server-bench.js [--count N]`.
// A SQLite store in a temporary folder with N screened candidates of one role
// (stored fake scans, real assessments), then through inject(): sign-in
// (scrypt), the ranked table, the shortlist CSV, a candidate page, a role
// preview (every candidate re-assessed), and an archive upload's trial
// extraction. Prints the median of 5 runs of each.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRoleFile, templatePath } from '../src/assess/role-profile.js';
import { InProcessQueue } from '../src/jobs/index.js';
import { buildServer } from '../src/server/app.js';
import { openStore } from '../src/store/index.js';
import { Client, multipart, PASSWORD, seedScreened } from '../test/helpers/server.js';
import { buildZip } from '../test/helpers/zip.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const count = arg('--count', 200);
const SIGNALS = ['tests', 'ci', 'containerized', 'serving_api', 'experiment_tracking', 'classical_ml', 'model_evaluation', 'drift_monitoring', 'deep_learning'] as const;

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const dir = await mkdtemp(join(tmpdir(), 'evident-server-bench-'));
try {
  const store = await openStore({ dbPath: join(dir, 'evident.db') });
  const queue = new InProcessQueue(store.ctx);
  const app = buildServer({ store, queue });
  await store.users.create({ email: 'bench@example.com', role: 'recruiter', password: PASSWORD });
  const role = await store.roles.create({ profile: loadRoleFile(templatePath('mlops-engineer')) });
  const seeded = performance.now();
  let first = '';
  for (let i = 0; i < count; i++) {
    const signals = Object.fromEntries(SIGNALS.filter((_, j) => (i + j) % 3 !== 0).map((s) => [s, { blame: { candidate: true } }]));
    const c = await seedScreened(store, role.id, `Candidate ${i}`, signals);
    first ||= c.id;
  }
  const seedMs = performance.now() - seeded;
  const client = new Client(app);
  const zip = buildZip(Array.from({ length: 500 }, (_, i) => ({ name: `repo/pkg/mod_${i}.py`, data: `def f_${i}(x):\n    return x * ${i}\n`.repeat(40) })));
  const rows: Array<[string, number]> = [
    ['sign-in (scrypt N=16384)', await median(() => client.signIn('bench@example.com', PASSWORD))],
    [`ranked table, ${count} candidates`, await median(() => client.get(`/api/roles/${role.id}/candidates`))],
    [`shortlist CSV, ${count} candidates`, await median(() => client.get(`/api/roles/${role.id}/shortlist.csv`))],
    ['candidate page', await median(() => client.get(`/api/candidates/${first}`))],
    [`role preview, ${count} re-assessed`, await median(() => client.post(`/api/roles/${role.id}/preview`, { profile: { weights: { ml_fundamentals: 60, mlops_production: 40 } } }), 3)],
    [`archive upload + trial extraction (${(zip.length / 1024).toFixed(0)} KiB zip, 500 files)`, await median(() => client.call('POST', `/api/candidates/${first}/archives`, multipart('repo.zip', zip)))],
  ];
  console.log(`seeded ${count} screened candidates in ${(seedMs / 1000).toFixed(1)} s`);
  for (const [what, ms] of rows) console.log(`${what.padEnd(60)} ${ms.toFixed(0).padStart(6)} ms`);
  await app.close();
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
