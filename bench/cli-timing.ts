// Wall times of whole CLI runs (a fresh `node` process each), as a user meets
// them: start-up (`--version`, `--help`) and `scan` cold and again over the
// same tree with `--cache`. Output goes to /dev/null; a failing run throws.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled CLI beside the compiled bench (dist/bench → dist/src/cli/bin.js). */
export const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));

/** Wall time of one `node bin.js ...args` run, ms. */
export function timeCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 256 * 1024 * 1024 }, (err) => {
      if (err) reject(err);
      else resolve(performance.now() - start);
    });
  });
}

/** The fastest of `runs` runs, ms. */
export async function bestCli(args: readonly string[], runs: number, env?: NodeJS.ProcessEnv): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, await timeCli(args, env));
  return best;
}

/** Wall time of a bare `node -e 0`, ms: the floor under any CLI start-up. */
export async function nodeFloor(runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => execFile(process.execPath, ['-e', '0'], (err) => (err ? reject(err) : resolve())));
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
