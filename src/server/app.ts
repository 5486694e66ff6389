// buildServer(deps): the Fastify instance of the team app, never listening
// (tests call inject(); `evident serve` calls listen()). Security headers and
// a strict CSP (helmet), cookies, multipart uploads,
// the session and CSRF check before any body is read, JSON errors, the API
// routes under /api/, and the built web app as static files when given.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DiscoverSettings } from '../discover/settings.js';
import type { IngestLimits } from '../ingest/index.js';
import type { ResolveHost } from '../ingest/remote-guard.js';
import type { JobQueue } from '../jobs/index.js';
import type { Store } from '../store/index.js';
import { DEFAULT_LIMITS, type RouteContext, type ServerLimits } from './context.js';
import { errorHandler, sendError } from './errors.js';
import { registerRoutes } from './routes/index.js';
import { checkCsrf, SESSION_COOKIE } from './session.js';

export interface ServerDeps {
  store: Store;
  queue: JobQueue;
  /** The built web app (web/dist): served as static files with index.html for its routes. */
  webRoot?: string;
  /** Trust X-Forwarded-* from a proxy in front (then `X-Forwarded-Proto: https` makes cookies Secure). */
  trustProxy?: boolean;
  /** TLS on the server itself. */
  https?: { key: Buffer; cert: Buffer };
  limits?: Partial<ServerLimits>;
  /** Accept file:// repository URLs: tests only (they read the server's own disk). */
  allowFileUrls?: boolean;
  ingestLimits?: Partial<IngestLimits>;
  /**
   * What a repository URL may point at (see ingest/remote-guard.ts): the
   * resolver (tests inject one; default the system's), ports allowed besides
   * 443, and hosts exempt from the internal-address check (a forge on the
   * private network, named by the operator).
   */
  repositoryUrls?: { resolve?: ResolveHost; allowPorts?: number[]; allowHosts?: string[] };
  /** Repository discovery: API settings (tests point them at a fake API) and the date recency is measured from; default the environment and today. */
  discover?: { settings?: DiscoverSettings; asOf?: () => string };
  /** Request logging (default off; `evident serve` turns it on). */
  logger?: boolean;
}

const CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export function buildServer(deps: ServerDeps): FastifyInstance {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = Fastify({
    logger: deps.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] } : false,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: limits.jsonBytes,
    ...(deps.https ? { https: deps.https } : {}),
  }) as unknown as FastifyInstance;
  const ctx: RouteContext = { store: deps.store, queue: deps.queue, limits, allowFileUrls: deps.allowFileUrls ?? false, remote: { ...deps.repositoryUrls, allowFileUrls: deps.allowFileUrls ?? false }, ingestLimits: deps.ingestLimits, streams: new Set() };

  ctx.discover = deps.discover;
  app.decorateRequest('auth', null);
  app.addHook('preClose', async () => {
    for (const end of [...ctx.streams]) end();
  });
  app.setErrorHandler(errorHandler);
  void app.register(cookie);
  void app.register(helmet, {
    contentSecurityPolicy: CSP,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  void app.register(multipart, { limits: { files: 1, fields: 4, parts: 5, fileSize: Math.max(limits.cvBytes, limits.archiveBytes) + 1 } });
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: limits.csvBytes }, (_request, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    reply.header('cache-control', 'no-store');
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await deps.store.sessions.lookup(token) : undefined;
    request.auth = session && token ? { user: session.user, csrfToken: session.csrfToken, token } : null;
    checkCsrf(request);
  });
  // HSTS means nothing over plain HTTP (and would pin a local 127.0.0.1 to HTTPS).
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol !== 'https') reply.removeHeader('strict-transport-security');
  });

  void app.register(async (api) => registerRoutes(api, ctx), { prefix: '/api' });
  registerWebApp(app, deps.webRoot);
  return app;
}

function registerWebApp(app: FastifyInstance, webRoot: string | undefined): void {
  const root = webRoot ? resolve(webRoot) : undefined;
  const hasApp = root !== undefined && existsSync(join(root, 'index.html'));
  if (hasApp) void app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasApp;
    if (wantsPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendError(reply, { status: 404, code: 'E_NOT_FOUND', message: 'no such route' });
  });
}
