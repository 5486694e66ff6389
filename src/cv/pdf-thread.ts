// Reads untrusted PDFs in a worker thread (pdf-worker.ts) that this thread
// can stop: pdf.js parses a content stream and inflates a stream in one go,
// so a hostile file would otherwise block the process past any timer and
// grow it by gigabytes. Each read gets a wall-clock limit, a cap on the
// memory the process gains while it runs (polled here, since inflated
// streams live outside the JavaScript heap) and a heap cap on the thread
// itself. One PDF is read at a time, so what the process gains is the
// reader's; the idle thread is kept (unref'd) for the next file.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../util/errors.js';
import { DEFAULT_PDF_LIMITS, memoryError, timeoutError, type PdfLimits } from './pdf-limits.js';
import type { PdfJob, PdfReply } from './pdf-worker.js';
import type { CvDocument } from './types.js';

/** How often the process's resident memory is checked while a PDF is read, ms. */
const MEMORY_POLL_MS = 10;
/** Files one thread reads before it is replaced (pdf.js keeps some caches per thread). */
const READS_PER_THREAD = 100;

interface Reader {
  worker: Worker;
  heapMiB: number;
  reads: number;
  alive: boolean;
}

/**
 * How to start the worker: the compiled `.js` beside this file, or from source
 * (vitest, tsx) pdf-worker-source.cjs, which requires the `.ts` file through
 * tsx's loader.
 */
export function pdfWorkerSpec(here: string = import.meta.url, execArgv: readonly string[] = process.execArgv): { file: URL; execArgv?: string[] } {
  if (!here.endsWith('.ts')) return { file: new URL('./pdf-worker.js', here) };
  const file = new URL('./pdf-worker-source.cjs', here);
  if (execArgv.some((arg) => /[/\\]tsx[/\\]/.test(arg))) return { file };
  return { file, execArgv: ['--import', pathToFileURL(createRequire(here).resolve('tsx')).href] };
}

let idle: Reader | undefined;
let queue: Promise<unknown> = Promise.resolve();

function startReader(heapMiB: number): Reader {
  const { file, ...spec } = pdfWorkerSpec();
  const worker = new Worker(file, {
    ...spec,
    resourceLimits: { maxOldGenerationSizeMb: heapMiB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  const reader: Reader = { worker, heapMiB, reads: 0, alive: true };
  worker.once('exit', () => {
    reader.alive = false;
    if (idle === reader) idle = undefined;
  });
  // An idle reader's failure is reported to the read that uses it next, or to nobody.
  worker.on('error', () => undefined);
  return reader;
}

function takeReader(limits: PdfLimits): Reader {
  const reader = idle;
  idle = undefined;
  if (reader?.alive && reader.heapMiB === limits.maxHeapMiB) {
    reader.worker.ref();
    return reader;
  }
  if (reader) void reader.worker.terminate();
  return startReader(limits.maxHeapMiB);
}

function release(reader: Reader): void {
  reader.reads += 1;
  if (!reader.alive || reader.reads >= READS_PER_THREAD) {
    void reader.worker.terminate();
    return;
  }
  reader.worker.unref();
  idle = reader;
}

function threadError(err: Error & { code?: string }, limits: PdfLimits): Error {
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return memoryError(limits);
  return new Error(`the PDF reading thread failed: ${err.message}`);
}

/** Runs one read on `reader`, stopping the thread when it runs out of time or memory. */
function readOn(reader: Reader, data: Uint8Array, limits: PdfLimits): Promise<CvDocument> {
  const { worker } = reader;
  const baseline = process.memoryUsage.rss();
  const cap = limits.maxMemoryMiB * 1024 * 1024;
  return new Promise<CvDocument>((resolve, reject) => {
    let done = false;
    const finish = (keep: boolean, settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) release(reader);
      else {
        reader.alive = false;
        void worker.terminate();
      }
      settle();
    };
    const stop = (err: Error) => finish(false, () => reject(err));
    const onMessage = (reply: PdfReply) =>
      finish(true, () => (reply.ok ? resolve(reply.doc) : reject(reply.code ? new UserError(reply.message, reply.code) : new Error(reply.message))));
    const onError = (err: Error) => stop(threadError(err, limits));
    const onExit = () => stop(new Error('the PDF reading thread stopped unexpectedly'));
    const timer = setTimeout(() => stop(timeoutError(limits)), limits.timeoutMs);
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > cap) stop(memoryError(limits));
    }, MEMORY_POLL_MS);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const copy = new Uint8Array(data);
    const job: PdfJob = { data: copy, limits };
    worker.postMessage(job, [copy.buffer]);
  });
}

/**
 * Reads a PDF file's bytes into a CvDocument in a worker thread, within
 * `limits` (pdf-limits.ts). Throws UserError for unreadable files and files
 * that go over a limit; the output is the same as readPdf's (pdf.ts).
 */
export function readPdfInThread(data: Uint8Array, options: Partial<PdfLimits> = {}): Promise<CvDocument> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...options };
  const turn = queue.then(() => readOn(takeReader(limits), data, limits));
  queue = turn.catch(() => undefined);
  return turn;
}
