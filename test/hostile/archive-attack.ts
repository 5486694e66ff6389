// Shared set-up for the archive attacks: a private work folder per test
// (TMPDIR, the CLI's working folder and the uploads inside it), the built CLI
// run on one upload, and the checks every attack makes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RepoScan } from '../../src/scan/types.js';
import { gitIn } from '../helpers/git.js';
import { attackDir, expectCleanFailure, expectNoTempLeft, expectNotExecuted, runCliAsync, type CliRun } from './harness.js';

/** Generous bounds: a scan of a small upload takes a few seconds. */
export const MAX_MS = 45_000;
export const MAX_RSS_MIB = 800;

export interface Work {
  /** The work folder: nothing may appear in it but what the test put there. */
  dir: string;
  marker: string;
  /** TMPDIR of the test and of the CLI: Evident's temp folders go here. */
  tmp: string;
  /** Where uploads are saved. */
  uploads: string;
  /** The CLI's working folder. */
  cwd: string;
  cleanup(): void;
}

let savedTmp: string | undefined;

/** A fresh work folder; TMPDIR points into it until `done()`. */
export function openWork(): Work {
  const attack = attackDir();
  const work = { ...attack, tmp: join(attack.dir, 'tmp'), uploads: join(attack.dir, 'uploads'), cwd: join(attack.dir, 'cwd') };
  for (const dir of [work.tmp, work.uploads, work.cwd]) mkdirSync(dir);
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = work.tmp;
  return {
    ...work,
    cleanup: () => {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
      attack.cleanup();
    },
  };
}

/** Saves an upload and runs `evident scan` on it (JSON on stdout), with every shared check. */
export async function scanUpload(work: Work, name: string, bytes: Buffer, extra: string[] = []): Promise<CliRun> {
  const path = join(work.uploads, name);
  writeFileSync(path, bytes);
  const run = await expectNoTempLeft(() => runCliAsync(['scan', path, '--format', 'json', ...extra], { cwd: work.cwd, timeoutMs: 90_000 }));
  expectBounded(run);
  expectNotExecuted(work.marker);
  expectNothingOutside(work);
  return run;
}

export function expectBounded(run: CliRun): void {
  expect(run.ms, 'wall time').toBeLessThan(MAX_MS);
  if (run.maxRssMiB !== undefined) expect(run.maxRssMiB, 'peak RSS (MiB)').toBeLessThan(MAX_RSS_MIB);
}

/** Only the folders the test made are in the work folder, and they hold only the uploads. */
export function expectNothingOutside(work: Work): void {
  expect(readdirSync(work.dir).sort()).toEqual(['cwd', 'tmp', 'uploads']);
  expect(readdirSync(work.tmp), 'left in TMPDIR').toEqual([]);
  expect(readdirSync(work.cwd), 'written to the working folder').toEqual([]);
}

/** One clear line on stderr, exit code 2, matching `message`. */
export function expectRefused(run: CliRun, message: string | RegExp): void {
  expectCleanFailure(run, 2);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  if (typeof message === 'string') expect(lines[0]).toBe(`evident: ${message}`);
  else expect(lines[0]).toMatch(message);
}

/** The scan of a run that succeeded. */
export function scanOf(run: CliRun): RepoScan {
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { repositories: RepoScan[] }).repositories[0];
}

/** The skipped list as [path, detail] pairs. */
export function skippedOf(scan: RepoScan): Array<[string, string | undefined]> {
  return scan.skipped.map((s) => [s.path, s.detail]);
}

/** Every git setting that names a program, each creating the marker; hooks too. */
export function hostileGitDir(gitDir: string, marker: string): void {
  const touch = `touch ${marker}; false`;
  const settings: Record<string, string> = {
    'core.fsmonitor': touch,
    'core.pager': touch,
    'core.hooksPath': 'hooks',
    'core.sshCommand': touch,
    'diff.external': touch,
    'diff.py.textconv': touch,
    'filter.evil.clean': touch,
    'filter.evil.smudge': touch,
    'filter.evil.required': 'true',
    'gpg.program': touch,
    'log.showSignature': 'true',
    'credential.helper': `!${touch}`,
    'alias.log': `!${touch}`,
  };
  for (const [key, value] of Object.entries(settings)) gitIn(gitDir, ['config', '--file', join(gitDir, 'config'), key, value]);
  mkdirSync(join(gitDir, 'hooks'), { recursive: true });
  for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'fsmonitor-watchman']) {
    writeFileSync(join(gitDir, 'hooks', hook), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
  }
}

/** Whether plain git, run in `dir`, finds a repository with a commit (the fixture is live). */
export function gitSeesHistory(dir: string): boolean {
  try {
    const env = { PATH: process.env.PATH, HOME: '/nonexistent', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    const head = execFileSync('git', ['-C', dir, '-c', 'core.fsmonitor=false', 'rev-parse', '--verify', '-q', 'HEAD'], { encoding: 'utf8', env });
    return /^[0-9a-f]{40}$/.test(head.trim());
  } catch {
    return false;
  }
}
