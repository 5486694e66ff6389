// `evident serve`: the first run creates the admin, later runs keep the
// accounts; the server listens on 127.0.0.1 and serves the API and the built
// web app (its routes fall back to index.html; unknown API routes stay JSON).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../cli/io.js';
import { run } from '../cli/main.js';
import { startServer, type RunningServer } from './listen.js';

let dir: string;
let server: RunningServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evident-serve-test-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

const PASSWORD = 'a long admin passphrase';

async function start(admin?: { email: string }, webRoot = join(dir, 'no-web')) {
  const said: string[] = [];
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dbPath: join(dir, 'evident.db'),
    workers: 1,
    webRoot,
    admin: admin && { ...admin, password: async () => PASSWORD },
    say: (line) => said.push(line),
  });
  return { server, said };
}

describe('server/listen', () => {
  it('creates the admin on the first run, keeps accounts on the next, and serves the API over HTTP on 127.0.0.1', async () => {
    const first = await start({ email: 'Boss@Example.com' });

    expect(first.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.said).toContain('created the admin account boss@example.com');
    expect(await (await fetch(`${first.server.url}/api/health`)).json()).toEqual({ ok: true });
    const session = await fetch(`${first.server.url}/api/auth/session`);
    const csrf = (await session.json()).csrfToken;
    const login = await fetch(`${first.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: (session.headers.get('set-cookie') ?? '').split(';')[0] },
      body: JSON.stringify({ email: 'boss@example.com', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const [sessionCookie, preSession] = login.headers.getSetCookie();
    expect(sessionCookie).toMatch(/^evident_session=[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(preSession).toMatch(/^evident_csrf=; Max-Age=0; /);
    await first.server.close();
    server = undefined;

    const second = await start({ email: 'other@example.com' });

    expect(second.said).toContain('accounts exist already: --admin-email ignored (invite users from the app)');
    expect((await second.server.store.users.list()).map((u) => u.email)).toEqual(['boss@example.com']);
  });

  it('follows a candidate over server-sent events and ends open streams when it stops', async () => {
    const { server: s } = await start({ email: 'boss@example.com' });
    const candidate = await s.store.candidates.create({ label: 'Waiting' });
    const session = await fetch(`${s.url}/api/auth/session`);
    const pre = (session.headers.get('set-cookie') ?? '').split(';')[0];
    const login = await fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': (await session.json()).csrfToken, cookie: pre },
      body: JSON.stringify({ email: 'boss@example.com', password: PASSWORD }),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0];

    const events = await fetch(`${s.url}/api/candidates/${candidate.id}/events`, { headers: { cookie } });
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    await s.close();
    server = undefined;
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);

    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(events.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(first).toBe('event: status\ndata: {"status":"new","error":null}\n\n');
    expect(rest).toBe('');
  });

  it('refuses a first run without an admin, and leaves the port closed', async () => {
    await expect(start()).rejects.toThrow(/^first run: create the admin account with --admin-email EMAIL/);
  });

  it('serves the built web app with the same headers, its routes falling back to index.html', async () => {
    const web = join(dir, 'web');
    await mkdir(join(web, 'assets'), { recursive: true });
    await writeFile(join(web, 'index.html'), '<!doctype html><title>Evident</title><script type="module" src="/assets/app.js"></script>');
    await writeFile(join(web, 'assets', 'app.js'), 'console.log("app");\n');
    const { server: s } = await start({ email: 'boss@example.com' }, web);

    const page = await fetch(`${s.url}/`);
    const deep = await fetch(`${s.url}/candidates/123`);
    const script = await fetch(`${s.url}/assets/app.js`);
    const api = await fetch(`${s.url}/api/nope`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Evident</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await deep.text()).toContain('<title>Evident</title>');
    expect(script.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: 'E_NOT_FOUND', message: 'no such route' } });
  });

  it('evident serve: usage errors exit 2 with one line', async () => {
    const io = captureIo(dir);
    const empty = captureIo(dir);

    const badPort = await run(['serve', '--port', '99999'], io);
    const noAdmin = await run(['serve', '--db', join(dir, 'fresh.db'), '--port', '0'], empty);

    expect(badPort).toBe(2);
    expect(io.stderr()).toBe('evident: --port must be a whole number from 0 to 65535\n');
    expect(noAdmin).toBe(2);
    expect(empty.stderr()).toMatch(/^evident: first run: create the admin account with --admin-email EMAIL/);
  });
});
