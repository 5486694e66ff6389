// Shared checks for the hostile-input suite (`npm run test:hostile`): every
// attack asserts that nothing ran (a marker file never appears), nothing was
// written outside the work folder, no temp folder was left behind, and that
// time and memory stayed bounded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';

/** A fresh folder for one attack, and a marker path inside it that an executed payload would create. */
export function attackDir(): { dir: string; marker: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  return { dir, marker: join(dir, 'PWNED'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a whole test file: TMPDIR points at a private folder (removed after),
 * so temp folders of other test runs on this machine cannot pass for, or
 * hide, one these tests left behind. Returns the folder's path getter.
 */
export function usePrivateTmpdir(prefix: string): () => string {
  const shared = process.env.TMPDIR;
  const own = mkdtempSync(join(tmpdir(), prefix));
  beforeAll(() => {
    process.env.TMPDIR = own;
  });
  afterAll(() => {
    if (shared === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = shared;
    rmSync(own, { recursive: true, force: true });
  });
  return () => own;
}

/** Asserts the payload never ran. */
export function expectNotExecuted(marker: string): void {
  expect(existsSync(marker), `payload ran: ${marker} exists`).toBe(false);
}

/**
 * Evident's own temp folders (`evident-*`) present now in `dir`; test
 * fixtures (`evident-test-*`, from buildRepo) are not the product's.
 */
export function evidentTempDirs(dir = tmpdir()): Set<string> {
  return new Set(readdirSync(dir).filter((n) => n.startsWith('evident-') && !n.startsWith('evident-test-')));
}

/**
 * Runs `fn` with a private temp folder (TMPDIR, which the library and every
 * CLI the harness starts use) and asserts it left no `evident-*` folder
 * there. Private, so other test files running at the same time cannot make
 * it fail or pass.
 */
export async function expectNoTempLeft<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.TMPDIR;
  const own = mkdtempSync(join(tmpdir(), 'hostile-tmp-'));
  process.env.TMPDIR = own;
  try {
    return await fn();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    const left = [...evidentTempDirs(own)];
    if (readdirSync(own).length === 0) rmSync(own, { recursive: true, force: true });
    expect(left, 'temp folders left behind').toEqual([]);
  }
}

/** Runs `fn`, returning its result or error with the wall time it took (ms). */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the CLI process, MiB (from /usr/bin/time when present, else undefined). */
  maxRssMiB?: number;
}

const BIN = new URL('../../dist/src/cli/bin.js', import.meta.url).pathname;

/**
 * Runs the built CLI (`npm test` builds first) in a child process with a hard
 * time limit and a heap cap, so a hang or a memory blow-up fails the test
 * instead of the runner. Measures peak RSS through GNU time when installed.
 */
export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number; heapMiB?: number; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const node = ['--max-old-space-size=' + (options.heapMiB ?? 1024), BIN, ...args];
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-q', '-f', 'EVIDENT_MAXRSS_KB=%M', process.execPath, ...node] : node;
  const started = performance.now();
  const r = spawnSync(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  let stderr = r.stderr ?? '';
  let maxRssMiB: number | undefined;
  const m = /EVIDENT_MAXRSS_KB=(\d+)\s*$/.exec(stderr);
  if (m) {
    maxRssMiB = Number(m[1]) / 1024;
    stderr = stderr.slice(0, m.index);
  }
  return { code: r.status, stdout: r.stdout ?? '', stderr, ms, maxRssMiB };
}

/**
 * runCli without blocking the test worker (a long spawnSync starves Vitest's
 * own messages and fails the file with "Timeout calling onTaskUpdate"). The
 * CLI runs in its own process group, killed whole at the time limit.
 */
export function runCliAsync(args: string[], options: { cwd?: string; timeoutMs?: number; heapMiB?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const node = ['--max-old-space-size=' + (options.heapMiB ?? 1024), BIN, ...args];
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-q', '-f', 'EVIDENT_MAXRSS_KB=%M', process.execPath, ...node] : node;
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  const timer = setTimeout(() => {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      let maxRssMiB: number | undefined;
      const m = /EVIDENT_MAXRSS_KB=(\d+)\s*$/.exec(stderr);
      if (m) {
        maxRssMiB = Number(m[1]) / 1024;
        stderr = stderr.slice(0, m.index);
      }
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr, ms: performance.now() - started, maxRssMiB });
    });
  });
}

/** A CLI failure a user can read: a non-zero exit, one short line on stderr, no stack trace. */
export function expectCleanFailure(run: CliRun, code = 2): void {
  expect(run.code, `stderr: ${run.stderr}`).toBe(code);
  const lines = run.stderr.trim().split('\n').filter((l) => l.trim() !== '');
  expect(lines.length, run.stderr).toBeGreaterThanOrEqual(1);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  expect(run.stderr).not.toMatch(/internal error/i);
}
