// `evident serve`: the team app (JSON API under /api and the built web app)
// on 127.0.0.1:4400 by default. The first run creates the admin account
// (--admin-email; the password from EVIDENT_ADMIN_PASSWORD or typed at a
// hidden prompt). Stops cleanly on SIGINT/SIGTERM.
import type { Command } from 'commander';
import { UserError } from '../../util/errors.js';
import type { Io } from '../io.js';
import { readHiddenLine } from '../prompt.js';

interface ServeFlags {
  host: string;
  port: string;
  db?: string;
  dataDir?: string;
  adminEmail?: string;
  adminName?: string;
  trustProxy?: boolean;
  tlsCert?: string;
  tlsKey?: string;
  webRoot?: string;
  workers: string;
  log?: boolean;
}

function wholeNumber(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${name} must be a whole number from ${min} to ${max}`, 'E_USAGE');
  return n;
}

/** The first admin's password: EVIDENT_ADMIN_PASSWORD, or typed twice at a hidden prompt. */
async function adminPassword(io: Io): Promise<string> {
  const fromEnv = process.env.EVIDENT_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new UserError('set EVIDENT_ADMIN_PASSWORD, or run in a terminal to type the admin password', 'E_USAGE');
  const first = await readHiddenLine('admin password (12 characters or more): ', io);
  const again = await readHiddenLine('again: ', io);
  if (first !== again) throw new UserError('the two passwords differ', 'E_USAGE');
  return first;
}

export function registerServe(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the team app (JSON API and web app); DATABASE_URL: PostgreSQL store and pg-boss queue')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', '4400')
    .option('--db <path>', 'the embedded store (default ~/.evident/evident.db; ignored with DATABASE_URL)')
    .option('--data-dir <dir>', 'uploaded files (default: data/ beside the database)')
    .option('--admin-email <email>', 'first run: create this admin account')
    .option('--admin-name <name>', 'first run: the admin\'s name')
    .option('--trust-proxy', 'trust X-Forwarded-* from a reverse proxy (X-Forwarded-Proto: https makes cookies Secure)')
    .option('--tls-cert <file>', 'serve HTTPS with this certificate (PEM)')
    .option('--tls-key <file>', 'and this private key (PEM)')
    .option('--web-root <dir>', 'the built web app (default: web/dist of the package)')
    .option('--workers <n>', 'screening jobs run at once in this process (0: leave them to `evident worker`)', '1')
    .option('--log', 'log every request as a JSON line')
    .action(async (flags: ServeFlags) => {
      const port = wholeNumber(flags.port, '--port', 0, 65_535);
      const workers = wholeNumber(flags.workers, '--workers', 0, 64);
      if (Boolean(flags.tlsCert) !== Boolean(flags.tlsKey)) throw new UserError('give both --tls-cert and --tls-key', 'E_USAGE');
      const { startServer } = await import('../../server/listen.js');
      const say = (line: string) => io.err(`evident serve: ${line}\n`);
      const server = await startServer({
        host: flags.host,
        port,
        dbPath: flags.db,
        dataDir: flags.dataDir,
        databaseUrl: process.env.DATABASE_URL || undefined,
        trustProxy: flags.trustProxy,
        tls: flags.tlsCert && flags.tlsKey ? { certFile: flags.tlsCert, keyFile: flags.tlsKey } : undefined,
        webRoot: flags.webRoot,
        workers,
        admin: flags.adminEmail ? { email: flags.adminEmail, name: flags.adminName, password: () => adminPassword(io) } : undefined,
        log: flags.log,
        say,
      });
      say(`listening on ${server.url} (${server.queue.kind} queue, ${workers} worker${workers === 1 ? '' : 's'})`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      say('stopping');
      await server.close();
      setExit(0);
    });
}
