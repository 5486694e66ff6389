// A local repository folder as one file, so that a worker on another machine
// can scan it (`rank --submit` stores it like an upload): a git work tree
// becomes a git bundle of its HEAD (the history stage needs the commits;
// archives never carry `.git`), any other folder a .tar.gz of its files.
// Opening a bundle fetches it into a fresh bare repository of our own and
// clones that with the usual clone (limits, safe config): nothing in the
// bundle runs, and the candidate's own config, hooks or attributes are never
// part of it (it holds refs and objects only).
import { execFile } from 'node:child_process';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../util/errors.js';
import { GitRunError, runGit, safeGitEnv } from './git-exec.js';
import { withCandidateRepo } from './git-shadow.js';
import { makeTempDir, removeTempDir, resolveLimits } from './limits.js';
import type { SourceOptions } from './source.js';
import type { OpenedSource } from './types.js';

const exec = promisify(execFile);

export function isBundle(input: string): boolean {
  return /\.bundle$/i.test(input);
}

/**
 * Packs the folder `dir` into `outDir` as `<name>.bundle` (a git work tree:
 * its HEAD and history, read through the shadow git dir) or `<name>.tar.gz`
 * (its files; links are kept as links, which the archive reader skips).
 * Returns the file written.
 */
export async function packFolder(dir: string, outDir: string, name: string): Promise<string> {
  const bundle = join(outDir, `${name}.bundle`);
  const packed = await withCandidateRepo(
    dir,
    async (repo) => {
      await repo.git(['bundle', 'create', '--quiet', bundle, 'HEAD'], { timeoutMs: 120_000 });
      return true;
    },
    () => false,
  );
  if (packed) return bundle;
  const tarball = join(outDir, `${name}.tar.gz`);
  await exec('tar', ['-czf', tarball, '--exclude=./.git', '-C', dir, '.'], { env: { PATH: process.env.PATH, LC_ALL: 'C' } });
  return tarball;
}

/** Opens a bundle written by packFolder: its HEAD checked out, with history. `input` names it in messages. */
export async function openBundleSource(path: string, input: string, options: SourceOptions = {}): Promise<OpenedSource> {
  const limits = resolveLimits(options);
  const tmp = await makeTempDir('git');
  const bare = join(tmp, 'bundle.git');
  const git = (args: string[], cwd?: string) =>
    runGit(['-c', 'protocol.allow=never', '-c', 'protocol.file.allow=always', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd,
      env: safeGitEnv(),
      timeoutMs: limits.timeoutMs,
      watch: { dir: tmp, maxBytes: limits.maxBytes },
    });
  try {
    await git(['init', '--quiet', '--bare', '--template=', bare]);
    await git(['fetch', '--quiet', '--no-tags', '--', path, 'HEAD:refs/heads/main'], bare);
    await git(['symbolic-ref', 'HEAD', 'refs/heads/main'], bare);
  } catch (err) {
    await removeTempDir(tmp);
    if (err instanceof GitRunError) throw new UserError(`cannot read bundle ${input}: ${err.reason === 'timeout' ? 'timed out' : 'not a git bundle of a HEAD'}`, 'E_SOURCE', { cause: err });
    throw err;
  }
  try {
    const { openGitSource } = await import('./git.js');
    const opened = await openGitSource(`file://${bare}`, { ...options, allowFileUrls: true, ref: undefined });
    return {
      ...opened,
      input,
      name: basename(input).replace(/\.bundle$/i, '') || opened.name,
      dispose: async () => {
        await opened.dispose();
        await removeTempDir(tmp);
      },
    };
  } catch (err) {
    await removeTempDir(tmp);
    throw err;
  }
}
