// Repository discovery through the API (issue 12): a CV uploaded, discovery
// run against a fake GitHub API on 127.0.0.1 (never the real network), every
// repository listed with why it was found, how sure it is to be the
// candidate's and why it was chosen or not; the recruiter's ticks become the
// candidate's repositories and only those are screened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ghCommit, ghCompare, ghRepo } from '../../test/helpers/api-shapes.js';
import { buildDocx, para } from '../../test/helpers/docx.js';
import { fakeSettings, startFakeApi, type FakeApi } from '../../test/helpers/fake-api.js';
import { multipart, openTestApp, type Client, type TestApp } from '../../test/helpers/server.js';
import type { DiscoveryRow, DiscoveryView } from '../model/index.js';

const CV = ['Alice Martin', 'alice.martin@example.com · https://github.com/alice', 'Experience', 'ML Engineer, Shop Inc, Jan 2022 – Present: model serving with FastAPI.', 'Projects', 'https://github.com/acme/feature-store: contributed the Python client'];
const LIST = '/gh/users/alice/repos?type=owner&sort=pushed&direction=desc&per_page=100';
const clone = (name: string) => ({ clone_url: `file:///nonexistent/${name}` });

function serveAlice(api: FakeApi): void {
  api.route(LIST, {
    json: [
      ghRepo('alice', 'shop-model', { ...clone('shop-model'), description: 'Demand forecasting served with FastAPI' }),
      ghRepo('alice', 'llm-notes', { ...clone('llm-notes'), language: 'Jupyter Notebook', pushed_at: '2026-06-01T10:00:00Z' }),
      ghRepo('alice', 'scikit-learn', { ...clone('scikit-learn'), fork: true, pushed_at: '2026-10-15T10:00:00Z' }),
      ghRepo('alice', 'empty-one', { ...clone('empty-one'), size: 0, language: null }),
      ghRepo('alice', 'mirror', { clone_url: 'https://evil.example/alice/mirror.git' }),
    ],
  });
  api.route('/gh/repos/acme/feature-store', { json: ghRepo('acme', 'feature-store', { ...clone('feature-store'), pushed_at: '2026-08-01T10:00:00Z' }) });
  api.route('/gh/repos/alice/scikit-learn', { json: ghRepo('alice', 'scikit-learn', { fork: true, parent: ghRepo('scikit-learn', 'scikit-learn'), source: ghRepo('scikit-learn', 'scikit-learn') }) });
  api.route('/gh/repos/alice/scikit-learn/compare/scikit-learn:main...main', { json: ghCompare([ghCommit('c'.repeat(40), 'ogrisel', 'Olivier', 'o@example.com')]) });
  api.route('/gh/repos/alice/shop-model/commits?author=alice&per_page=100', { json: [ghCommit('d'.repeat(40), 'alice', 'Alice Martin', 'alice.martin@work.example')] });
}

const row = (d: DiscoveryView, name: string) => d.repos.find((r) => r.fullName === name) as DiscoveryRow;

describe('server/discovery', () => {
  let api: FakeApi;
  let t: TestApp;
  let recruiter: Client;
  let candidateId: string;

  beforeEach(async () => {
    api = await startFakeApi();
    t = await openTestApp({ discover: { settings: fakeSettings(api.base, null), asOf: () => '2026-11-23' } });
    recruiter = await t.as('recruiter');
    const role = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role;
    candidateId = (await recruiter.post('/api/candidates', { roleId: role.id, label: 'Alice Martin' })).json().candidate.id;
    const cv = multipart('alice.docx', buildDocx(CV.map((l) => para(l))));
    expect((await recruiter.post(`/api/candidates/${candidateId}/cv`, undefined, cv)).statusCode).toBe(201);
  });
  afterEach(async () => {
    await t.close();
    await api.close();
  });

  it('lists every repository found from the CV with why, how sure and whether chosen; the ticked ones, and only those, are screened', async () => {
    serveAlice(api);
    expect((await recruiter.get(`/api/candidates/${candidateId}/discovery`)).json()).toEqual({ discovery: null });

    const ran = await recruiter.post(`/api/candidates/${candidateId}/discovery`, {});

    expect(ran.statusCode).toBe(201);
    const found: DiscoveryView = ran.json().discovery;
    expect(found.profiles).toEqual([{ service: 'github', user: 'alice', from: 'cv', url: 'github.com/alice', status: 'ok', found: 5 }]);
    expect(found.repos.map((r) => [r.fullName, r.ticked, r.selectable, r.confidence.level])).toEqual([
      ['acme/feature-store', true, true, 'medium'],
      ['alice/shop-model', true, true, 'high'],
      ['alice/llm-notes', true, true, 'high'],
      ['alice/mirror', false, false, 'high'],
      ['alice/empty-one', false, false, 'high'],
      ['alice/scikit-learn', false, true, 'low'],
    ]);
    expect(row(found, 'alice/shop-model')).toMatchObject({
      key: 'github:repository:alice/shop-model',
      foundVia: ['github.com/alice'],
      added: false,
      reason: 'chosen, 2nd (70 points): own repository; Python; active 2026-10-01 (within a year); matches CV claims: FastAPI',
      confidence: { level: 'high', why: 'the candidate’s own, on github.com/alice' },
    });
    expect(row(found, 'acme/feature-store').confidence.why).toBe('someone else’s repository named on the CV: only the candidate’s own commits will count');
    expect(row(found, 'alice/scikit-learn')).toMatchObject({ reason: 'not chosen: fork of scikit-learn/scikit-learn without commits of the candidate’s own', confidence: { why: 'a fork of scikit-learn/scikit-learn without commits of the candidate’s own' } });
    expect(found.choice).toBeNull();
    // Nothing is screened before the recruiter confirms.
    expect((await recruiter.get(`/api/candidates/${candidateId}`)).json().repositories).toEqual([]);

    // Untick the team's repository, keep two, add one by hand.
    const keys = ['github:repository:alice/shop-model', 'github:repository:alice/llm-notes'];
    const chosen = await recruiter.put(`/api/candidates/${candidateId}/discovery/choice`, { keys, add: ['file:///nonexistent/by-hand'] });

    expect(chosen.statusCode).toBe(200);
    // Added in one request, so within one millisecond: listed by time, then id, in no order a test can know.
    expect(chosen.json().repositories.map((r: { url: string }) => r.url).sort()).toEqual(['file:///nonexistent/by-hand', 'file:///nonexistent/llm-notes', 'file:///nonexistent/shop-model']);
    const after: DiscoveryView = chosen.json().discovery;
    expect(after.repos.filter((r) => r.ticked).map((r) => r.fullName)).toEqual(['alice/shop-model', 'alice/llm-notes']);
    expect(after.repos.filter((r) => r.added).map((r) => r.fullName)).toEqual(['alice/shop-model', 'alice/llm-notes']);
    expect(after.choice).toMatchObject({ keys, chosenBy: t.users.recruiter.id });
    // The hosts' identities join the candidate's, so authorship counts their commits.
    expect((await recruiter.get(`/api/candidates/${candidateId}`)).json().candidate.emails).toEqual(['alice.martin@work.example', 'alice@users.noreply.github.com']);

    // Unticking removes a discovered repository again; one added by hand stays.
    const narrowed = await recruiter.put(`/api/candidates/${candidateId}/discovery/choice`, { keys: keys.slice(0, 1) });
    const urls = narrowed.json().repositories.map((r: { url: string }) => r.url);
    expect([...urls].sort()).toEqual(['file:///nonexistent/by-hand', 'file:///nonexistent/shop-model']);

    expect((await recruiter.post(`/api/candidates/${candidateId}/screen`)).statusCode).toBe(202);
    const jobs = await t.store.ctx.db.selectFrom('jobs').select(['name', 'payload']).where('candidateId', '=', candidateId).execute();
    const repos = await t.store.repositories.listByCandidate(candidateId);
    const scanned = jobs.filter((j) => j.name === 'scan-repository').map((j) => repos.find((r) => r.id === JSON.parse(j.payload).repositoryId)?.url);
    expect(scanned.sort()).toEqual([...urls].sort());
  });

  it('refuses keys it did not find or cannot screen, and staff-only routes answer 403 to an interviewer', async () => {
    serveAlice(api);
    await recruiter.post(`/api/candidates/${candidateId}/discovery`, {});

    const unknown = await recruiter.put(`/api/candidates/${candidateId}/discovery/choice`, { keys: ['github:repository:bob/x'] });
    const empty = await recruiter.put(`/api/candidates/${candidateId}/discovery/choice`, { keys: ['github:repository:alice/empty-one'] });
    const evil = await recruiter.put(`/api/candidates/${candidateId}/discovery/choice`, { keys: ['github:repository:alice/mirror'] });

    expect([unknown.statusCode, empty.statusCode, evil.statusCode]).toEqual([400, 400, 400]);
    expect(empty.json().error.message).toBe('keys: github:repository:alice/empty-one cannot be screened (empty repository: nothing to scan)');
    expect(await t.store.repositories.listByCandidate(candidateId)).toEqual([]);
    const dana = await t.as('dana');
    for (const res of [
      await dana.get(`/api/candidates/${candidateId}/discovery`),
      await dana.post(`/api/candidates/${candidateId}/discovery`, {}),
      await dana.put(`/api/candidates/${candidateId}/discovery/choice`, { keys: [] }),
    ]) {
      expect(res.statusCode).toBe(403);
    }
  });

  it('a profile named by the recruiter is read too; a rate limit answers one line and keeps the earlier discovery', async () => {
    serveAlice(api);
    api.route('/gh/users/al-ml/repos?type=owner&sort=pushed&direction=desc&per_page=100', { json: [ghRepo('al-ml', 'drift-monitor', clone('drift-monitor'))] });
    const both = await recruiter.post(`/api/candidates/${candidateId}/discovery`, { github: ['https://github.com/al-ml'] });
    expect(both.json().discovery.profiles.map((p: { url: string; from: string }) => `${p.url} (${p.from})`)).toEqual(['github.com/al-ml (option)', 'github.com/alice (cv)']);
    expect(row(both.json().discovery, 'al-ml/drift-monitor').confidence.why).toBe('the candidate’s own, on github.com/al-ml');
    expect((await recruiter.post(`/api/candidates/${candidateId}/discovery`, { github: ['not a user!'] })).statusCode).toBe(400);

    api.route(LIST, { status: 403, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, json: { message: 'API rate limit exceeded' } });
    const limited = await recruiter.post(`/api/candidates/${candidateId}/discovery`, {});

    expect(limited.statusCode).toBe(502);
    expect(limited.json().error.code).toBe('E_DISCOVERY');
    expect(limited.json().error.message).toMatch(/^GitHub API rate limit reached .*nothing was discovered$/);
    expect((await recruiter.get(`/api/candidates/${candidateId}/discovery`)).json().discovery.profiles).toHaveLength(2);
  });
});
