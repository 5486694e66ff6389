// The one git runner: every git command Evident runs (clones, and the reads
// of a candidate's history) goes through runGit. Spawned without a shell,
// with an environment built from nothing (no user or system config, so no
// credential helpers, aliases, filter drivers or hooks from anywhere but
// here), in its own process group so that a time or output limit kills git
// and its helpers, with bounded output.
import { spawn } from 'node:child_process';
import { folderBytes } from './limits.js';
import type { GitScheme } from './git-url.js';

/**
 * Environment for running git on untrusted repositories: built from nothing
 * (no GIT_DIR, GIT_SSH_COMMAND or the like leaks in), no user or system
 * config or attributes (so no credential helpers, aliases or filter drivers,
 * git-lfs included), no prompts, no pager, no replace refs rewriting history,
 * no lazy fetch of missing objects (git 2.44 and later; older versions are
 * kept from fetching by the shadow git dir of git-shadow.ts).
 */
export function safeGitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    XDG_CONFIG_HOME: '/nonexistent',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_NO_LAZY_FETCH: '1',
    GIT_LFS_SKIP_SMUDGE: '1',
    GIT_PROTOCOL_FROM_USER: '0',
    LC_ALL: 'C',
  };
}

/**
 * Settings given with `-c` on every read of a candidate's repository (history,
 * blame, HEAD). The repository's own config is never read (git-shadow.ts);
 * these are a second wall: `-c` wins over any config file.
 */
export const READ_ONLY_CONFIG: readonly string[] = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.attributesFile=/dev/null',
  'core.pager=cat',
  'core.sshCommand=false',
  'core.askPass=',
  'core.commitGraph=false',
  'core.untrackedCache=false',
  'credential.helper=',
  'protocol.allow=never',
  'diff.external=',
  'blame.ignoreRevsFile=',
  'log.showSignature=false',
  'gpg.program=false',
  'gc.auto=0',
  'maintenance.auto=false',
  'fetch.recurseSubmodules=false',
  'color.ui=false',
];

/**
 * Configuration given on every clone with `-c` (and kept in the clone's own
 * config with `--config`, so later git commands in the folder stay safe).
 * A repository's `.gitattributes` may name filter drivers, but a driver only
 * runs when config defines it, and no config here does (LFS included).
 */
export function safeGitConfig(schemes: readonly GitScheme[]): string[] {
  return [
    'core.hooksPath=/dev/null',
    'core.fsmonitor=false',
    // Links are checked out as small files (then removed), so the checkout never writes through one.
    'core.symlinks=false',
    'core.attributesFile=/dev/null',
    'submodule.recurse=false',
    'protocol.allow=never',
    ...schemes.map((s) => `protocol.${s}.allow=always`),
    // Never ask for a password or a host key: fail instead.
    'core.sshCommand=ssh -o BatchMode=yes',
  ];
}

/** The environment for clones: safeGitEnv plus a protocol allow-list and the user's ssh agent and proxies. */
export function cloneEnv(schemes: readonly GitScheme[]): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...safeGitEnv(), GIT_ALLOW_PROTOCOL: schemes.join(':') };
  for (const key of ['SSH_AUTH_SOCK', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']) {
    if (process.env[key]) env[key] = process.env[key];
  }
  return env;
}

export interface RunGitOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
  /** Kill git when this folder grows over `maxBytes`. */
  watch?: { dir: string; maxBytes: number };
  /** Receives stdout as it comes (otherwise it is collected). */
  onStdout?: (chunk: Buffer) => void;
  /** Most stdout bytes (collected or streamed) before git is stopped as `too-large`; default 16 MiB. */
  maxStdout?: number;
  /** Written to git's stdin (then closed). */
  input?: string;
}

/** Why a git run did not succeed. */
export class GitRunError extends Error {
  readonly reason: 'timeout' | 'too-large' | 'failed' | 'missing';
  readonly stderr: string;

  constructor(reason: GitRunError['reason'], stderr: string, message: string) {
    super(message);
    this.name = 'GitRunError';
    this.reason = reason;
    this.stderr = stderr;
  }
}

/** Default bound on a git command's output. */
export const MAX_STDOUT = 16 * 1024 * 1024;
const MAX_STDERR = 64 * 1024;

/** Runs git with the given arguments; resolves with stdout. */
export function runGit(args: string[], options: RunGitOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const maxStdout = options.maxStdout ?? MAX_STDOUT;
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let stopped: 'timeout' | 'too-large' | undefined;
    const stop = (why: 'timeout' | 'too-large') => {
      stopped ??= why;
      killGroup(child.pid);
    };
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    const unwatch = options.watch ? watchSize(options.watch.dir, options.watch.maxBytes, () => stop('too-large')) : () => {};
    // git may exit before reading all its input (a failure): ignore the broken pipe.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped) return;
      outBytes += chunk.length;
      if (outBytes > maxStdout) return stop('too-large');
      if (options.onStdout) options.onStdout(chunk);
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-MAX_STDERR);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      unwatch();
      const reason = err.code === 'ENOENT' ? 'missing' : 'failed';
      reject(new GitRunError(reason, stderr, reason === 'missing' ? 'git is not installed' : err.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      unwatch();
      // Anything git left running in its group (a helper) goes with it.
      killGroup(child.pid);
      if (stopped) return reject(new GitRunError(stopped, stderr, stopped));
      if (code !== 0) return reject(new GitRunError('failed', stderr, gitMessage(stderr) || `git exited with code ${code}`));
      resolve(Buffer.concat(out).toString('utf8'));
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

/** Polls a folder's size; polls less often when counting takes long (big checkouts). */
function watchSize(dir: string, maxBytes: number, onOver: () => void): () => void {
  let active = true;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    const started = Date.now();
    const bytes = await folderBytes(dir, maxBytes);
    if (!active) return;
    if (bytes > maxBytes) return onOver();
    timer = setTimeout(tick, Math.max(250, (Date.now() - started) * 10));
  };
  timer = setTimeout(tick, 250);
  return () => {
    active = false;
    clearTimeout(timer);
  };
}

/** git's first `fatal:`/`error:` line (the specific one; later ones are generic), else its last line; prefix removed. */
export function gitMessage(stderr: string): string {
  const lines = stderr
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('hint:'));
  const errors = lines.filter((l) => /^(fatal|error):/i.test(l));
  const line = errors.length > 0 ? errors[0] : lines.length > 0 ? lines[lines.length - 1] : '';
  return line.replace(/^(fatal|error|warning):\s*/i, '').replace(/[\u0000-\u001f\u007f]/g, '?');
}
