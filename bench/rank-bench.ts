// Rank benchmark: `npm run build && node dist/bench/rank-bench.js [--count N] [--jobs N] [--no-history] [--keep]`.
// Generates N synthetic candidates (default 100: a Markdown CV and 3 small
// repositories each, one with git history) in a temporary folder, ranks them
// against a shipped role with a fresh fact cache (cold), then again with the
// cache filled (warm, as a second CLI run: new worker pool). Prints wall time
// and per-stage time (summed over parallel candidates). Targets: cold under
// 2 minutes, warm under 10 s.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRoleFile, templatePath } from '../src/assess/role-profile.js';
import { renderAssessmentHtml } from '../src/report/assessment-html.js';
import { renderRankCsv, renderRankJson } from '../src/report/rank.js';
import { renderRankHtml } from '../src/report/rank-html.js';
import { destroyParsePool } from '../src/scan/parse-pool.js';
import { readBatch } from '../src/screen/candidates.js';
import { rankCandidates, type RankResult } from '../src/app/rank-candidates.js';
import { VERSION } from '../src/version.js';
import { writeSyntheticCandidates } from './synthetic-candidates.js';

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

interface Run {
  wallMs: number;
  readMs: number;
  renderMs: number;
  result: RankResult;
}

async function rankOnce(root: string, out: string, cacheDir: string, jobs: number, history: boolean): Promise<Run> {
  const start = performance.now();
  const batch = await readBatch(root);
  const readMs = performance.now() - start;
  const role = loadRoleFile(templatePath('python-ai-engineer'));
  const result = await rankCandidates(batch, { role, asOf: '2026-11-23', jobs, cacheDir, history });
  const renderStart = performance.now();
  const links = result.ranked.map((_, i) => `reports/${i + 1}.html`);
  for (const [i, r] of result.ranked.entries()) await writeFile(join(out, `${i + 1}.html`), renderAssessmentHtml(r.assessment));
  await writeFile(join(out, 'shortlist.csv'), renderRankCsv(result, links));
  await writeFile(join(out, 'rank.json'), renderRankJson(result, links));
  await writeFile(join(out, 'index.html'), renderRankHtml(result, links));
  const renderMs = performance.now() - renderStart;
  await destroyParsePool();
  return { wallMs: performance.now() - start, readMs, renderMs, result };
}

function report(label: string, run: Run, targetMs: number): void {
  const t = run.result.timings;
  console.log(`\n== ${label}: ${run.result.ranked.length} ranked, ${run.result.failures.length} failed`);
  console.log(`total (wall)      ${fmt(run.wallMs)}   target < ${fmt(targetMs)}: ${run.wallMs < targetMs ? 'met' : 'MISSED'}`);
  console.log(`  read batch      ${fmt(run.readMs)}`);
  console.log(`  screening       ${fmt(run.result.wallMs)} wall; summed over candidates: cv ${fmt(t.cv)}, scan ${fmt(t.scan)}, assess ${fmt(t.assess)}`);
  console.log(`  render          ${fmt(run.renderMs)} (HTML reports, CSV, JSON, index)`);
  console.log(`  per candidate   ${fmt(run.result.wallMs / Math.max(1, run.result.ranked.length))} wall`);
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i === -1 ? fallback : Math.max(1, Number(argv[i + 1]) || fallback);
  };
  const count = arg('--count', 100);
  const jobs = arg('--jobs', availableParallelism());
  const history = !argv.includes('--no-history');
  console.log(`evident ${VERSION} rank bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), jobs ${jobs}, git history ${history ? 'on' : 'off'}`);
  const root = await mkdtemp(join(tmpdir(), 'evident-rank-bench-'));
  try {
    const start = performance.now();
    const candidates = join(root, 'candidates');
    const repos = await writeSyntheticCandidates(candidates, count);
    console.log(`generated ${count} candidates, ${repos} repositories in ${fmt(performance.now() - start)}: ${candidates}`);
    const cache = join(root, 'cache');
    const out = await mkdtemp(join(root, 'out-'));
    report('cold (empty cache)', await rankOnce(candidates, out, cache, jobs, history), 120_000);
    report('warm (cache filled)', await rankOnce(candidates, out, cache, jobs, history), 10_000);
    console.log(`\npeak memory       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    if (argv.includes('--keep')) console.log(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
    await destroyParsePool();
  }
}

await main(process.argv.slice(2));
