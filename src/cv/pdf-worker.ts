// The worker thread pdf-thread.ts starts: reads one PDF at a time with pdf.ts
// and posts back the CvDocument, or the error as a message and code (a
// UserError does not survive the trip between threads as a class).
import { parentPort } from 'node:worker_threads';
import { isUserError } from '../util/errors.js';
import { readPdf } from './pdf.js';
import type { PdfLimits } from './pdf-limits.js';
import type { CvDocument } from './types.js';

export interface PdfJob {
  data: Uint8Array;
  limits: PdfLimits;
}

export type PdfReply = { ok: true; doc: CvDocument } | { ok: false; message: string; code?: string };

async function handle(job: PdfJob): Promise<PdfReply> {
  try {
    return { ok: true, doc: await readPdf(job.data, job.limits) };
  } catch (err) {
    if (isUserError(err)) return { ok: false, message: err.message, code: err.code };
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (job: PdfJob) => {
  void handle(job).then((reply) => parentPort?.postMessage(reply));
});
