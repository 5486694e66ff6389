import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ghCommit, ghCompare, ghRepo } from '../../test/helpers/api-shapes.js';
import { fakeSettings, startFakeApi, type FakeApi } from '../../test/helpers/fake-api.js';
import { parseCv } from '../cv/index.js';
import type { CvClaims } from '../cv/types.js';
import { discover } from './discover.js';
import type { DiscoverRequest } from './types.js';

const AS_OF = '2026-11-23';
const LIST = '/gh/users/alice/repos?type=owner&sort=pushed&direction=desc&per_page=100';
const CV = `# Alice Martin

alice.martin@example.com · https://github.com/alice

## Experience

**ML Engineer**, Shop Inc — Jan 2022 – Present

- Built model serving with FastAPI and batch pipelines in Airflow.

## Projects

- [shop-model](https://github.com/alice/shop-model): demand forecasting service
- https://github.com/acme/feature-store — contributed the Python client
`;

let api: FakeApi;
let claims: CvClaims;

const clone = (name: string) => ({ clone_url: `file:///nonexistent/${name}` });
const request = (over: Partial<DiscoverRequest> = {}): DiscoverRequest => ({ github: [], gitlab: [], huggingface: [], fromCv: true, maxRepos: 5, ...over });

/** alice's profile over two pages, a repository of someone else's named on the CV, and two forks. */
function serveAlice(): void {
  const page2 = `${api.base}/gh/user/1/repos?type=owner&sort=pushed&direction=desc&per_page=100&page=2`;
  api.route(LIST, {
    etag: 'W/"p1"',
    headers: { link: `<${page2}>; rel="next", <${page2}>; rel="last"`, 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '58' },
    json: [
      ghRepo('alice', 'dotfiles', { ...clone('dotfiles'), language: 'Shell', pushed_at: '2025-06-01T10:00:00Z' }),
      ghRepo('alice', 'shop-model', { ...clone('shop-model'), description: 'Demand forecasting served with FastAPI', topics: ['mlops', 'forecasting'] }),
      ghRepo('alice', 'scikit-learn', { ...clone('scikit-learn'), fork: true, pushed_at: '2026-10-15T10:00:00Z' }),
      ghRepo('alice', 'transformers', { ...clone('transformers'), fork: true, pushed_at: '2026-09-01T10:00:00Z' }),
      ghRepo('alice', 'llm-notes', { ...clone('llm-notes'), language: 'Jupyter Notebook', pushed_at: '2026-06-01T10:00:00Z' }),
      ghRepo('alice', 'empty-one', { ...clone('empty-one'), size: 0, language: null }),
    ],
  });
  api.route('/gh/user/1/repos', {
    json: [
      ghRepo('alice', 'pipeline', { ...clone('pipeline'), description: 'Airflow pipelines', pushed_at: '2024-05-01T10:00:00Z' }),
      ghRepo('alice', 'archived-ml', { ...clone('archived-ml'), archived: true, pushed_at: '2025-01-01T10:00:00Z' }),
      ghRepo('alice', 'old-site', { ...clone('old-site'), language: 'JavaScript', pushed_at: '2018-01-01T10:00:00Z' }),
      ghRepo('alice', 'mirror', { clone_url: 'https://evil.example/alice/mirror.git' }),
    ],
  });
  api.route('/gh/repos/acme/feature-store', { json: ghRepo('acme', 'feature-store', { ...clone('feature-store'), pushed_at: '2026-08-01T10:00:00Z' }) });
  for (const [name, parent] of [['transformers', 'huggingface'], ['scikit-learn', 'scikit-learn']]) {
    api.route(`/gh/repos/alice/${name}`, { json: ghRepo('alice', name, { fork: true, parent: ghRepo(parent, name), source: ghRepo(parent, name) }) });
  }
  api.route('/gh/repos/alice/transformers/compare/huggingface:main...main', {
    json: ghCompare([ghCommit('a'.repeat(40), 'alice', 'Alice Martin', 'alice@example.com'), ghCommit('b'.repeat(40), 'bob', 'Bob', 'bob@example.com')]),
  });
  api.route('/gh/repos/alice/scikit-learn/compare/scikit-learn:main...main', { json: ghCompare([ghCommit('c'.repeat(40), 'ogrisel', 'Olivier', 'o@example.com')]) });
  api.route('/gh/repos/alice/shop-model/commits?author=alice&per_page=100', { json: [ghCommit('d'.repeat(40), 'alice', 'Alice Martin', 'alice.martin@work.example')] });
}

beforeEach(async () => {
  api = await startFakeApi();
  claims = (await parseCv(Buffer.from(CV), 'alice.md', { now: new Date(`${AS_OF}T00:00:00Z`) })).claims;
});

afterEach(async () => {
  await api.close();
});

describe('discover', () => {
  it('lists the profile on the CV over two pages and chooses by the rules, with a reason for every repository', async () => {
    serveAlice();

    const result = await discover({ request: request(), claims, asOf: AS_OF }, fakeSettings(api.base, null));

    expect(result.profiles).toEqual([{ service: 'github', user: 'alice', from: 'cv', url: 'github.com/alice', status: 'ok', found: 10 }]);
    expect(result.repos.map((r) => [r.fullName, r.chosen, r.points, r.reason])).toEqual([
      ['alice/shop-model', true, 110, 'chosen, 1st (110 points): own repository; Python; active 2026-10-01 (within a year); named on the CV; matches CV claims: FastAPI'],
      ['acme/feature-store', true, 75, 'chosen, 2nd (75 points): someone else’s repository; Python; active 2026-08-01 (within a year); named on the CV'],
      ['alice/llm-notes', true, 65, 'chosen, 3rd (65 points): own repository; Python (Jupyter Notebook); active 2026-06-01 (within a year)'],
      ['alice/pipeline', true, 60, 'chosen, 4th (60 points): own repository; Python; active 2024-05-01 (within three years); matches CV claims: Apache Airflow'],
      ['alice/transformers', true, 45, 'chosen, 5th (45 points): fork of huggingface/transformers with 1 commit of the candidate’s own; Python; active 2026-09-01 (within a year)'],
      ['alice/dotfiles', false, 35, 'not chosen: ranked 6th (35 points: own repository; written in Shell; active 2025-06-01 (within three years)), below the 5 chosen (--max-repos)'],
      ['alice/archived-ml', false, 30, 'not chosen: ranked 7th (30 points: own repository; Python; active 2025-01-01 (within three years); archived), below the 5 chosen (--max-repos)'],
      ['alice/old-site', false, 30, 'not chosen: ranked 8th (30 points: own repository; written in JavaScript; last active 2018-01-01), below the 5 chosen (--max-repos)'],
      ['alice/mirror', false, 65, 'not chosen: clone URL https://evil.example/alice/mirror.git refused: evil.example is not the host whose API listed it'],
      ['alice/empty-one', false, 50, 'not chosen: empty repository: nothing to scan'],
      ['alice/scikit-learn', false, 45, 'not chosen: fork of scikit-learn/scikit-learn without commits of the candidate’s own'],
    ]);
    expect(result.repos.find((r) => r.fullName === 'alice/transformers')?.fork).toEqual({ parent: 'huggingface/transformers', checked: true, ownCommits: 1 });
    expect(result.identity.emails).toEqual(['alice.martin@work.example', 'alice@example.com', 'alice@users.noreply.github.com']);
    expect(result.notes).toEqual([]);
  });

  it('checks forks only as far as needed: none when enough own repositories rank above them', async () => {
    serveAlice();

    const result = await discover({ request: request({ maxRepos: 2 }), claims, asOf: AS_OF }, fakeSettings(api.base, null));

    expect(result.repos.filter((r) => r.chosen).map((r) => r.fullName)).toEqual(['alice/shop-model', 'acme/feature-store']);
    expect(result.repos.find((r) => r.fullName === 'alice/transformers')?.reason).toBe(
      'not chosen: ranked 6th (45 points: fork (commits not checked yet); Python; active 2026-09-01 (within a year)), below the 2 chosen (--max-repos)',
    );
    expect(api.requests.some((r) => r.url.includes('/compare/'))).toBe(false);
  });

  it('a second run revalidates with the ETag and is served from the cache', async () => {
    serveAlice();
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const cache = await mkdtemp(join(tmpdir(), 'evident-discover-cache-'));
    try {
      const first = await discover({ request: request(), claims, asOf: AS_OF }, fakeSettings(api.base, cache));
      const second = await discover({ request: request(), claims, asOf: AS_OF }, fakeSettings(api.base, cache));

      expect(second).toEqual(first);
      expect(api.requests.filter((r) => r.url === LIST).map((r) => r.status)).toEqual([200, 304]);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });

  it('stops the whole discovery on a rate limit met half-way (a fork check): no partial result', async () => {
    serveAlice();
    api.route('/gh/repos/alice/scikit-learn', {
      status: 403,
      json: { message: 'API rate limit exceeded for 127.0.0.1.' },
      headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3000) },
    });

    await expect(discover({ request: request(), claims, asOf: AS_OF }, fakeSettings(api.base, null))).rejects.toMatchObject({ code: 'E_RATE_LIMIT' });
  });

  it('explains a missing profile, an empty one and a repository link that is gone, one line each', async () => {
    api.route('/gh/users/nobody/repos?type=owner&sort=pushed&direction=desc&per_page=100', { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    api.route('/gh/users/quiet/repos?type=owner&sort=pushed&direction=desc&per_page=100', { json: [] });

    const result = await discover(
      { request: request({ github: ['nobody', 'https://github.com/quiet'], fromCv: false }), claims, asOf: AS_OF },
      fakeSettings(api.base, null),
    );
    const onlyLinks = await discover({ request: request(), claims: { ...claims, links: [], suggestedSources: ['https://github.com/alice/gone'] }, asOf: AS_OF }, fakeSettings(api.base, null));

    expect(result.profiles.map((p) => [p.status, p.message])).toEqual([
      ['not-found', 'github.com/nobody: no such GitHub user (404)'],
      ['empty', 'github.com/quiet: no public repositories (a new, empty or private profile)'],
    ]);
    expect(result.repos).toEqual([]);
    expect(onlyLinks.notes).toEqual(['github.com/alice/gone (named on the CV): not found or private (404)']);
  });

  it('refuses a user name that is not one, in one line', async () => {
    await expect(discover({ request: request({ github: ['-alice;rm'] }), asOf: AS_OF }, fakeSettings(api.base, null))).rejects.toThrow(
      '--github: not a GitHub user name: -alice;rm',
    );
  });
});
