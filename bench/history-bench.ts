// Prints the time the history stage adds on a generated 10,000-commit
// repository (git fast-import, several authors, evidence lines in Python
// files): `npm run build && node dist/bench/history-bench.js [commits]`.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanRepository } from '../src/app/pipeline.js';

const COMMITS = Number(process.argv[2] ?? 10_000);
const AUTHORS = ['Alice Liddell <alice@example.com>', 'Bob Upstream <bob@upstream.org>', 'Carol <carol@example.net>'];
const FILES = 200;

function fastImportStream(): string {
  const parts: string[] = [];
  const start = Date.UTC(2022, 0, 1) / 1000;
  for (let i = 0; i < COMMITS; i++) {
    const who = AUTHORS[i % AUTHORS.length];
    const when = `${start + i * 3600} +0000`;
    const file = `pkg/mod_${i % FILES}.py`;
    const body = `import mlflow\nimport torch\n\n\ndef step_${i}(x: int) -> int:\n    mlflow.log_metric("v", ${i})\n    return x + ${i}\n`;
    const msg = `change ${i}`;
    parts.push(
      'commit refs/heads/main',
      `author ${who} ${when}`,
      `committer ${who} ${when}`,
      `data ${Buffer.byteLength(msg)}`,
      msg,
      `M 100644 inline ${file}`,
      `data ${Buffer.byteLength(body)}`,
      body,
      '',
    );
  }
  return parts.join('\n');
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'evident-history-bench-'));
  try {
    const env = { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    execFileSync('git', ['init', '-q', '-b', 'main', root], { env });
    let t = Date.now();
    execFileSync('git', ['-C', root, 'fast-import', '--quiet'], { input: fastImportStream(), env, maxBuffer: 1 << 30 });
    execFileSync('git', ['-C', root, 'checkout', '-q', 'main'], { env });
    console.log(`built ${COMMITS} commits, ${FILES} files in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    t = Date.now();
    await scanRepository(root, { history: false });
    const without = Date.now() - t;
    t = Date.now();
    const scan = await scanRepository(root, { candidate: { emails: ['alice@example.com'], names: [] } });
    const withHistory = Date.now() - t;
    const h = scan.history;
    console.log(`scan without history: ${(without / 1000).toFixed(2)} s`);
    console.log(`scan with history:    ${(withHistory / 1000).toFixed(2)} s`);
    console.log(`history adds:         ${((withHistory - without) / 1000).toFixed(2)} s`);
    console.log(`commits read: ${h?.nonMergeCommits}; authors: ${h?.authors.length}; candidate share: ${h?.candidate?.commitShare.toFixed(3)}; blame share: ${h?.candidate?.blameShare?.toFixed(3)}; budget exhausted: ${h?.budget.exhausted}`);
  } finally {
    if (!process.env.KEEP) await rm(root, { recursive: true, force: true });
    else console.log(root);
  }
}

await main();
