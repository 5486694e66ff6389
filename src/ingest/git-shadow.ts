// Every git command on a candidate's repository runs against a private
// "shadow" git dir that Evident writes in a temporary folder: our own config
// (no remotes, no extensions, no includes, no hooks, no drivers), HEAD
// written as the commit it resolves to (read as data by git-refs.ts), and
// the candidate's object store reached through links to its pack files and
// loose-object folders. git never reads the candidate's config, hooks,
// attributes, info/ files, alternates or `.mailmap` (a candidate's mailmap
// could give them someone else's commits), whatever its version: a missing
// object is an error for that object, never a fetch, and nothing the
// repository says runs a program.
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { READ_ONLY_CONFIG, runGit, safeGitEnv, type RunGitOptions } from './git-exec.js';
import { Fence, findLayout, readShallow, resolveHead, type GitLayout } from './git-refs.js';
import { removeTempDir } from './limits.js';

/** Alternate object stores followed (each inside the scanned folder). */
const MAX_ALTERNATES = 8;
/** Default time limit for one git command on a candidate repository. */
export const DEFAULT_GIT_TIMEOUT_MS = 60_000;

export type GitReadOptions = Partial<Pick<RunGitOptions, 'timeoutMs' | 'maxStdout' | 'onStdout' | 'input'>>;

/** A candidate's repository, opened through a shadow git dir. */
export interface CandidateRepo {
  /** The commit HEAD resolves to (not yet checked to exist). */
  readonly head: string;
  /** The clone is shallow: history before the listed commits is absent. */
  readonly shallow: boolean;
  /** What was left out while opening (alternates outside the folder, ...), one sentence each. */
  readonly notes: readonly string[];
  /** Runs `git <args>` on the shadow; rejects with GitRunError. */
  git(args: string[], options?: GitReadOptions): Promise<string>;
  /** Removes the shadow git dir. */
  dispose(): Promise<void>;
}

export type OpenResult = { repo: CandidateRepo } | { repo?: undefined; reason: string };

/** Opens the repository whose work tree is `root` (`root/.git` only: a parent repository is not this one). */
export async function openCandidateRepo(root: string): Promise<OpenResult> {
  const fence = await Fence.of(root).catch(() => undefined);
  if (!fence) return { reason: 'no git history' };
  const found = await findLayout(fence);
  if (!found.layout) return { reason: found.reason };
  const head = await resolveHead(fence, found.layout);
  if (!head) return { reason: 'no git history' };
  const shadow = await mkdtemp(join(tmpdir(), 'evident-gitdir-'));
  try {
    const built = await buildShadow(shadow, fence, found.layout, head);
    return { repo: shadowRepo(shadow, head, built) };
  } catch (err) {
    await removeTempDir(shadow);
    throw err;
  }
}

/** Runs `fn` on the opened repository and always removes the shadow; `otherwise` when there is none. */
export async function withCandidateRepo<T>(root: string, fn: (repo: CandidateRepo) => Promise<T>, otherwise: (reason: string) => T): Promise<T> {
  const opened = await openCandidateRepo(root);
  if (!opened.repo) return otherwise(opened.reason);
  try {
    return await fn(opened.repo);
  } finally {
    await opened.repo.dispose();
  }
}

interface Built {
  shallow: boolean;
  notes: string[];
}

async function buildShadow(shadow: string, fence: Fence, layout: GitLayout, head: string): Promise<Built> {
  const sha256 = head.length === 64;
  await mkdir(join(shadow, 'refs'));
  await writeFile(join(shadow, 'HEAD'), `${head}\n`);
  await writeFile(join(shadow, 'config'), shadowConfig(sha256));
  const notes: string[] = [];
  const objects = join(shadow, 'objects');
  await mkdir(objects);
  const source = await fence.inside(join(layout.commonDir, 'objects'));
  if (source) {
    const alternates = await mirrorObjects(fence, source, objects, notes);
    if (alternates.length > 0) {
      await mkdir(join(objects, 'info'));
      await writeFile(join(objects, 'info', 'alternates'), alternates.map((a) => `${a}\n`).join(''));
    }
  }
  const shallow = await readShallow(fence, layout);
  if (shallow.length > 0) await writeFile(join(shadow, 'shallow'), shallow.map((s) => `${s}\n`).join(''));
  return { shallow: shallow.length > 0, notes };
}

/** Our config: a bare repository with nothing that could run or fetch. */
function shadowConfig(sha256: boolean): string {
  return [
    '[core]',
    `\trepositoryformatversion = ${sha256 ? 1 : 0}`,
    '\tbare = true',
    '\thooksPath = /dev/null',
    '\tfsmonitor = false',
    '\tattributesFile = /dev/null',
    '\tpager = cat',
    '\tcommitGraph = false',
    '[protocol]',
    '\tallow = never',
    '[gc]',
    '\tauto = 0',
    ...(sha256 ? ['[extensions]', '\tobjectFormat = sha256'] : []),
    '',
  ].join('\n');
}

/**
 * Links the candidate's pack files and loose-object folders into `dest`, and
 * mirrors each alternate store inside the folder the same way (its own
 * alternates flattened into ours, so git never reads an alternates file of
 * the candidate's). Only regular files and real folders are linked.
 * Returns the mirrors of the alternates, for `dest/info/alternates`.
 */
async function mirrorObjects(fence: Fence, source: string, dest: string, notes: string[]): Promise<string[]> {
  const mirrors: string[] = [];
  const seen = new Set([source]);
  const queue = [source];
  for (let store = queue.shift(), i = 0; store !== undefined; store = queue.shift(), i++) {
    const target = i === 0 ? dest : join(dest, '..', `alternate-${i}`);
    if (i > 0) {
      await mkdir(target);
      mirrors.push(target);
    }
    await linkStore(store, target);
    for (const alternate of await readAlternates(fence, store, notes)) {
      if (seen.has(alternate)) continue;
      if (seen.size > MAX_ALTERNATES) {
        notes.push('alternate object stores past the limit were not read');
        break;
      }
      seen.add(alternate);
      queue.push(alternate);
    }
  }
  return mirrors;
}

async function linkStore(store: string, dest: string): Promise<void> {
  for (const entry of await readdir(store, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory()) continue;
    if (/^[0-9a-f]{2}$/.test(entry.name)) await linkLoose(join(store, entry.name), join(dest, entry.name));
    else if (entry.name === 'pack') await linkFiles(join(store, 'pack'), join(dest, 'pack'), /^pack-(?:[0-9a-f]{40}|[0-9a-f]{64})\.(?:pack|idx|rev)$/);
  }
}

const LOOSE = /^(?:[0-9a-f]{38}|[0-9a-f]{62})$/;

/** Most files linked one by one from a loose-object folder that holds anything but object files. */
export const MAX_LOOSE_LINKS = 10_000;

/**
 * A loose-object folder: linked whole when it holds only object files, else
 * file by file (object files only), unless it is too large for that: then
 * its objects are left out (they read as missing).
 */
async function linkLoose(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch(() => []);
  if (entries.every((e) => e.isFile() && LOOSE.test(e.name))) {
    await symlink(from, to, 'dir');
    return;
  }
  if (entries.length <= MAX_LOOSE_LINKS) await linkFiles(from, to, LOOSE);
}

async function linkFiles(from: string, to: string, name: RegExp): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile() && name.test(entry.name)) await symlink(join(from, entry.name), join(to, entry.name));
  }
}

/** A store's `info/alternates`: the stores inside the folder; the others are noted and dropped. */
async function readAlternates(fence: Fence, store: string, notes: string[]): Promise<string[]> {
  const text = (await fence.read(join(store, 'info', 'alternates'), 64 * 1024))?.toString('utf8') ?? '';
  const found: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const real = line.startsWith('"') ? undefined : await fence.inside(isAbsolute(line) ? line : resolve(store, line));
    if (real === undefined) notes.push('an alternate object store outside the folder was not read');
    else found.push(real);
  }
  return found;
}

function shadowRepo(shadow: string, head: string, built: Built): CandidateRepo {
  // No mailmap at all: not the work tree's `.mailmap`, nor `HEAD:.mailmap` (a bare repository's default blob).
  const config = [...READ_ONLY_CONFIG, 'mailmap.file=', 'mailmap.blob=', 'log.mailmap=false'];
  const prefix = [`--git-dir=${shadow}`, ...config.flatMap((c) => ['-c', c])];
  return {
    head,
    shallow: built.shallow,
    notes: [...new Set(built.notes)],
    git: (args, options = {}) =>
      runGit([...prefix, ...args], {
        cwd: shadow,
        // No transport at all: a fetch, had one been asked for, is refused before it starts.
        env: { ...safeGitEnv(), GIT_ALLOW_PROTOCOL: '' },
        timeoutMs: options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS,
        ...(options.maxStdout !== undefined ? { maxStdout: options.maxStdout } : {}),
        ...(options.onStdout ? { onStdout: options.onStdout } : {}),
        ...(options.input !== undefined ? { input: options.input } : {}),
      }),
    dispose: () => removeTempDir(shadow),
  };
}
