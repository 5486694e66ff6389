// Where `--cache` keeps its files: the user's cache folder unless a folder is
// named, and never inside a repository being scanned (a cache written into
// the candidate's tree would change what the next scan reads, and leave our
// files in their repository).
import { homedir } from 'node:os';
import { readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../util/errors.js';

/**
 * `$XDG_CACHE_HOME/evident` when XDG_CACHE_HOME is an absolute path (the XDG
 * base directory rule); otherwise `~/Library/Caches/evident` on macOS,
 * `%LOCALAPPDATA%\evident\Cache` on Windows and `~/.cache/evident` elsewhere.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, home = homedir(), platform: NodeJS.Platform = process.platform): string {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'evident');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'evident');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'evident', 'Cache');
  return join(home, '.cache', 'evident');
}

/** The real path of `path`, resolving links in the part of it that exists. */
function realPathOf(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPathOf(parent), basename(abs));
  }
}

function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Refuses a cache folder that is the scanned folder `source` or lies inside it. */
export function refuseCacheInside(cacheDir: string, source: string): void {
  if (isWithin(realPathOf(cacheDir), realPathOf(source))) {
    throw new UserError(`the cache folder ${cacheDir} is inside ${source}, which is being scanned: give --cache a folder outside it`, 'E_USAGE');
  }
}

/** Names that mark a project or repository, never a cache folder. */
const PROJECT_MARKERS = /^(\.git|pyproject\.toml|setup\.py|setup\.cfg|requirements.*\.txt|package\.json|readme(\..*)?)$/i;

/**
 * Refuses an existing folder that holds a project (`evident scan --cache
 * repo-a repo-b` takes repo-a as the cache folder): the cache never writes
 * into someone's repository.
 */
export function refuseProjectAsCache(cacheDir: string): void {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  const marker = names.find((name) => PROJECT_MARKERS.test(name));
  if (marker) throw new UserError(`--cache ${cacheDir} holds ${marker}: it looks like a project, not a cache folder (put --cache after the sources, or name an empty folder)`, 'E_USAGE');
}
