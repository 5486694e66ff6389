// Where discovery talks to and how politely: the API base URLs (settings, so
// tests point them at a fake server on 127.0.0.1), tokens, time-outs, retries,
// the longest rate-limit wait and the cache of API answers. Read from the
// environment by the CLI; library callers pass their own.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../util/errors.js';
import type { Service } from './types.js';

export interface ServiceSettings {
  /** API base URL: `https://api.github.com`, `https://gitlab.com/api/v4`, `https://huggingface.co`. */
  api: string;
  token?: string;
  /** Hugging Face only: where `owner/name`, `spaces/owner/name` and `datasets/owner/name` are cloned from. */
  cloneBase?: string;
}

export interface DiscoverSettings {
  github: ServiceSettings;
  gitlab: ServiceSettings;
  huggingface: ServiceSettings;
  /** Each request (headers and body), ms. */
  timeoutMs: number;
  /** Retries of a 5xx answer (each after a doubled wait); nothing else is retried. */
  retries: number;
  /** The first of those waits, ms. */
  backoffMs: number;
  /** A rate limit that resets sooner than this is waited for; a later one stops discovery with a message. */
  maxWaitMs: number;
  /** Folder of cached API answers (ETag, body); null: no cache. */
  cacheDir: string | null;
  /** Largest API answer read, bytes. */
  maxBodyBytes: number;
  /** Pages of a listing read at most (100 items a page). */
  maxPages: number;
  /** Forks whose commits are looked up at most (two requests each on GitHub). */
  maxForkChecks: number;
  /**
   * `file://` clone URLs in API answers. Never from the environment: an API
   * answer must not make Evident read the local disk. Tests set it.
   */
  allowFileClones: boolean;
  /** Told when discovery waits for a rate limit (the CLI prints it). */
  onWait?: (message: string) => void;
  /** Injected in tests: no real waiting. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_API: Record<Service, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
  huggingface: 'https://huggingface.co',
};

/** The user's cache folder for API answers: `$XDG_CACHE_HOME/evident/api`, else `~/.cache/evident/api`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'evident', 'api');
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallbackMs: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallbackMs;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new UserError(`${name} must be a number of seconds, not ${text}`, 'E_USAGE');
  return n * 1000;
}

/**
 * Settings from the environment: `EVIDENT_GITHUB_API`, `EVIDENT_GITLAB_API`,
 * `EVIDENT_HF_API` (base URLs), `GITHUB_TOKEN`, `GITLAB_TOKEN`, `HF_TOKEN`,
 * `EVIDENT_API_TIMEOUT` and `EVIDENT_API_MAX_WAIT` (seconds),
 * `EVIDENT_API_CACHE` (`off`, or a folder; default under `XDG_CACHE_HOME`).
 */
export function discoverSettingsFromEnv(env: NodeJS.ProcessEnv): DiscoverSettings {
  const cache = env.EVIDENT_API_CACHE;
  const hfApi = checkApiBase(env.EVIDENT_HF_API || DEFAULT_API.huggingface, 'EVIDENT_HF_API');
  return {
    github: { api: checkApiBase(env.EVIDENT_GITHUB_API || DEFAULT_API.github, 'EVIDENT_GITHUB_API'), token: env.GITHUB_TOKEN || undefined },
    gitlab: { api: checkApiBase(env.EVIDENT_GITLAB_API || DEFAULT_API.gitlab, 'EVIDENT_GITLAB_API'), token: env.GITLAB_TOKEN || undefined },
    huggingface: { api: hfApi, token: env.HF_TOKEN || undefined, cloneBase: hfApi },
    timeoutMs: seconds(env, 'EVIDENT_API_TIMEOUT', 15_000) || 15_000,
    retries: 3,
    backoffMs: 500,
    maxWaitMs: seconds(env, 'EVIDENT_API_MAX_WAIT', 60_000),
    cacheDir: cache === 'off' ? null : cache && cache.startsWith('/') ? cache : defaultCacheDir(env),
    maxBodyBytes: 16 * 1024 * 1024,
    maxPages: 5,
    maxForkChecks: 10,
    allowFileClones: false,
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/**
 * An API base URL: https, or http to this machine only (a fake server in
 * tests, a local mirror). A token is never sent in clear over a network.
 */
export function checkApiBase(base: string, name: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UserError(`${name} is not a URL: ${base}`, 'E_USAGE');
  }
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  if (!ok || url.username || url.password || url.search || url.hash) {
    throw new UserError(`${name} must be an https:// URL without credentials or query (http:// only to 127.0.0.1), not ${url.protocol}//${url.host}`, 'E_USAGE');
  }
  return base.replace(/\/+$/, '');
}
