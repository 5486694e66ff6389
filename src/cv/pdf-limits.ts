// What reading one CV PDF may cost, and the one-line errors when a file goes
// over. The reader (pdf.ts) checks the counts; the thread that runs it
// (pdf-thread.ts) enforces time and memory, which pdf.js cannot bound itself:
// it inflates a stream whole and parses a content stream without a pause.
import { UserError } from '../util/errors.js';

export interface PdfLimits {
  /** Pages read at most; the rest are skipped with a note. */
  maxPages: number;
  /** Wall-clock budget for the whole file, ms; the reading thread is stopped when it runs out. */
  timeoutMs: number;
  /** Drawing operations (pdf.js operator list entries) on one page. */
  maxOpsPerPage: number;
  /** Drawing operations over all pages read. */
  maxOpsTotal: number;
  /** Text items (pdf.js text content) on one page. */
  maxTextItemsPerPage: number;
  /** What the file's Flate streams may inflate to together, MiB, counted before pdf.js reads it (pdf-inflate.ts). */
  maxInflatedMiB: number;
  /** Images larger than this many pixels are not decoded (pdf.js `maxImageSize`). */
  maxImagePixels: number;
  /** Memory the reading may add to the process (resident set), MiB; the reading thread is stopped above it. */
  maxMemoryMiB: number;
  /** JavaScript heap of the reading thread (V8 old generation), MiB. */
  maxHeapMiB: number;
}

/**
 * The largest of 11 public CV templates has 8,661 operations and 261 text
 * items on a page; these allow ~6 and ~40 times that.
 */
export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPages: 30,
  timeoutMs: 20_000,
  maxOpsPerPage: 50_000,
  maxOpsTotal: 200_000,
  maxTextItemsPerPage: 10_000,
  maxInflatedMiB: 512,
  maxImagePixels: 50_000_000,
  maxMemoryMiB: 512,
  maxHeapMiB: 384,
};

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10 || ms / 1000);
}

export function timeoutError(limits: Pick<PdfLimits, 'timeoutMs'>): UserError {
  return new UserError(`CV PDF took longer than ${seconds(limits.timeoutMs)} s to read; it was stopped`, 'E_CV_TIMEOUT');
}

export function memoryError(limits: Pick<PdfLimits, 'maxMemoryMiB'>): UserError {
  return new UserError(`CV PDF needed more than ${limits.maxMemoryMiB} MB of memory to read (a compression bomb?); it was stopped`, 'E_CV_TOO_LARGE');
}

export function inflatedError(limits: Pick<PdfLimits, 'maxInflatedMiB'>): UserError {
  return new UserError(`CV PDF holds streams that inflate to over ${limits.maxInflatedMiB} MB (a compression bomb?); it was not read`, 'E_CV_TOO_LARGE');
}

export function complexityError(what: string): UserError {
  return new UserError(`CV PDF is too complex to read: ${what}`, 'E_CV_TOO_LARGE');
}
