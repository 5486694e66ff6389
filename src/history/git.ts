// Runs git on an already-ingested repository: no hooks, no pager, no user or
// system config, no textconv or external diff drivers. Nothing from the
// repository is executed.
import { execFile } from 'node:child_process';
import { safeGitEnv } from '../ingest/source.js';

const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'diff.external=', '-c', 'log.showSignature=false'];

export interface GitRun {
  stdout: string;
  code: number;
}

/** Runs `git -C dir args...`; resolves with the exit code instead of throwing. */
export function git(dir: string, args: string[], options: { timeoutMs?: number; maxBuffer?: number } = {}): Promise<GitRun> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', dir, ...SAFE_CONFIG, ...args],
      {
        env: { ...safeGitEnv(), GIT_NO_REPLACE_OBJECTS: '1' },
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
        encoding: 'utf8',
      },
      (err, stdout) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
        resolve({ stdout: stdout ?? '', code });
      },
    );
  });
}
