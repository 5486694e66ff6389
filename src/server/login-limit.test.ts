// The sign-in limit holds across server processes: two buildServer instances
// on one store (two `evident serve` processes on one database) count the same
// failed sign-ins, per client address and per account, and a success clears
// only the account's count.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from './app.js';
import { Client, openTestApp, PASSWORD, type TestApp } from '../../test/helpers/server.js';

const LIMITS = { loginAttempts: 3, accountLoginAttempts: 4 };

let t: TestApp;
let other: FastifyInstance;
beforeEach(async () => {
  t = await openTestApp({ trustProxy: true, limits: LIMITS });
  other = buildServer({ store: t.store, queue: t.queue, trustProxy: true, limits: LIMITS });
});
afterEach(async () => {
  await other.close();
  await t.close();
});

/** A browser at one client address (as a proxy in front would say). */
function browserAt(app: FastifyInstance, address: string): { signIn: (email: string, password: string) => Promise<LightMyRequestResponse> } {
  const client = new Client(app);
  return {
    signIn: async (email, password) => {
      client.csrfToken = (await client.call('GET', '/api/auth/session', { headers: { 'x-forwarded-for': address } })).json().csrfToken;
      return client.call('POST', '/api/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': address } });
    },
  };
}

describe('server/login limit across processes', () => {
  it('counts failed sign-ins from one address on either server: the limit is shared', async () => {
    const onA = browserAt(t.app, '203.0.113.7');
    const onB = browserAt(other, '203.0.113.7');

    const statuses = [(await onA.signIn('admin@example.com', 'guess 1')).statusCode, (await onB.signIn('rita@example.com', 'guess 2')).statusCode, (await onA.signIn('dana@example.com', 'guess 3')).statusCode];
    const blockedB = await onB.signIn('lee@example.com', PASSWORD);
    const blockedA = await onA.signIn('lee@example.com', PASSWORD);
    const elsewhere = await browserAt(other, '198.51.100.4').signIn('lee@example.com', PASSWORD);

    expect(statuses).toEqual([401, 401, 401]);
    expect([blockedB.statusCode, blockedA.statusCode]).toEqual([429, 429]);
    expect(blockedB.json().error).toEqual({ code: 'E_RATE_LIMITED', message: expect.stringMatching(/^too many failed attempts: try again in \d+ seconds?$/) });
    expect(Number(blockedA.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blockedA.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(elsewhere.statusCode).toBe(200);
  });

  it('counts failed sign-ins at one account from many addresses on both servers, an unknown email alike', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await browserAt(i % 2 ? other : t.app, `192.0.2.${i + 1}`).signIn('dana@example.com', `guess ${i}`)).statusCode);
    for (let i = 0; i < 4; i++) await browserAt(i % 2 ? other : t.app, `192.0.2.${i + 10}`).signIn('nobody@example.com', `guess ${i}`);

    const dana = await browserAt(other, '192.0.2.50').signIn('dana@example.com', PASSWORD);
    const nobody = await browserAt(t.app, '192.0.2.51').signIn('nobody@example.com', 'guess 5');
    const lee = await browserAt(t.app, '192.0.2.50').signIn('lee@example.com', PASSWORD);

    expect(statuses).toEqual([401, 401, 401, 401]);
    expect(dana.statusCode).toBe(429);
    expect(Number(dana.headers['retry-after'])).toBeGreaterThan(60);
    expect(dana.json().error.message).toMatch(/try again in 15 minutes/);
    // Whether the account exists or not, the answer is the same.
    expect(nobody.statusCode).toBe(429);
    expect(lee.statusCode).toBe(200);
  });

  it('a successful sign-in clears the account’s count, not the address’s', async () => {
    const here = browserAt(t.app, '203.0.113.20');
    const there = browserAt(other, '203.0.113.21');
    const a = [await here.signIn('rita@example.com', 'typo 1'), await there.signIn('rita@example.com', 'typo 2'), await there.signIn('rita@example.com', 'typo 3')].map((r) => r.statusCode);
    const ok = await here.signIn('rita@example.com', PASSWORD);
    const b = [await browserAt(other, '203.0.113.22').signIn('rita@example.com', 'typo 4'), await browserAt(t.app, '203.0.113.23').signIn('rita@example.com', 'typo 5')].map((r) => r.statusCode);
    const again = await browserAt(other, '203.0.113.24').signIn('rita@example.com', PASSWORD);
    const thereBlocked = await there.signIn('admin@example.com', 'guess');
    const thereAgain = await there.signIn('admin@example.com', 'guess');

    expect(a).toEqual([401, 401, 401]);
    expect(ok.statusCode).toBe(200);
    expect(b).toEqual([401, 401]);
    // Four failures at rita's account in all, but two before her sign-in were forgotten.
    expect(again.statusCode).toBe(200);
    // The address with two failures gets its third, then is refused.
    expect([thereBlocked.statusCode, thereAgain.statusCode]).toEqual([401, 429]);
  });

  it('counts unknown invitation tokens per address, shared too', async () => {
    const tries: number[] = [];
    for (const app of [t.app, other, t.app, other]) {
      const client = new Client(app);
      client.csrfToken = (await client.call('GET', '/api/auth/session', { headers: { 'x-forwarded-for': '203.0.113.40' } })).json().csrfToken;
      tries.push((await client.call('POST', '/api/auth/invitations/accept', { body: { token: 'not-a-token', password: 'long enough password' }, headers: { 'x-forwarded-for': '203.0.113.40' } })).statusCode);
    }

    expect(tries).toEqual([404, 404, 404, 429]);
  });
});
