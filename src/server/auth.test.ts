import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, openTestApp, PASSWORD, type TestApp } from '../../test/helpers/server.js';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

type Cookie = { name: string; value: string; httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string };
const cookieOf = (res: { cookies: unknown[] }, name: string) => (res.cookies as Cookie[]).find((c) => c.name === name);

describe('server/auth', () => {
  beforeEach(async () => {
    t = await openTestApp({ limits: { loginAttempts: 3 } });
  });

  it('signs in with a CSRF token only, and sets an HttpOnly, SameSite=Lax session cookie (not Secure over plain HTTP)', async () => {
    const browser = new Client(t.app);
    const first = await browser.get('/api/auth/session');
    expect(first.json()).toEqual({ user: null, csrfToken: expect.stringMatching(/^[\w-]{20,}$/) });
    expect(cookieOf(first, 'evident_csrf')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const refused = await browser.post('/api/auth/login', { email: 'admin@example.com', password: PASSWORD });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: { code: 'E_CSRF', message: 'missing or wrong CSRF token: reload the page and try again' } });

    const res = await browser.signIn('admin@example.com', PASSWORD);

    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email: 'admin@example.com', role: 'admin' });
    expect(res.json().user.passwordHash).toBeUndefined();
    const session = cookieOf(res, 'evident_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.secure).toBeFalsy();
    expect((await browser.get('/api/auth/session')).json()).toMatchObject({ user: { email: 'admin@example.com' }, csrfToken: res.json().csrfToken });
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const browser = new Client(t.app);

    const wrong = await browser.signIn('admin@example.com', 'not the password');
    const unknown = await browser.signIn('nobody@example.com', PASSWORD);

    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual({ error: { code: 'E_LOGIN', message: 'wrong email or password' } });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('issues a new session on every sign-in: a planted or earlier session id is never kept (no fixation)', async () => {
    const browser = await t.as('recruiter');
    const before = browser.cookies.get('evident_session') as string;

    await browser.signIn('admin@example.com', PASSWORD);

    const after = browser.cookies.get('evident_session') as string;
    expect(after).not.toBe(before);
    const stale = new Client(t.app);
    stale.cookies.set('evident_session', before);
    expect((await stale.get('/api/auth/session')).json().user).toBeNull();

    const victim = new Client(t.app);
    victim.cookies.set('evident_session', 'attacker-chosen-session-token-0123456789');
    await victim.signIn('rita@example.com', PASSWORD);
    expect(victim.cookies.get('evident_session')).not.toBe('attacker-chosen-session-token-0123456789');
    expect((await victim.get('/api/auth/session')).json().user.email).toBe('rita@example.com');
  });

  it('signs out: the session is deleted on the server, not only forgotten by the browser', async () => {
    const browser = await t.as('dana');
    const token = browser.cookies.get('evident_session') as string;

    const res = await browser.post('/api/auth/logout');

    expect(res.statusCode).toBe(204);
    const replay = new Client(t.app);
    replay.cookies.set('evident_session', token);
    expect((await replay.get('/api/candidates')).statusCode).toBe(401);
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const browser = new Client(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await browser.signIn('admin@example.com', `guess ${i}`)).statusCode);

    const blocked = await browser.signIn('admin@example.com', PASSWORD);

    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('E_RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('sends a strict CSP and security headers; no HSTS over plain HTTP; API answers are not cached', async () => {
    const res = await new Client(t.app).get('/api/health');

    expect(res.json()).toEqual({ ok: true });
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
    );
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', 'cross-origin-opener-policy': 'same-origin' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers errors as JSON without stack traces', async () => {
    const admin = await t.as('admin');

    const missing = await admin.get('/api/nothing-here');
    const anonymous = await new Client(t.app).get('/api/candidates');
    const broken = await admin.call('POST', '/api/roles', { payload: '{"template": ', contentType: 'application/json' });
    const invalid = await admin.post('/api/roles', { template: 'mlops-engineer', extra: 1 });

    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'E_NOT_FOUND', message: 'no such route' } });
    expect(anonymous.json()).toEqual({ error: { code: 'E_UNAUTHENTICATED', message: 'sign in first' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('E_INVALID');
    expect(invalid.statusCode).toBe(400);
    for (const res of [missing, anonymous, broken, invalid]) expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('server/auth behind a proxy', () => {
  it('marks cookies Secure when a trusted proxy says the request came over HTTPS, and only then', async () => {
    t = await openTestApp({ trustProxy: true });
    const viaTls = new Client(t.app);
    await viaTls.call('GET', '/api/auth/session', { headers: { 'x-forwarded-proto': 'https' } });

    const res = await viaTls.call('POST', '/api/auth/login', { body: { email: 'admin@example.com', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https', 'x-csrf-token': (await viaTls.get('/api/auth/session')).json().csrfToken } });

    expect(res.statusCode).toBe(200);
    expect(cookieOf(res, 'evident_session')?.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const plain = await new Client(t.app).signIn('admin@example.com', PASSWORD);
    expect(cookieOf(plain, 'evident_session')?.secure).toBeFalsy();
  });

  it('ignores X-Forwarded-Proto unless the proxy is trusted', async () => {
    t = await openTestApp();
    const browser = new Client(t.app);
    await browser.refresh();

    const res = await browser.call('POST', '/api/auth/login', { body: { email: 'admin@example.com', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' } });

    expect(cookieOf(res, 'evident_session')?.secure).toBeFalsy();
  });
});
