// Live screening progress as server-sent events: the candidate's status first
// and on every change, the queue's job and progress events about them, and
// `end` once screening is over (then the stream closes). Job events of this
// process arrive at once; the status is also polled, so work done by a worker
// on another machine is seen too.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JobEvent } from '../jobs/index.js';
import type { RouteContext } from './context.js';

const POLL_MS = 1000;
const HEARTBEAT_MS = 15_000;
/** Progress of one job is sent at most this often (a scan reports every file). */
const PROGRESS_EVERY_MS = 250;

export function streamScreening(ctx: RouteContext, request: FastifyRequest, reply: FastifyReply, candidateId: string, identity: boolean): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, { ...(reply.getHeaders() as Record<string, string>), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  let closed = false;
  let last = '';
  const lastProgress = new Map<string, number>();
  const send = (event: string, data: unknown) => {
    if (!closed) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const close = () => {
    if (closed) return;
    closed = true;
    ctx.streams.delete(close);
    off();
    clearInterval(poll);
    clearInterval(heartbeat);
    raw.end();
  };
  const check = async () => {
    const c = await ctx.store.candidates.get(candidateId).catch(() => undefined);
    if (closed) return;
    if (!c) {
      send('end', { status: 'deleted' });
      return close();
    }
    const error = identity ? c.error : c.error && 'an input could not be read';
    const now = JSON.stringify({ status: c.status, error });
    if (now !== last) send('status', { status: c.status, error });
    last = now;
    if (c.status === 'screened' || c.status === 'failed') {
      send('end', { status: c.status });
      close();
    }
  };
  const onEvent = (e: JobEvent) => {
    if (e.candidateId !== candidateId) return;
    if (e.type === 'state') {
      send('job', { jobId: e.jobId, name: e.name, status: e.status, ...(e.error && identity ? { error: e.error } : {}) });
      if (e.status === 'completed' || e.status === 'failed') void check();
      return;
    }
    const at = Date.now();
    if (e.done < e.total && at - (lastProgress.get(e.jobId) ?? 0) < PROGRESS_EVERY_MS) return;
    lastProgress.set(e.jobId, at);
    send('progress', { jobId: e.jobId, name: e.name, phase: e.phase, done: e.done, total: e.total });
  };
  const off = ctx.queue.onEvent(onEvent);
  const poll = setInterval(() => void check(), POLL_MS);
  const heartbeat = setInterval(() => !closed && raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  ctx.streams.add(close);
  request.raw.on('close', close);
  void check();
}
