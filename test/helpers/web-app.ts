// The team app for browser tests and screenshots: the real server
// (buildServer, listening on 127.0.0.1 at a random port) on a fresh SQLite
// store in a temporary folder, the in-process queue working the screening
// jobs, the built web app (web/dist, built with Vite when missing or stale), and an
// admin account. Also: Debian's Chromium through playwright-core, and axe-core
// run inside a page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openQueue, screeningHandlers, type JobQueue } from '../../src/jobs/index.js';
import { buildServer } from '../../src/server/app.js';
import { fakeSettings } from './fake-api.js';
import { openStore, type Store } from '../../src/store/index.js';

const WEB_DIR = fileURLToPath(new URL('../../web', import.meta.url));
export const WEB_ROOT = join(WEB_DIR, 'dist');

export const ADMIN = { email: 'ada@example.com', name: 'Ada Lovelace', password: 'correct horse battery staple' };

export interface RunningApp {
  url: string;
  store: Store;
  queue: JobQueue;
  close: () => Promise<void>;
}

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds web/dist with Vite when it is missing (a fresh clone) or older than the web app's sources. */
export async function ensureWebBuilt(): Promise<void> {
  const index = join(WEB_ROOT, 'index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(WEB_DIR, p));
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return;
  const { build } = await import('vite');
  await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
}

export async function startWebApp(): Promise<RunningApp> {
  const dir = await mkdtemp(join(tmpdir(), 'evident-web-'));
  const store = await openStore({ dbPath: join(dir, 'evident.db'), dataDir: join(dir, 'data') });
  const queue = await openQueue(store);
  await queue.work(screeningHandlers({ store, queue, allowFileUrls: true }), { concurrency: 1 });
  await store.users.create({ ...ADMIN, role: 'admin' });
  // Repository discovery never leaves the machine: every host's API is a closed local port.
  const discover = { settings: fakeSettings('http://127.0.0.1:9', null), asOf: () => '2026-01-15' };
  const app: FastifyInstance = buildServer({ store, queue, webRoot: WEB_ROOT, allowFileUrls: true, discover });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    queue,
    async close() {
      await app.close();
      await queue.stop({ timeoutMs: 5000 });
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium (scripts/test-deps.sh installs it), with the launch flags of ../shared/stack.md. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2 A/AA rules on the page as it is now; the serious and
 * critical violations. axe is evaluated through the DevTools protocol, so the
 * page's CSP (no inline scripts) stays on.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  // A string, so this file needs no DOM types: it runs in the page.
  const result = (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  })()`)) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
