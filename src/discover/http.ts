// One host's API over Node's built-in fetch, with the manners discovery
// promises: conditional requests against a local cache, rate limits honoured
// (a short wait, else a clear stop: never a silent partial result), a time-out
// on every request, retries with backoff for 5xx answers only, and
// pagination through `Link: <...>; rel="next"` on the same origin only (a
// token is never sent to another host).
import { UserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import { VERSION } from '../version.js';
import { ApiCache } from './http-cache.js';
import { clockTime, isRateLimited, readRate, spanText, waitMs, type RateState } from './rate-limit.js';
import type { DiscoverSettings, ServiceSettings } from './settings.js';
import { SERVICE_NAMES, type Service } from './types.js';

/** An answer the caller judges (200, 304 served from the cache, 404, 403, 409, ...). */
export interface ApiAnswer {
  status: number;
  /** Parsed JSON (null when the body is not JSON). */
  body: unknown;
  /** The next page's URL, from the Link header. */
  next?: string;
}

const MAX_RATE_WAITS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const sleepReal = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ApiClient {
  readonly service: Service;
  readonly name: string;
  private readonly base: URL;
  private readonly settings: DiscoverSettings;
  private readonly token?: string;
  private readonly cache: ApiCache;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests sent (304s included), for tests and figures. */
  requests = 0;

  constructor(service: Service, settings: DiscoverSettings) {
    const own: ServiceSettings = settings[service];
    this.service = service;
    this.name = SERVICE_NAMES[service];
    this.base = new URL(own.api.endsWith('/') ? own.api : `${own.api}/`);
    this.settings = settings;
    this.token = own.token;
    this.cache = new ApiCache(settings.cacheDir, service, own.token);
    this.sleep = settings.sleep ?? sleepReal;
  }

  /** The absolute URL of a path relative to the API base (`users/alice/repos?per_page=100`). */
  url(path: string): string {
    return new URL(path.replace(/^\/+/, ''), this.base).toString();
  }

  /** One GET: a path under the base, or a URL from a Link header (same origin only). */
  async get(pathOrUrl: string): Promise<ApiAnswer> {
    const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : this.url(pathOrUrl);
    if (new URL(url).origin !== this.base.origin) throw new UserError(`the ${this.name} API pointed to another host (${new URL(url).host}); not followed`, 'E_API');
    const cached = await this.cache.read(url);
    let rateWaits = 0;
    for (let attempt = 0; ; attempt++) {
      const res = await this.send(url, cached);
      const now = Date.now();
      const rate = readRate(res.headers, now);
      if (res.status === 304 && cached) {
        await res.body?.cancel().catch(() => undefined);
        return { status: 200, body: parseJson(cached.body), next: nextLink(cached.link) };
      }
      const text = await this.readBody(res, url);
      if (isRateLimited(res.status, rate, text)) {
        const wait = waitMs(rate, now);
        if (wait > this.settings.maxWaitMs || rateWaits >= MAX_RATE_WAITS) throw this.rateLimitError(rate, wait, now);
        rateWaits++;
        this.settings.onWait?.(`${this.name} rate limit: waiting ${spanText(wait)} (until ${clockTime(now + wait, now)})`);
        await this.sleep(wait);
        attempt--;
        continue;
      }
      if (res.status >= 500) {
        if (attempt < this.settings.retries) {
          await this.sleep(this.settings.backoffMs * 2 ** attempt);
          continue;
        }
        throw new UserError(`the ${this.name} API answered ${res.status} ${attempt + 1} times for ${this.shown(url)}; try again later`, 'E_API');
      }
      if (res.status === 401) throw new UserError(`the ${this.name} API refused the token (401): check ${TOKEN_VARS[this.service]} or unset it`, 'E_API');
      const link = res.headers.get('link') ?? undefined;
      if (res.status === 200) {
        const etag = res.headers.get('etag') ?? undefined;
        const lastModified = res.headers.get('last-modified') ?? undefined;
        await this.cache.write({ url, body: text, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), ...(link ? { link } : {}) });
      }
      return { status: res.status, body: parseJson(text), next: nextLink(link) };
    }
  }

  /**
   * Every page of a listing (at most `maxPages`), items in order; `more` when
   * pages were left. A page that is not a JSON array ends the listing with
   * the status it came with (404 on the first page: no such user).
   */
  async pages(path: string): Promise<{ status: number; items: unknown[]; more: boolean }> {
    const items: unknown[] = [];
    let next: string | undefined = path;
    for (let page = 0; next !== undefined; page++) {
      if (page >= this.settings.maxPages) return { status: 200, items, more: true };
      const answer = await this.get(next);
      if (answer.status !== 200 || !Array.isArray(answer.body)) return { status: answer.status, items, more: false };
      items.push(...answer.body);
      next = answer.next;
    }
    return { status: 200, items, more: false };
  }

  private async send(url: string, cached: { etag?: string; lastModified?: string } | undefined): Promise<Response> {
    this.requests++;
    const headers: Record<string, string> = { 'user-agent': `evident/${VERSION}`, accept: this.service === 'github' ? 'application/vnd.github+json' : 'application/json' };
    if (this.service === 'github') headers['x-github-api-version'] = '2022-11-28';
    if (this.token) {
      if (this.service === 'gitlab') headers['private-token'] = this.token;
      else headers.authorization = `Bearer ${this.token}`;
    }
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    else if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    let current = url;
    try {
      // A renamed user or repository answers 301: followed on the same origin only.
      for (let hop = 0; ; hop++) {
        const res = await fetch(current, { headers, redirect: 'manual', signal });
        const location = res.headers.get('location');
        if (!REDIRECTS.has(res.status) || !location || hop >= 3) return res;
        const target = new URL(location, current);
        if (target.origin !== this.base.origin) return res;
        await res.body?.cancel().catch(() => undefined);
        current = target.toString();
      }
    } catch (err) {
      throw this.networkError(err, url);
    }
  }

  /** The body as text, at most `maxBodyBytes`; a time-out while reading is the request's time-out. */
  private async readBody(res: Response, url: string): Promise<string> {
    if (!res.body) return '';
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > this.settings.maxBodyBytes) {
          await reader.cancel().catch(() => undefined);
          throw new UserError(`the ${this.name} API answer for ${this.shown(url)} is larger than ${Math.round(this.settings.maxBodyBytes / 1048576)} MiB; not read`, 'E_API');
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw this.networkError(err, url);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  private networkError(err: unknown, url: string): UserError {
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const why =
      e?.name === 'TimeoutError' || e?.name === 'AbortError'
        ? `no answer within ${spanText(this.settings.timeoutMs)}`
        : (e?.cause?.code ?? e?.cause?.message ?? e?.message ?? 'network error');
    return new UserError(`cannot reach the ${this.name} API for ${this.shown(url)}: ${why} (--no-discover screens without it)`, 'E_NETWORK', { cause: err });
  }

  private rateLimitError(rate: RateState, wait: number, now: number): UserError {
    const left = rate.limit !== undefined ? ` (${rate.remaining ?? 0} of ${rate.limit} requests left)` : '';
    const hint = this.token ? '' : `; set ${TOKEN_VARS[this.service]} for a higher limit`;
    return new UserError(
      `${this.name} API rate limit reached${left}: it resets at ${clockTime(now + wait, now)}, in ${spanText(wait)}${hint}, or run again then; nothing was discovered`,
      'E_RATE_LIMIT',
    );
  }

  /** A URL for a message: the path and query only, credentials never. */
  private shown(url: string): string {
    const u = new URL(url);
    return redactSecrets(`${u.pathname}${u.search}`);
  }
}

export const TOKEN_VARS: Record<Service, string> = { github: 'GITHUB_TOKEN', gitlab: 'GITLAB_TOKEN', huggingface: 'HF_TOKEN' };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `rel="next"` of a Link header (RFC 8288): `<url>; rel="next", <url>; rel="last"`. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (m && /;\s*rel="?(?:[^";]*\s)?next(?:\s[^";]*)?"?\s*(?:;|$)/i.test(m[2])) return m[1];
  }
  return undefined;
}
