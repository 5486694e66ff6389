// A fake HTTP API on 127.0.0.1 for discovery tests: routes answer JSON the
// tests write in the real APIs' shapes, with the headers they choose (Link,
// rate limits, ETag). An ETag route answers 304 to a matching If-None-Match.
// Every request is recorded. Never the real network.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DiscoverSettings } from '../../src/discover/settings.js';

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** A raw body instead of JSON. */
  text?: string;
  /** Sent as the ETag; a request carrying it gets 304. */
  etag?: string;
  /** Wait this long before answering (time-out tests). */
  delayMs?: number;
}

/** One answer, a sequence (the last repeats), or a function of the request. */
export type FakeRoute = FakeAnswer | FakeAnswer[] | ((req: { url: string; headers: IncomingHttpHeaders }) => FakeAnswer);

export interface FakeApi {
  /** `http://127.0.0.1:PORT` */
  base: string;
  requests: { url: string; headers: IncomingHttpHeaders; status: number }[];
  /** Sets or replaces a route: a path with its query (`/users/alice/repos?per_page=100`), or a path alone. */
  route(path: string, answer: FakeRoute): void;
  close(): Promise<void>;
}

export async function startFakeApi(routes: Record<string, FakeRoute> = {}): Promise<FakeApi> {
  const table = new Map<string, FakeRoute>(Object.entries(routes));
  const served = new Map<string, number>();
  const requests: FakeApi['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const key = table.has(url) ? url : url.split('?')[0];
    const route = table.get(key);
    let answer: FakeAnswer;
    if (!route) answer = { status: 404, json: { message: 'Not Found' } };
    else if (typeof route === 'function') answer = route({ url, headers: req.headers });
    else if (Array.isArray(route)) {
      const n = served.get(key) ?? 0;
      served.set(key, n + 1);
      answer = route[Math.min(n, route.length - 1)];
    } else answer = route;
    const notModified = answer.etag !== undefined && req.headers['if-none-match'] === answer.etag;
    const status = notModified ? 304 : (answer.status ?? 200);
    requests.push({ url, headers: req.headers, status });
    const send = () => {
      const headers: Record<string, string> = { ...(answer.etag ? { etag: answer.etag } : {}), ...answer.headers };
      if (notModified) return void res.writeHead(304, headers).end();
      const body = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    route: (path, answer) => {
      table.set(path, answer);
      served.delete(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Discovery settings against a fake API: GitHub under /gh, GitLab under /gl/api/v4, Hugging Face under /hf; no real waiting. */
export function fakeSettings(base: string, cacheDir: string | null, over: Partial<DiscoverSettings> = {}): DiscoverSettings & { waits: number[] } {
  const waits: number[] = [];
  return {
    github: { api: `${base}/gh` },
    gitlab: { api: `${base}/gl/api/v4` },
    huggingface: { api: `${base}/hf`, cloneBase: `${base}/hf` },
    timeoutMs: 5_000,
    retries: 3,
    backoffMs: 500,
    maxWaitMs: 60_000,
    cacheDir,
    maxBodyBytes: 1024 * 1024,
    maxPages: 5,
    maxForkChecks: 10,
    allowFileClones: true,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...over,
    waits,
  };
}
