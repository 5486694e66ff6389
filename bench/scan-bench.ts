// Scan benchmark: `npm run build && npm run bench -- [TREE] [--synthetic] [--runs N] [--keep]`.
// The tree is TREE when given, else the CPython standard library of the
// python3 on the PATH, else (or with --synthetic) a generated project under
// the system temp folder (≥ 3,000 Python files and notebooks, ≥ 30 MB). In
// one run it prints the scan's throughput and Python's own `ast.parse` over
// the same `.py` files (one core) with their ratio, CLI start-up, a cold CLI
// scan and the re-scan with `--cache`, peak memory, and ripgrep's time when
// `rg` is installed. Targets: a cold scan at least as fast as Python's
// single-core parse; start-up and an unchanged re-scan under 0.3 s. Git
// history is not read (history: false, --no-history): the bench measures
// walk, parse and detect. docs/benchmarks.md has the figures.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { walkTree } from '../src/ingest/walk.js';
import { scanRepository } from '../src/app/pipeline.js';
import type { ParseStats } from '../src/scan/parse-files.js';
import { destroyParsePool } from '../src/scan/parse-pool.js';
import type { RepoScan } from '../src/scan/types.js';
import { VERSION } from '../src/version.js';
import { bestCli, nodeFloor, timeCli } from './cli-timing.js';
import { bestPythonAst, python3, pythonStdlib } from './python-ast.js';
import { writeSyntheticTree } from './synthetic-tree.js';

const exec = promisify(execFile);
const RG_ARGS = ['-c', '^\\s*(import|from)\\s', '--type', 'py', '.'];
const MB = 1e6;
/** Start-up and an unchanged re-scan must each take less than this (ms). */
const QUICK_MS = 300;

interface Timed {
  ms: number;
  /** CPU time of the whole process (all threads), ms. */
  cpuMs: number;
  /** Wall time of the walk, the parse and the rest (detect, summary), ms. */
  phases: { walk: number; parse: number; rest: number };
  scan: RepoScan;
  stats: ParseStats;
}

function hasRipgrep(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v rg'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** CPU time of finished child processes, ms (Linux /proc; undefined elsewhere). */
function childCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), in clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Best of `runs` wall times of ripgrep over the tree, and its mean CPU time (exit code 1 means no match, not an error). */
async function timeRipgrep(root: string, runs: number): Promise<{ ms: number; cpuMs?: number }> {
  let best = Infinity;
  const cpuBefore = childCpuMs();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await exec('rg', RG_ARGS, { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch((err: { code?: number }) => {
      if (err.code !== 1) throw err;
    });
    best = Math.min(best, performance.now() - start);
  }
  const cpuAfter = childCpuMs();
  return { ms: best, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / runs };
}

async function timeScan(root: string): Promise<Timed> {
  let stats: ParseStats | undefined;
  let walked = 0;
  let parsed = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const scan = await scanRepository(root, {
    history: false,
    onProgress: (e) => {
      if (e.phase === 'walk') walked = performance.now();
    },
    onStats: (s) => {
      stats = s;
      parsed = performance.now();
    },
  });
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  if (!stats) throw new Error('scan reported no parse stats');
  const phases = { walk: walked - start, parse: parsed - walked, rest: end - parsed };
  return { ms: end - start, cpuMs: (used.user + used.system) / 1000, phases, scan, stats };
}

/** Full scans, each with a fresh worker pool so that starting the workers is counted as a CLI run counts it. */
async function fullScans(root: string, runs: number): Promise<Timed[]> {
  const out: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    await destroyParsePool();
    out.push(await timeScan(root));
  }
  await destroyParsePool();
  return out;
}

function fmtMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

function peakRssMb(): number {
  // maxRSS is in kilobytes, for the whole process (worker threads included).
  return process.resourceUsage().maxRSS / 1024;
}

/** Python's `ast.parse` over the tree's `.py` files, as the scan's walker finds them; undefined without python3. */
async function pythonAst(root: string, runs: number): Promise<{ mbs: number; cpuMbs: number; line: string } | undefined> {
  if (!python3()) return undefined;
  const walked = await walkTree(root);
  const py = walked.files.filter((f) => f.path.endsWith('.py')).map((f) => f.abs);
  const best = await bestPythonAst(py, runs);
  const mbs = best.bytes / MB / best.seconds;
  const cpuMbs = best.bytes / MB / best.cpuSeconds;
  const errors = best.errors > 0 ? `, ${best.errors} refused as invalid Python` : '';
  const line = `python ast   ${fmtMs(best.seconds * 1000)} best of ${runs} (CPU ${fmtMs(best.cpuSeconds * 1000)}) for ${best.files} .py files, ${(best.bytes / MB).toFixed(1)} MB: ${mbs.toFixed(1)} MB/s on one core (${cpuMbs.toFixed(1)} MB per CPU-second)${errors}`;
  return { mbs, cpuMbs, line };
}

/** CLI runs in fresh processes: a cold scan, then the same scan again with `--cache` (best of `runs`). */
async function cliScans(root: string, runs: number, bytesRead: number): Promise<{ coldMs: number; rescanMs: number }> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'evident-bench-cache-'));
  try {
    const args = ['scan', root, '--json', '--no-history'];
    const coldMs = await timeCli(args);
    const fillMs = await timeCli([...args, '--cache', cacheDir]);
    const rescanMs = await bestCli([...args, '--cache', cacheDir], runs);
    console.log(`cli scan     cold ${fmtMs(coldMs)} (${(bytesRead / MB / (coldMs / 1000)).toFixed(1)} MB/s, start-up included); with --cache: fill ${fmtMs(fillMs)}, unchanged re-scan ${fmtMs(rescanMs)} (best of ${runs})`);
    return { coldMs, rescanMs };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function benchTree(label: string, root: string, runs: number, rg: boolean): Promise<void> {
  console.log(`\n== ${label}: ${root}`);
  const rgMs = rg ? await timeRipgrep(root, 5) : undefined;
  const scans = await fullScans(root, runs);
  const best = scans.reduce((a, b) => (b.ms < a.ms ? b : a));
  const { summary } = best.scan;
  const mb = summary.bytes / MB;
  const seconds = best.ms / 1000;
  // Throughput is over the bytes actually read and parsed (sources, notebooks, configs), not data files only counted.
  const mbs = best.stats.bytesRead / MB / seconds;
  console.log(`files ${summary.files} (${summary.pythonFiles} .py, ${summary.notebooks} notebooks), ${mb.toFixed(1)} MB; parsed ${best.stats.parsed}, counted ${best.stats.counted}, threads ${best.stats.threads}`);
  console.log(`full scan    first ${fmtMs(scans[0].ms)}, best of ${runs} ${fmtMs(best.ms)} (CPU ${fmtMs(best.cpuMs)}): ${(summary.files / seconds).toFixed(0)} files/s; ${mbs.toFixed(1)} MB/s of ${(best.stats.bytesRead / MB).toFixed(1)} MB read`);
  const p = best.phases;
  console.log(`  phases     walk ${fmtMs(p.walk)}, parse ${fmtMs(p.parse)}, detect and summary ${fmtMs(p.rest)}`);
  const py = await pythonAst(root, runs);
  const cli = await cliScans(root, runs, best.stats.bytesRead);
  console.log(`peak memory  ${peakRssMb().toFixed(0)} MB (maxRSS so far, this process); load average now ${loadavg()[0].toFixed(1)}`);
  if (py) {
    console.log(py.line);
    const cliMbs = best.stats.bytesRead / MB / (cli.coldMs / 1000);
    console.log(`target       scan ≥ Python ast: ${verdict(mbs >= py.mbs)} (ratio ${(mbs / py.mbs).toFixed(2)} in-process, ${(cliMbs / py.mbs).toFixed(2)} as a cold CLI run)`);
    // Wall times on a busy machine measure the other processes too; CPU time is what the scan itself costs.
    const cpuMbs = best.stats.bytesRead / MB / (best.cpuMs / 1000);
    const cores = Math.min(availableParallelism(), Math.max(1, best.stats.threads));
    console.log(`  by CPU     scan ${cpuMbs.toFixed(1)} MB per CPU-second (all threads) vs Python ${py.cpuMbs.toFixed(1)}: ${(cpuMbs / py.cpuMbs).toFixed(2)} per core; at most ${((cpuMbs * cores) / py.cpuMbs).toFixed(2)} on ${cores} idle cores`);
  } else console.log('python ast   python3 not found: ratio not measured');
  console.log(`target       re-scan < ${QUICK_MS} ms: ${verdict(cli.rescanMs < QUICK_MS)} (${fmtMs(cli.rescanMs)})`);
  if (rgMs !== undefined) {
    const cpu = rgMs.cpuMs === undefined ? '' : `, CPU ${fmtMs(rgMs.cpuMs)} per run`;
    console.log(`ripgrep      ${fmtMs(rgMs.ms)} (best of 5${cpu}: rg ${RG_ARGS.slice(0, -1).join(' ')}); full scan ${(best.ms / rgMs.ms).toFixed(1)}× that`);
  }
}

async function startUp(runs: number): Promise<void> {
  const floor = await nodeFloor(runs);
  const version = await bestCli(['--version'], runs);
  const help = await bestCli(['--help'], runs);
  const scanHelp = await bestCli(['scan', '--help'], runs);
  console.log(`start-up     --version ${fmtMs(version)}, --help ${fmtMs(help)}, scan --help ${fmtMs(scanHelp)} (best of ${runs}; bare node ${fmtMs(floor)})`);
  console.log(`target       start-up < ${QUICK_MS} ms: ${verdict(Math.max(version, help) < QUICK_MS)}`);
}

async function main(argv: string[]): Promise<void> {
  const keep = argv.includes('--keep');
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt === -1 ? 3 : Math.max(1, Number(argv[runsAt + 1]) || 3);
  const given = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
  const rg = hasRipgrep();
  console.log(`evident ${VERSION} scan bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}), load average ${loadavg()[0].toFixed(1)}`);
  await startUp(5);
  const stdlib = argv.includes('--synthetic') ? undefined : pythonStdlib();
  if (given) return benchTree('given tree', resolve(given), runs, rg);
  if (stdlib) return benchTree('CPython standard library', stdlib, runs, rg);
  const root = await mkdtemp(join(tmpdir(), 'evident-bench-tree-'));
  try {
    const start = performance.now();
    const written = await writeSyntheticTree(root);
    console.log(`\nsynthetic tree: ${written.files} files (${written.pythonFiles} .py, ${written.notebooks} notebooks), ${(written.bytes / MB).toFixed(1)} MB, written in ${fmtMs(performance.now() - start)}`);
    await benchTree('synthetic tree', root, runs, rg);
  } finally {
    if (keep) console.log(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
await destroyParsePool();
