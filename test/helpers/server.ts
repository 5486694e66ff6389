// The team app's server for tests: buildServer on a fresh store (SQLite in a
// temporary folder, or a PostgreSQL database of its own), an in-process queue,
// seeded accounts, and a cookie-keeping client that calls it through inject()
// (no port is opened).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createHash } from 'node:crypto';
import type { ResolveHost } from '../../src/ingest/remote-guard.js';
import { InProcessQueue, screeningHandlers } from '../../src/jobs/index.js';
import { assessStored } from '../../src/jobs/assess-stored.js';
import type { SignalId } from '../../src/model/index.js';
import { buildServer, type ServerDeps } from '../../src/server/app.js';
import type { Store, User } from '../../src/store/index.js';
import { fakeScan, type FakeSignal } from './scan.js';
import { sqliteFactory, type StoreFactory, type TestStore } from './store.js';

export const PASSWORD = 'correct horse battery';

/** Public addresses for the host names tests use; any other name does not resolve (no test touches the network). */
export const TEST_HOSTS: Record<string, string[]> = {
  'github.com': ['140.82.112.3'],
  'gitlab.com': ['172.65.251.78', '2606:4700:90:0:f22e:fbec:5bed:a9b9'],
  'example.com': ['93.184.216.34'],
};

/** A resolver over TEST_HOSTS and `extra`, failing like getaddrinfo for any other name. */
export function testResolver(extra: Record<string, string[]> = {}): ResolveHost {
  return async (host) => {
    const addresses = extra[host] ?? TEST_HOSTS[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses;
  };
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  queue: InProcessQueue;
  t: TestStore;
  users: { admin: User; recruiter: User; dana: User; lee: User };
  /** A signed-in client for one of the seeded users. */
  as: (who: 'admin' | 'recruiter' | 'dana' | 'lee') => Promise<Client>;
  close: () => Promise<void>;
}

export interface TestAppOptions extends Partial<Omit<ServerDeps, 'store' | 'queue'>> {
  factory?: StoreFactory;
  /** Run the screening jobs in this process (default false). */
  work?: boolean;
  /** The workers' resolver (default testResolver()): a name may resolve elsewhere when the job runs. */
  workerResolve?: ResolveHost;
}

export async function openTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { factory = sqliteFactory, work = false, workerResolve = testResolver(), ...deps } = options;
  const t = await factory.create();
  const store = t.store;
  const queue = new InProcessQueue(store.ctx, { retry: { limit: 1, delayMs: 10 } });
  if (work) await queue.work(screeningHandlers({ store, queue, allowFileUrls: true, remote: { resolve: workerResolve }, asOf: () => '2026-01-15' }), { concurrency: 2 });
  const app = buildServer({ store, queue, allowFileUrls: true, repositoryUrls: { resolve: testResolver() }, ...deps });
  const make = async (email: string, role: User['role'], name: string) => (await store.users.create({ email, role, name, password: PASSWORD })).user;
  const users = {
    admin: await make('admin@example.com', 'admin', 'Ada Admin'),
    recruiter: await make('rita@example.com', 'recruiter', 'Rita Recruiter'),
    dana: await make('dana@example.com', 'interviewer', 'Dana Interviewer'),
    lee: await make('lee@example.com', 'interviewer', 'Lee Interviewer'),
  };
  return {
    app,
    store,
    queue,
    t,
    users,
    as: async (who) => {
      const client = new Client(app);
      await client.signIn(users[who].email, PASSWORD);
      return client;
    },
    close: async () => {
      await app.close();
      await queue.stop();
      await t.dispose();
    },
  };
}

export interface Call {
  body?: unknown;
  /** Raw payload (a multipart body, CSV text) with its content type. */
  payload?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** Send the CSRF token on a change (default true). */
  csrf?: boolean;
}

/** A browser: keeps cookies, fetches the CSRF token, sends it on changes. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrfToken = '';

  readonly app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, call: Call = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...call.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && call.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (call.contentType) headers['content-type'] = call.contentType;
    const payload = call.payload ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
    if (call.body !== undefined && !call.contentType) headers['content-type'] = 'application/json';
    const res = await this.app.inject({ method, url, headers, payload });
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get = (url: string, call?: Call) => this.call('GET', url, call);
  post = (url: string, body?: unknown, call?: Call) => this.call('POST', url, { body: body ?? {}, ...call });
  put = (url: string, body?: unknown, call?: Call) => this.call('PUT', url, { body: body ?? {}, ...call });
  patch = (url: string, body?: unknown, call?: Call) => this.call('PATCH', url, { body: body ?? {}, ...call });
  delete = (url: string, call?: Call) => this.call('DELETE', url, call);

  /** Fetches the session's (or the pre-session) CSRF token. */
  async refresh(): Promise<void> {
    const res = await this.get('/api/auth/session');
    this.csrfToken = res.json().csrfToken;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.refresh();
    const res = await this.post('/api/auth/login', { email, password });
    if (res.statusCode === 200) this.csrfToken = res.json().csrfToken;
    return res;
  }
}

/** A multipart/form-data body with one file field. */
export function multipart(filename: string, content: Buffer | string, field = 'file'): { payload: Buffer; contentType: string } {
  const boundary = `----evident${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, Buffer.from(content), tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A candidate of the role screened without running a scan: a repository
 * pointing at a stored fake scan with these signals, then the real
 * assessment from the store (status `screened`).
 */
export async function seedScreened(store: Store, roleId: string, label: string, signals: Partial<Record<SignalId, FakeSignal | true>>, extra: { emails?: string[] } = {}) {
  const candidate = await store.candidates.create({ label, roleId, emails: extra.emails, names: [label] });
  const repo = await store.repositories.add({ candidateId: candidate.id, url: `https://example.com/${label.toLowerCase().replace(/\W+/g, '-')}/portfolio.git` });
  const commit = createHash('sha1').update(label).digest('hex');
  const scanId = await store.scans.save({ commit, analyserVersion: 'test', variant: '' }, { scan: fakeScan(`${label}-portfolio`, signals), snippets: {} });
  await store.repositories.setCommit(repo.id, commit);
  await store.repositories.setScan(repo.id, scanId);
  await assessStored(store, candidate.id, roleId, '2026-01-15');
  return candidate;
}
