import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeSettings, startFakeApi, type FakeApi } from '../../test/helpers/fake-api.js';
import { ApiClient, nextLink } from './http.js';

let api: FakeApi;
let cache: string;

beforeEach(async () => {
  api = await startFakeApi();
  cache = await mkdtemp(join(tmpdir(), 'evident-api-cache-'));
});

afterEach(async () => {
  await api.close();
  await rm(cache, { recursive: true, force: true });
});

/** GitHub's primary rate-limit headers: `remaining` of 60 left, resetting `resetIn` seconds from now. */
function rate(remaining: number, resetIn: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '60',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetIn),
    'x-ratelimit-resource': 'core',
  };
}

const RATE_LIMITED = { message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' };

describe('discover/http', () => {
  it('sends a conditional request with the cached ETag and serves a 304 from the cache', async () => {
    api.route('/gh/users/alice', { etag: '"abc123"', json: { login: 'alice', public_repos: 3 }, headers: rate(59, 3600) });
    const first = new ApiClient('github', fakeSettings(api.base, cache));
    const second = new ApiClient('github', fakeSettings(api.base, cache));

    const a = await first.get('users/alice');
    const b = await second.get('users/alice');

    expect(a).toEqual({ status: 200, body: { login: 'alice', public_repos: 3 } });
    expect(b).toEqual(a);
    expect(api.requests.map((r) => [r.headers['if-none-match'], r.status])).toEqual([
      [undefined, 200],
      ['"abc123"', 304],
    ]);
    expect(api.requests[0].headers['user-agent']).toMatch(/^evident\//);
    expect(await readdir(cache)).toHaveLength(1);
  });

  it('keeps answers seen with a token apart from anonymous ones, and sends each host its own header', async () => {
    api.route('/gh/users/alice', { etag: '"e1"', json: { login: 'alice' } });
    api.route('/gl/api/v4/users', { etag: '"e2"', json: [] });
    const anonymous = new ApiClient('github', fakeSettings(api.base, cache));
    const withToken = new ApiClient('github', { ...fakeSettings(api.base, cache), github: { api: `${api.base}/gh`, token: 'ghp_secret' } });
    const gitlab = new ApiClient('gitlab', { ...fakeSettings(api.base, cache), gitlab: { api: `${api.base}/gl/api/v4`, token: 'glpat_secret' } });

    await anonymous.get('users/alice');
    await withToken.get('users/alice');
    await gitlab.get('users?username=alice');

    expect(api.requests.map((r) => [r.headers.authorization, r.headers['private-token'], r.headers['if-none-match']])).toEqual([
      [undefined, undefined, undefined],
      ['Bearer ghp_secret', undefined, undefined],
      [undefined, 'glpat_secret', undefined],
    ]);
  });

  it('follows Link rel="next" across pages and says when the page limit left some out', async () => {
    const page = (n: number, next?: number) => ({
      json: [{ n }],
      headers: next ? { link: `<${api.base}/gh/users/alice/repos?page=${next}>; rel="next", <${api.base}/gh/users/alice/repos?page=3>; rel="last"` } : {},
    });
    api.route('/gh/users/alice/repos', page(1, 2));
    api.route('/gh/users/alice/repos?page=2', page(2, 3));
    api.route('/gh/users/alice/repos?page=3', page(3));

    const all = await new ApiClient('github', fakeSettings(api.base, null)).pages('users/alice/repos');
    const cut = await new ApiClient('github', fakeSettings(api.base, null, { maxPages: 2 })).pages('users/alice/repos');

    expect(all).toEqual({ status: 200, items: [{ n: 1 }, { n: 2 }, { n: 3 }], more: false });
    expect(cut).toEqual({ status: 200, items: [{ n: 1 }, { n: 2 }], more: true });
  });

  it('never follows a Link or a redirect to another host (the token would go with it)', async () => {
    api.route('/gh/users/alice/repos', { json: [{ n: 1 }], headers: { link: '<https://evil.example/steal?page=2>; rel="next"' } });
    api.route('/gh/users/bob', { status: 301, headers: { location: 'https://evil.example/users/bob' } });
    const client = new ApiClient('github', fakeSettings(api.base, null));

    await expect(client.pages('users/alice/repos')).rejects.toThrow('the GitHub API pointed to another host (evil.example); not followed');
    expect((await client.get('users/bob')).status).toBe(301);
  });

  it('waits for a rate limit that resets soon, then asks again', async () => {
    api.route('/gh/users/alice', [{ status: 403, json: RATE_LIMITED, headers: rate(0, 30) }, { json: { login: 'alice' }, headers: rate(59, 3600) }]);
    const messages: string[] = [];
    const settings = fakeSettings(api.base, null, { onWait: (m) => messages.push(m) });

    const answer = await new ApiClient('github', settings).get('users/alice');

    expect(answer.body).toEqual({ login: 'alice' });
    expect(settings.waits).toHaveLength(1);
    expect(settings.waits[0]).toBeGreaterThan(25_000);
    expect(settings.waits[0]).toBeLessThanOrEqual(32_000);
    expect(messages[0]).toMatch(/^GitHub rate limit: waiting \d+ s \(until (?:\d{4}-\d\d-\d\d )?\d\d:\d\d UTC\)$/);
  });

  it('stops with one clear line when the limit resets later than it will wait: never a partial result', async () => {
    api.route('/gh/users/alice/repos', { status: 403, json: RATE_LIMITED, headers: rate(0, 7200) });
    const settings = fakeSettings(api.base, null);

    const failure = new ApiClient('github', settings).pages('users/alice/repos');

    await expect(failure).rejects.toMatchObject({ code: 'E_RATE_LIMIT' });
    await expect(failure).rejects.toThrow(
      /^GitHub API rate limit reached \(0 of 60 requests left\): it resets at (?:\d{4}-\d\d-\d\d )?\d\d:\d\d UTC, in (1 h 59|2 h 0|2 h 1) min; set GITHUB_TOKEN for a higher limit, or run again then; nothing was discovered$/,
    );
    expect(settings.waits).toEqual([]);
  });

  it('honours Retry-After on a 429 (GitLab) and the draft RateLimit field (Hugging Face)', async () => {
    api.route('/gl/api/v4/users', [{ status: 429, json: { message: 'Retry later' }, headers: { 'retry-after': '5', 'ratelimit-remaining': '0' } }, { json: [] }]);
    api.route('/hf/api/users/alice/overview', [{ status: 429, json: { error: 'rate limited' }, headers: { ratelimit: '"api";r=0;t=12' } }, { json: { user: 'alice' } }]);
    const settings = fakeSettings(api.base, null);

    await new ApiClient('gitlab', settings).get('users?username=alice');
    await new ApiClient('huggingface', settings).get('api/users/alice/overview');

    expect(settings.waits).toEqual([5000, 13_000]);
  });

  it('retries a 5xx with doubling waits, and nothing else', async () => {
    api.route('/gh/users/alice', [{ status: 502, text: 'bad gateway' }, { status: 503, text: '' }, { json: { login: 'alice' } }]);
    api.route('/gh/users/bob', { status: 500, text: 'oops' });
    api.route('/gh/users/carol', { status: 404, json: { message: 'Not Found' } });
    const settings = fakeSettings(api.base, null);
    const client = new ApiClient('github', settings);

    expect((await client.get('users/alice')).body).toEqual({ login: 'alice' });
    await expect(client.get('users/bob')).rejects.toThrow('the GitHub API answered 500 4 times for /gh/users/bob; try again later');
    expect((await client.get('users/carol')).status).toBe(404);
    expect(settings.waits).toEqual([500, 1000, 500, 1000, 2000]);
    expect(api.requests.filter((r) => r.url === '/gh/users/carol')).toHaveLength(1);
  });

  it('times out a request that does not answer, in one line', async () => {
    api.route('/gh/users/slow', { json: {}, delayMs: 3000 });

    const failure = new ApiClient('github', fakeSettings(api.base, null, { timeoutMs: 200 })).get('users/slow');

    await expect(failure).rejects.toMatchObject({ code: 'E_NETWORK' });
    await expect(failure).rejects.toThrow('cannot reach the GitHub API for /gh/users/slow: no answer within 1 s (--no-discover screens without it)');
  });

  it('refuses an answer over the size limit, and says a refused token plainly', async () => {
    api.route('/gh/users/big', { text: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }) });
    api.route('/gh/users/me', { status: 401, json: { message: 'Bad credentials' } });
    const client = new ApiClient('github', fakeSettings(api.base, null));

    await expect(client.get('users/big')).rejects.toThrow('the GitHub API answer for /gh/users/big is larger than 1 MiB; not read');
    await expect(client.get('users/me')).rejects.toThrow('the GitHub API refused the token (401): check GITHUB_TOKEN or unset it');
  });

  it('reads rel="next" among other relations', () => {
    expect(nextLink('<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next"')).toBe('https://a/x?page=3');
    expect(nextLink('<https://a/x?page=9>; rel="last"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
});
