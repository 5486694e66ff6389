// Which git URLs may be cloned. Only https, ssh (also scp-like `user@host:path`),
// git and, where enabled, file URLs; transport helpers (`ext::`, `fd::`, any
// `<transport>::address`) can run commands and are refused outright.
// https://git-scm.com/docs/git-clone#_git_urls
import { UserError } from '../util/errors.js';
import { redactSecrets as redact } from '../util/redact.js';

/** Credentials out of URLs in a string (messages, git's stderr): the one shared function. */
export { redact };

export type GitScheme = 'https' | 'ssh' | 'git' | 'file';

export interface GitTarget {
  /** The URL handed to git (without the `#ref` fragment). */
  url: string;
  scheme: GitScheme;
  /** Branch, tag or commit from a `#ref` fragment. */
  ref?: string;
  /** `owner/name` from the URL's path. */
  name: string;
  /** The URL without credentials, for messages. */
  display: string;
}

export interface GitUrlOptions {
  /** `file://` URLs read the local disk: allowed for the CLI, not for a server. */
  allowFileUrls?: boolean;
}

const TRANSPORT_HELPER = /^(?<helper>[A-Za-z][A-Za-z0-9+.-]*)::/;
const SCHEME_URL = /^(?<scheme>[A-Za-z][A-Za-z0-9+.-]*):\/\//;
const SCP_LIKE = /^(?<user>[A-Za-z0-9_][A-Za-z0-9._-]*)@(?<host>[A-Za-z0-9][A-Za-z0-9.-]*|\[[0-9A-Fa-f:.]+\]):(?<path>[^\s]+)$/;
const SCHEMES: Record<string, GitScheme> = { https: 'https', ssh: 'ssh', 'git+ssh': 'ssh', 'ssh+git': 'ssh', git: 'git', file: 'file' };

/** True for anything that should be treated as a git URL rather than a local path. */
export function looksLikeGitUrl(input: string): boolean {
  return TRANSPORT_HELPER.test(input) || /^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(input) || /^[\w.-]+@[\w.[\]:-]+:/.test(input);
}

/** Checks a git URL against the allow-list; throws a UserError saying why it is refused. */
export function parseGitUrl(input: string, options: GitUrlOptions = {}): GitTarget {
  const shown = printable(redact(input));
  const helper = TRANSPORT_HELPER.exec(input)?.groups?.helper;
  if (helper) {
    throw new UserError(`refused git URL ${shown}: transport helpers (${helper}::) can run commands; use https, ssh or git URLs`, 'E_SOURCE');
  }
  const hash = input.lastIndexOf('#');
  const url = hash === -1 ? input : input.slice(0, hash);
  const ref = hash === -1 ? undefined : checkRef(input.slice(hash + 1), shown);
  if (/[\s\u0000-\u001f\u007f]/.test(url)) throw new UserError(`refused git URL ${shown}: it contains spaces or control characters`, 'E_SOURCE');
  const scheme = schemeOf(url, shown, options);
  const path = scheme.path;
  const name = repoName(path);
  if (!name) throw new UserError(`refused git URL ${shown}: it names no repository`, 'E_SOURCE');
  return { url, scheme: scheme.scheme, ...(ref ? { ref } : {}), name, display: printable(redact(url)) };
}

function schemeOf(url: string, shown: string, options: GitUrlOptions): { scheme: GitScheme; path: string } {
  const raw = SCHEME_URL.exec(url)?.groups?.scheme?.toLowerCase();
  if (raw === undefined) {
    const scp = SCP_LIKE.exec(url)?.groups;
    if (!scp || scp.path.startsWith('-')) throw new UserError(`refused git URL ${shown}: not a valid URL`, 'E_SOURCE');
    return { scheme: 'ssh', path: scp.path };
  }
  const scheme = SCHEMES[raw];
  if (!scheme) {
    const hint = raw === 'http' ? 'plain http is not allowed, use https' : 'only https, ssh, git and file URLs are cloned';
    throw new UserError(`refused git URL ${shown}: ${hint}`, 'E_SOURCE');
  }
  if (scheme === 'file' && options.allowFileUrls === false) {
    throw new UserError(`refused git URL ${shown}: file URLs are not enabled here`, 'E_SOURCE');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`refused git URL ${shown}: not a valid URL`, 'E_SOURCE');
  }
  // git refuses such hosts too (they would be read as ssh options); say so plainly.
  if (scheme !== 'file' && (!parsed.hostname || parsed.hostname.startsWith('-'))) {
    throw new UserError(`refused git URL ${shown}: invalid host`, 'E_SOURCE');
  }
  return { scheme, path: safeDecode(parsed.pathname) };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function checkRef(ref: string, shown: string): string {
  // A subset of git-check-ref-format, and never an option (`-x`) or a revision expression.
  const ok = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(ref) && !ref.includes('..') && !ref.includes('//') && !ref.endsWith('/') && !ref.endsWith('.lock');
  if (!ok) throw new UserError(`refused git URL ${shown}: invalid branch, tag or commit after #`, 'E_SOURCE');
  return ref;
}

/** `owner/name` from a URL path: the last two segments, `.git` removed. */
export function repoName(path: string): string {
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '~');
  // `/path/to/repo/.git` names `repo`.
  if (segments.length > 1 && segments[segments.length - 1].toLowerCase() === '.git') segments.pop();
  const last = segments.length > 0 ? segments[segments.length - 1].replace(/\.git$/i, '') : '';
  if (!last) return '';
  const owner = segments.length > 1 ? segments[segments.length - 2] : '';
  const clean = (s: string) => s.replace(/[^\w.@~-]/g, '_');
  return owner ? `${clean(owner)}/${clean(last)}` : clean(last);
}

function printable(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}
