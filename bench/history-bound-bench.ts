// Prints what bounding a large history saves (issue 15), on a repository
// this script makes with git fast-import: 11,000 commits by default, five
// authors (the candidate makes 1 in 30), each commit editing lines in two
// or three of 300 Python files of about 150 lines, so that `--numstat` has
// real diffs to compute; repacked as a server would. Reports the history
// stage (log and shares; blame budget near zero) read whole ("before") and
// bounded ("after"), best of two runs each in CPU time (git included; wall
// time beside it), and the candidate's shares both ways. BENCH_REPO=<path>
// reuses a repository a KEEP=1 run left.
//   npm run build && node dist/bench/history-bound-bench.js [commits]
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseHistory } from '../src/history/analyse.js';
import type { HistoryReport } from '../src/history/types.js';

const COMMITS = Number(process.argv[2] ?? 11_000);
const FILES = 300;
const LINES = 150;
const AUTHORS = ['Bob Upstream <bob@upstream.org>', 'Carol Team <carol@team.org>', 'Dan Dev <dan@dev.io>', 'Erin Ops <erin@ops.dev>'];
const CANDIDATE = 'Alice Liddell <alice@example.com>';
const ENV = { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

/** Streams the fast-import input: file contents are kept in memory and a few lines rewritten per commit. */
async function build(root: string): Promise<void> {
  execFileSync('git', ['init', '-q', '-b', 'main', root], { env: ENV });
  const git = spawn('git', ['-C', root, 'fast-import', '--quiet'], { env: ENV, stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise<void>((resolve, reject) => git.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))));
  const files = Array.from({ length: FILES }, (_, f) => Array.from({ length: LINES }, (_, l) => `value_${f}_${l} = compute(${f}, ${l})`));
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const start = Date.UTC(2020, 0, 1) / 1000;
  for (let i = 0; i < COMMITS; i++) {
    const who = i % 30 === 0 ? CANDIDATE : AUTHORS[i % AUTHORS.length];
    const when = `${start + i * 3600} +0000`;
    let chunk = `commit refs/heads/main\nauthor ${who} ${when}\ncommitter ${who} ${when}\n${data(`change ${i}`)}`;
    const touched = i === 0 ? Array.from({ length: FILES }, (_, f) => f) : Array.from({ length: 2 + (i % 2) }, (_, k) => (i * 7 + k * 31) % FILES);
    for (const f of touched) {
      const lines = files[f];
      // Rewrite a few lines and add one: a realistic small diff in a mid-sized file.
      for (let k = 0; k < 1 + ((i * 13 + f) % 9); k++) lines[(i * 11 + k * 17) % lines.length] = `value_${f}_${i}_${k} = compute(${i}, ${k})  # edited`;
      lines.splice((i * 5) % lines.length, 0, `extra_${i}_${f} = ${i}`);
      chunk += `M 100644 inline pkg/mod_${f}.py\n${data(`${lines.join('\n')}\n`)}`;
    }
    if (!git.stdin.write(`${chunk}\n`)) await new Promise((r) => git.stdin.once('drain', r));
  }
  git.stdin.end();
  await done;
  execFileSync('git', ['-C', root, 'checkout', '-q', 'main'], { env: ENV });
  // Packed as a server packs a clone: fast-import's own pack chains deltas oldest first, which makes
  // reading a commit out of log order several times dearer than in any real clone.
  execFileSync('git', ['-C', root, 'repack', '-a', '-d', '-f', '-q', '--window=10', '--depth=50'], { env: ENV });
}

/**
 * CPU time of this process and of the children it waited for (git), ms:
 * stable when the machine is shared, unlike wall time. Children's time is
 * read from /proc/self/stat (Linux; 0 elsewhere).
 */
function cpuMs(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    children = (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    // not Linux
  }
  return (own.user + own.system) / 1000 + children;
}

interface Run {
  ms: number;
  cpu: number;
  report: HistoryReport;
}

async function stage(root: string, bound: { maxFullCommits: number } | undefined): Promise<Run> {
  const atHead = execFileSync('git', ['-C', root, 'ls-files'], { env: ENV, encoding: 'utf8' }).split('\n').filter(Boolean);
  const [t, c] = [Date.now(), cpuMs()];
  const { report } = await analyseHistory(root, { identity: { emails: ['alice@example.com'], names: [] }, ownCode: atHead, scanned: atHead, budgetMs: 1, bound });
  return { ms: Date.now() - t, cpu: cpuMs() - c, report };
}

function shares(label: string, run: Run): void {
  const { report: h } = run;
  const c = h.candidate;
  const line = c?.lineShare === null || c?.lineShare === undefined ? '-' : (c.lineShare * 100).toFixed(2);
  const bounded = h.bounded ? `${h.bounded.summarisedCommits} of ${h.bounded.otherCommits} others summarised, ${h.bounded.sampledCommits} sampled` : 'read whole';
  console.log(`${label.padEnd(22)} ${(run.cpu / 1000).toFixed(2).padStart(6)} s CPU (${(run.ms / 1000).toFixed(2)} s wall)   candidate commits ${c?.commits}/${c?.countedCommits} (${((c?.commitShare ?? 0) * 100).toFixed(2)}%), own-code lines ${c?.linesAdded}/${c?.totalLinesAdded} (${line}%), bulk imports ${h.bulkImports.length}; ${bounded}`);
}

async function main(): Promise<void> {
  const reused = process.env.BENCH_REPO;
  const root = reused ?? (await mkdtemp(join(tmpdir(), 'evident-bound-bench-')));
  try {
    let t = Date.now();
    if (!reused) await build(root);
    console.log(`${reused ? 'reused' : 'built'} ${COMMITS} commits over ${FILES} files of ~${LINES} lines in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const c = cpuMs();
    t = Date.now();
    execFileSync('git', ['-C', root, 'log', '--no-merges', '--numstat', '-M', '-z', '--format=%H', 'HEAD'], { env: ENV, maxBuffer: 1 << 30 });
    console.log(`plain git log --numstat -M: ${((cpuMs() - c) / 1000).toFixed(2)} s CPU (${((Date.now() - t) / 1000).toFixed(2)} s wall)`);
    // Alternated and the best of two kept: the machine may be shared.
    const runs: Run[] = [];
    for (let i = 0; i < 2; i++) runs.push(await stage(root, { maxFullCommits: Infinity }), await stage(root, undefined));
    const best = (k: number) => runs.filter((_, i) => i % 2 === k).sort((a, b) => a.cpu - b.cpu)[0];
    shares('history, read whole:', best(0));
    shares('history, bounded:', best(1));
  } finally {
    if (!process.env.KEEP && !reused) await rm(root, { recursive: true, force: true });
    else console.log(root);
  }
}

await main();
