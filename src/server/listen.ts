// `evident serve` behind the command line: opens the store and the queue,
// creates the first admin on the first run, starts the in-process workers,
// builds the server and listens. Returns the address and a stop function.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { remoteAllowancesFromEnv } from '../ingest/remote-guard.js';
import { openQueue, screeningHandlers, type JobQueue } from '../jobs/index.js';
import { openStore, type Store } from '../store/index.js';
import { UserError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';
import { buildServer } from './app.js';

export interface ServeOptions {
  host: string;
  port: number;
  /** The embedded store's file (ignored with databaseUrl). */
  dbPath?: string;
  dataDir?: string;
  /** `postgres://…`: the store and the job queue (pg-boss) on PostgreSQL. */
  databaseUrl?: string;
  trustProxy?: boolean;
  tls?: { certFile: string; keyFile: string };
  /** The built web app (default web/dist of the package). */
  webRoot?: string;
  /** Screening jobs run at once in this process; 0 leaves them to `evident worker` processes. */
  workers: number;
  /** The first run's admin; `password` is asked only when no account exists yet. */
  admin?: { email: string; name?: string; password: () => Promise<string> };
  /** Log every request (JSON lines on stdout). */
  log?: boolean;
  /** Repository hosts exempt from the internal-address check and ports allowed besides 443 (default: EVIDENT_REPOSITORY_HOSTS, EVIDENT_REPOSITORY_PORTS). */
  repositoryUrls?: { allowHosts: string[]; allowPorts: number[] };
  /** One line for the operator. */
  say: (line: string) => void;
}

export interface RunningServer {
  url: string;
  store: Store;
  queue: JobQueue;
  close: () => Promise<void>;
}

/** Creates the first admin when the store has no account; says so when accounts exist already. */
export async function ensureAdmin(store: Store, admin: ServeOptions['admin'], say: (line: string) => void): Promise<void> {
  if ((await store.users.count()) > 0) {
    if (admin) say(`accounts exist already: --admin-email ignored (invite users from the app)`);
    return;
  }
  if (!admin) throw new UserError('first run: create the admin account with --admin-email EMAIL (password from EVIDENT_ADMIN_PASSWORD, or typed at a prompt)', 'E_USAGE');
  const { user } = await store.users.create({ email: admin.email, name: admin.name, role: 'admin', password: await admin.password() });
  say(`created the admin account ${user.email}`);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const repositoryUrls = options.repositoryUrls ?? remoteAllowancesFromEnv(process.env);
  const https = options.tls ? { cert: await readFile(options.tls.certFile), key: await readFile(options.tls.keyFile) } : undefined;
  const store = await openStore({ databaseUrl: options.databaseUrl, dbPath: options.dbPath, dataDir: options.dataDir });
  let queue: JobQueue | undefined;
  try {
    await ensureAdmin(store, options.admin, options.say);
    queue = await openQueue(store, { databaseUrl: options.databaseUrl });
    if (options.workers > 0) await queue.work(screeningHandlers({ store, queue, remote: repositoryUrls }), { concurrency: options.workers });
    const webRoot = options.webRoot ?? join(packageRoot(), 'web', 'dist');
    if (!existsSync(join(webRoot, 'index.html'))) options.say(`no built web app in ${webRoot} (npm run build): serving the API only`);
    const app = buildServer({ store, queue, webRoot, trustProxy: options.trustProxy, https, logger: options.log, repositoryUrls });
    await app.listen({ host: options.host, port: options.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    const running = queue;
    return {
      url: `${https ? 'https' : 'http'}://${host}:${port}`,
      store,
      queue: running,
      close: async () => {
        await app.close();
        await running.stop({ timeoutMs: 30_000 });
        await store.close();
      },
    };
  } catch (err) {
    await queue?.stop({ timeoutMs: 1000 }).catch(() => {});
    await store.close();
    throw err;
  }
}
