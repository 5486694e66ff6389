// Flag parsing shared by commands: repeatable options, durations, dates. Loaded
// at start-up, so it imports nothing heavy (the role choice is in role-flags.ts).
import { resolve } from 'node:path';
import { UserError } from '../util/errors.js';

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseSeconds(text: string, flag = '--blame-budget'): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UserError(`${flag} must be a positive number of seconds, not ${text}`, 'E_USAGE');
  return n * 1000;
}

export function parsePositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} must be a positive whole number, not ${text}`, 'E_USAGE');
  return n;
}

/** `--as-of YYYY-MM-DD`, default today (UTC): recency is measured from it. */
export function parseAsOf(text: string | undefined): string {
  if (text === undefined) return new Date().toISOString().slice(0, 10);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
  if (!ok) throw new UserError(`--as-of must be a date YYYY-MM-DD, not ${text}`, 'E_USAGE');
  return text;
}

/** The description of `--cache [dir]`. */
export const CACHE_HELP = 'cache parsed facts and whole scans in DIR (default: the user cache folder, $XDG_CACHE_HOME/evident or ~/.cache/evident); a re-scan of an unchanged source reads the cache; keyed by the analyser\'s own files, so an upgrade never reuses old results';

/** `--cache [dir]`: the folder named, the user's cache folder when none is, undefined without the flag. */
export async function cacheDirFrom(flag: string | boolean | undefined, cwd: string): Promise<string | undefined> {
  if (flag === undefined || flag === false) return undefined;
  if (flag === true) return (await import('../scan/cache-dir.js')).userCacheDir();
  return resolve(cwd, flag);
}
