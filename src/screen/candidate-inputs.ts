// Which repositories a batch may name, and from where. A candidate folder is
// the candidate's own material: its repos.txt may name git URLs on the
// allow-list (https, ssh, git; never file://, transport helpers or options)
// and paths that stay inside the folder once symbolic links are resolved. A
// CSV manifest is the operator's: its paths are relative to the manifest and
// may be anywhere (as on the command line), its URLs pass the same allow-list
// with file:// allowed. A refused entry is a problem for that candidate only.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { looksLikeGitUrl, parseGitUrl } from '../ingest/git-url.js';
import { UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';

/** Largest repos.txt or candidate.yaml read from a candidate folder, bytes. */
export const MAX_CANDIDATE_FILE_BYTES = 64 * 1024;
/** Most repositories one candidate may name (folders, archives and repos.txt entries together). */
export const MAX_REPOS_PER_CANDIDATE = 50;

export interface EntryRules {
  /** Relative paths are resolved against this folder. */
  base: string;
  /** When set, local paths must resolve (links followed) inside this folder. */
  confineTo?: string;
  /** `file://` URLs read the local disk: the operator's manifest may use them, a candidate's folder may not. */
  allowFileUrls: boolean;
}

/** An entry as it may be shown: credentials removed, control characters replaced, clipped. */
export function shownEntry(entry: string): string {
  const clean = redactSecrets(entry).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

/**
 * A repository entry checked against the rules: a git URL as given, or the
 * real absolute path of a local folder or archive. Throws a UserError saying
 * why an entry is refused.
 */
export async function checkRepoEntry(entry: string, rules: EntryRules): Promise<string> {
  if (entry.startsWith('-')) throw new UserError(`${shownEntry(entry)} looks like a command-line option, not a repository`, 'E_SOURCE');
  // A colon before any slash is how git spells an ssh address (`host:path`): never a local path here.
  if (looksLikeGitUrl(entry) || /^[^/\\]+:/.test(entry)) {
    parseGitUrl(entry, { allowFileUrls: rules.allowFileUrls });
    return entry;
  }
  const path = resolve(rules.base, entry);
  if (!rules.confineTo) return path;
  const outside = () => new UserError(`${shownEntry(entry)} is outside the candidate's folder`, 'E_SOURCE');
  if (!isInside(rules.confineTo, path)) throw outside();
  const real = await realpath(path).catch(() => undefined);
  // A missing path is left to the scan, which reports it; nothing is read.
  if (real === undefined) return path;
  if (!isInside(await realpath(rules.confineTo), real)) throw outside();
  return real;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** A small text file, refused when larger than `max` bytes (a repos.txt or candidate.yaml). */
export async function readSmallText(path: string, label: string, max = MAX_CANDIDATE_FILE_BYTES): Promise<string> {
  // O_NOFOLLOW: a link put in place of the file after the folder was listed is not followed.
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buffer = Buffer.alloc(max + 1);
    const { bytesRead } = await handle.read(buffer, 0, max + 1, 0);
    if (bytesRead > max) throw new UserError(`${label} is larger than ${Math.round(max / 1024)} KiB`, 'E_LIMIT');
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The lines of a repos.txt (or a manifest's `repos` cell): `#` starts a comment at a line's start or after a space. */
export function listEntries(text: string): Array<{ line: number; entry: string }> {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ line: i + 1, entry: l.replace(/(^|\s)#.*$/, '').trim() }))
    .filter((x) => x.entry !== '');
}
