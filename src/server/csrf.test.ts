// Every route that changes anything refuses a request without the session's
// CSRF token, or with another one, before it reads the body: the database and
// the data folder are the same afterwards, byte for byte.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleFile, templatePath } from '../assess/role-profile.js';
import { multipart, openTestApp, type TestApp } from '../../test/helpers/server.js';
import { TABLES } from '../store/index.js';

let t: TestApp;
const routes: Array<{ method: string; url: string }> = [];
beforeAll(async () => {
  t = await openTestApp();
  t.app.addHook('onRoute', (r: RouteOptions) => {
    for (const method of [r.method].flat()) if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) routes.push({ method, url: r.url });
  });
  await t.app.ready();
});
afterAll(async () => {
  await t.close();
});

async function snapshot(): Promise<string> {
  const dump: Record<string, unknown> = {};
  for (const table of TABLES) dump[table] = await t.store.ctx.db.selectFrom(table).selectAll().execute();
  dump.files = await readdir(join(t.t.dataDir, 'files')).catch(() => []);
  return JSON.stringify(dump);
}

describe('server/csrf', () => {
  it('refuses every change without the CSRF token, or with a wrong one, and changes nothing', async () => {
    const role = await t.store.roles.create({ profile: loadRoleFile(templatePath('mlops-engineer')) });
    const candidate = await t.store.candidates.create({ label: 'Jane', roleId: role.id });
    const file = await t.store.files.put({ candidateId: candidate.id, kind: 'cv', originalName: 'cv.pdf', content: Buffer.from('%PDF-1.4') });
    const repo = await t.store.repositories.add({ candidateId: candidate.id, url: 'https://example.com/jane/repo.git' });
    const ids: Record<string, string> = { roleId: role.id, candidateId: candidate.id, fileId: file.id, repositoryId: repo.id, userId: t.users.lee.id, interviewerId: t.users.lee.id };
    const admin = await t.as('admin');
    const before = await snapshot();
    const upload = multipart('cv.pdf', '%PDF-1.4 hello');

    const answers: string[] = [];
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, (_m, name: string) => ids[name] ?? 'x');
      const isUpload = /\/(cv|archives)$/.test(url);
      for (const headers of [{}, { 'x-csrf-token': 'not-the-token-of-this-session-000' }]) {
        const res = await admin.call(route.method as 'POST', url, { csrf: false, headers, ...(isUpload ? upload : { body: {} }) });
        answers.push(`${route.method} ${route.url} ${res.statusCode} ${res.json().error?.code}`);
      }
    }

    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(answers.filter((a) => !a.endsWith(' 403 E_CSRF'))).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
