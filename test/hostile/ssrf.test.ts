// Server-side request forgery through repository URLs (docs/security.md ›
// Repository URLs given to the server): a URL typed into the team app makes
// the server connect, so it must never reach the server's own network: the
// loopback, private ranges, the cloud metadata address, by name, by IP in any
// spelling, IPv4-mapped IPv6, or by a name that resolves elsewhere once the
// job runs. Every route that takes a URL answers 400 with the reason and
// keeps nothing. The resolver is injected: nothing touches the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, testResolver, type Client, type TestApp } from '../helpers/server.js';

const INTERNAL = {
  'localhost': ['127.0.0.1', '::1'],
  'metadata.internal.example': ['169.254.169.254'],
  'db.internal.example': ['10.0.0.5'],
  'half.internal.example': ['93.184.216.34', '192.168.1.1'],
  'mapped.internal.example': ['::ffff:127.0.0.1'],
  'ula.internal.example': ['fd00::5'],
  'cgnat.internal.example': ['100.64.3.4'],
};

const ATTACKS: Array<[string, RegExp]> = [
  ['https://localhost/a/b.git', /loopback/],
  ['https://metadata.internal.example/latest/x.git', /169\.254\.169\.254 is a link-local/],
  ['https://db.internal.example/a/b.git', /RFC 1918/],
  ['https://half.internal.example/a/b.git', /192\.168\.1\.1 is a private/],
  ['https://mapped.internal.example/a/b.git', /127\.0\.0\.1 is a loopback/],
  ['https://ula.internal.example/a/b.git', /fc00::\/7/],
  ['https://cgnat.internal.example/a/b.git', /carrier-grade NAT/],
  ['https://169.254.169.254/latest/meta-data.git', /link-local/],
  ['https://2852039166/latest/meta-data.git', /169\.254\.169\.254 is a link-local/],
  ['https://[::ffff:a9fe:a9fe]/a/b.git', /169\.254\.169\.254 is a link-local/],
  ['https://[::]/a/b.git', /unspecified/],
  ['https://0.0.0.0/a/b.git', /unspecified/],
  ['https://github.com:22/jane/x.git', /port 22 is not allowed/],
  ['https://jane:s3cret@github.com/jane/x.git', /user name or password/],
  ['ssh://git@127.0.0.1/a/b.git', /only https/],
  ['git://10.0.0.5/a/b.git', /only https/],
  ['http://169.254.169.254/a/b.git', /plain http/],
];

let t: TestApp;
let recruiter: Client;
let roleId: string;
beforeAll(async () => {
  t = await openTestApp({ allowFileUrls: false, repositoryUrls: { resolve: testResolver(INTERNAL) } });
  recruiter = await t.as('recruiter');
  roleId = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role.id;
});
afterAll(async () => {
  await t.close();
});

describe('hostile/ssrf: repository URLs never reach the server’s own network', () => {
  it.each(ATTACKS)('POST /repositories refuses %s with 400 and the reason', async (url, why) => {
    const candidateId = (await recruiter.post('/api/candidates', { roleId, label: 'Jane Doe' })).json().candidate.id;

    const answer = await recruiter.post(`/api/candidates/${candidateId}/repositories`, { url });

    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ code: 'E_INVALID' });
    expect(answer.json().error.message).toMatch(why);
    expect(answer.json().error.message).not.toContain('s3cret');
    expect(await t.store.repositories.listByCandidate(candidateId)).toEqual([]);
  });

  it('creating a candidate with an internal URL creates nothing; a CSV import names the line', async () => {
    const roleId = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role.id;
    const created = await recruiter.post('/api/candidates', { roleId, label: 'Eve', repositories: ['https://github.com/eve/ok.git', 'https://metadata.internal.example/x/y.git'] });
    const csv = 'label,repositories\nAna Lima,https://github.com/ana/ml\nEve,https://[::ffff:10.0.0.1]/x/y.git\n';
    const imported = await recruiter.call('POST', `/api/roles/${roleId}/import`, { payload: csv, contentType: 'text/csv' });

    expect(created.statusCode).toBe(400);
    expect(created.json().error.message).toMatch(/link-local/);
    expect(imported.statusCode).toBe(400);
    expect(imported.json().rows).toEqual([{ line: 3, message: expect.stringMatching(/10\.0\.0\.1 is a private network address/) }]);
    expect(await t.store.candidates.listByRole(roleId)).toEqual([]);
  });

  it('a name that resolved to a public address when added but to the metadata address when the job runs is refused by the worker', async () => {
    const rebind = 'rebind.example';
    const t = await openTestApp({
      work: true,
      repositoryUrls: { resolve: testResolver({ [rebind]: ['93.184.216.35'] }) },
      workerResolve: testResolver({ [rebind]: ['169.254.169.254'] }),
    });
    const recruiter = await t.as('recruiter');
    const roleId = (await recruiter.post('/api/roles', { template: 'mlops-engineer' })).json().role.id;
    const created = await recruiter.post('/api/candidates', { roleId, label: 'Mallory', repositories: [`https://${rebind}/m/repo.git`] });
    const id = created.json().candidate.id;

    expect(created.statusCode).toBe(201);
    await recruiter.post(`/api/candidates/${id}/screen`);
    await recruiter.get(`/api/candidates/${id}/events`);
    const [repo] = await t.store.repositories.listByCandidate(id);

    expect(repo.error).toMatch(/rebind\.example resolves to 169\.254\.169\.254 is a link-local address/);
    expect(repo.scanId).toBeNull();
    await t.close();
  });
});
