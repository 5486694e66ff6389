// Git URL → a full clone (within the size limit) in a fresh temporary folder:
// the authorship stage needs the whole history and its blobs, offline.
// Nothing from the repository is run: no
// hooks, no submodules, no filter drivers, no transport helpers.
import { join } from 'node:path';
import { unlink } from 'node:fs/promises';
import { UserError } from '../util/errors.js';
import { cloneEnv, GitRunError, runGit, safeGitConfig } from './git-exec.js';
import { parseGitUrl, redact, type GitScheme, type GitTarget } from './git-url.js';
import { folderBytes, formatBytes, formatDuration, makeTempDir, removeTempDir, resolveLimits, type IngestLimits } from './limits.js';
import { headCommit, type SourceOptions } from './source.js';
import type { OpenedSource, Skipped } from './types.js';

export async function openGitSource(input: string, options: SourceOptions): Promise<OpenedSource> {
  const target = parseGitUrl(input, { allowFileUrls: options.allowFileUrls });
  const ref = options.ref ?? target.ref;
  const limits = resolveLimits(options);
  const tmp = await makeTempDir('git');
  const dispose = () => removeTempDir(tmp);
  try {
    const root = join(tmp, 'repo');
    const clone = new Clone(target, tmp, limits, options.allowFileUrls !== false, options.gitConfig ?? []);
    await clone.run(root, ref);
    const skipped = await removeLinkStubs(clone, root);
    await clone.checkSize();
    const commit = await headCommit(root);
    return { input, kind: 'git', root, name: target.name, ...(commit ? { commit } : {}), skipped, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

/** One clone: the git runs it needs share the limits, the environment and the error messages. */
class Clone {
  readonly target: GitTarget;
  private readonly tmp: string;
  private readonly limits: IngestLimits;
  private readonly schemes: GitScheme[];
  private readonly deadline: number;
  private readonly extraConfig: readonly string[];

  constructor(target: GitTarget, tmp: string, limits: IngestLimits, allowFile: boolean, extraConfig: readonly string[]) {
    this.target = target;
    this.tmp = tmp;
    this.limits = limits;
    this.schemes = allowFile ? ['https', 'ssh', 'git', 'file'] : ['https', 'ssh', 'git'];
    this.deadline = Date.now() + limits.timeoutMs;
    this.extraConfig = extraConfig;
  }

  async run(root: string, ref: string | undefined): Promise<void> {
    const config = safeGitConfig(this.schemes);
    const args = [
      ...[...config, ...this.extraConfig].flatMap((c) => ['-c', c]),
      'clone',
      '--quiet',
      '--no-recurse-submodules',
      // A full clone (within the size limit), not a blobless one: the history
      // stage's `git log --numstat` and `git blame` need every blob, and a
      // partial clone would fetch them one by one over the network.
      // No template folder: nothing (not even sample hooks) is copied into .git.
      '--template=',
      ...config.flatMap((c) => ['--config', c]),
      ...(ref ? ['--no-checkout'] : []),
      '--',
      this.target.url,
      root,
    ];
    await this.git(args);
    if (ref) await this.checkout(root, ref);
  }

  /** Checks a branch, tag or commit out, detached. */
  private async checkout(root: string, ref: string): Promise<void> {
    const candidates = [`refs/remotes/origin/${ref}`, `refs/tags/${ref}`, ref];
    for (const candidate of candidates) {
      const sha = (await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`], root).catch(() => '')).trim();
      if (!/^[0-9a-f]{40}$/.test(sha)) continue;
      await this.git(['checkout', '--quiet', '--detach', sha], root);
      return;
    }
    throw new UserError(`cannot clone ${this.target.display}: no branch, tag or commit named ${ref}`, 'E_CLONE');
  }

  /** Runs git under the clone's limits; failures become one-line UserErrors. */
  async git(args: string[], cwd?: string, onStdout?: (chunk: Buffer) => void): Promise<string> {
    const timeoutMs = Math.max(1, this.deadline - Date.now());
    try {
      return await runGit(args, {
        cwd,
        env: cloneEnv(this.schemes),
        timeoutMs,
        watch: { dir: this.tmp, maxBytes: this.limits.maxBytes },
        // Streamed output (the file list of a large checkout) is bounded by the clone's size limit.
        ...(onStdout ? { onStdout, maxStdout: this.limits.maxBytes } : {}),
      });
    } catch (err) {
      throw this.toUserError(err);
    }
  }

  async checkSize(): Promise<void> {
    if ((await folderBytes(this.tmp, this.limits.maxBytes)) > this.limits.maxBytes) throw this.tooLarge();
  }

  private tooLarge(): UserError {
    return new UserError(`cannot clone ${this.target.display}: larger than the limit of ${formatBytes(this.limits.maxBytes)}`, 'E_LIMIT');
  }

  private toUserError(err: unknown): unknown {
    if (!(err instanceof GitRunError)) return err;
    const where = `cannot clone ${this.target.display}`;
    if (err.reason === 'timeout') return new UserError(`${where}: timed out after ${formatDuration(this.limits.timeoutMs)}`, 'E_LIMIT');
    if (err.reason === 'too-large') return this.tooLarge();
    if (err.reason === 'missing') return new UserError(`${where}: git is not installed`, 'E_CLONE');
    return new UserError(`${where}: ${redact(err.message)}`, 'E_CLONE', { cause: err });
  }
}

/**
 * With core.symlinks=false git writes each link as a small file holding the
 * link's target. Those files are not the repository's content: remove them
 * and record them, as archives do with their link entries.
 */
async function removeLinkStubs(clone: Clone, root: string): Promise<Skipped[]> {
  const links: string[] = [];
  let rest = '';
  // `git ls-files -s -z`: "<mode> <object> <stage>\t<path>\0" per file; links have mode 120000.
  await clone.git(['ls-files', '--stage', '-z'], root, (chunk) => {
    const records = (rest + chunk.toString('utf8')).split('\0');
    rest = records.pop() ?? '';
    for (const record of records) if (record.startsWith('120000 ')) links.push(record.slice(record.indexOf('\t') + 1));
  });
  const skipped: Skipped[] = [];
  for (const path of links) {
    // git never checks out such paths; refuse them here all the same.
    if (path.split('/').includes('..')) continue;
    await unlink(join(root, path)).catch(() => undefined);
    skipped.push({ path, reason: 'symlink', detail: 'link in the repository (not checked out)' });
  }
  return skipped;
}
