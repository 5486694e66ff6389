// Picks the reader for a CV file by its first bytes (names can lie): PDF
// (`%PDF-`), DOCX (a zip), Markdown or plain text. Everything else is refused
// with a message that names the format, never the content.
import { UserError } from '../util/errors.js';
import { readDocx } from './docx.js';
import { looksLikeZip } from './docx-zip.js';
import { DEFAULT_PDF_LIMITS, readPdf, type PdfLimits } from './pdf.js';
import { readText } from './text.js';
import type { CvDocument } from './types.js';

export interface CvReadOptions {
  pdf?: Partial<PdfLimits>;
  /** Largest file read, bytes. */
  maxBytes?: number;
}

export const MAX_CV_BYTES = 20 * 1024 * 1024;

function startsWithPdf(data: Uint8Array): boolean {
  // PDF readers accept junk before the header within the first kilobyte.
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function isOleCompound(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
}

function looksLikeText(data: Uint8Array): boolean {
  const head = data.subarray(0, 8192);
  if (head.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const bad = (text.match(/\uFFFD|[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  return bad <= text.length * 0.02;
}

/** Reads a CV's bytes into a CvDocument. `name` only helps when the bytes do not decide. */
export async function readCvDocument(data: Uint8Array, name: string, options: CvReadOptions = {}): Promise<CvDocument> {
  const lower = name.toLowerCase();
  if (data.length === 0) throw new UserError('the CV file is empty', 'E_CV_EMPTY');
  if (data.length > (options.maxBytes ?? MAX_CV_BYTES)) throw new UserError('the CV file is too large (over 20 MB)', 'E_CV_TOO_LARGE');
  if (startsWithPdf(data)) return readPdf(data, { ...DEFAULT_PDF_LIMITS, ...options.pdf });
  if (looksLikeZip(data)) return readDocx(data);
  if (lower.endsWith('.pdf')) throw new UserError('the file is not a readable PDF (no PDF header)', 'E_CV_CORRUPT');
  if (lower.endsWith('.docx')) throw new UserError('the file is not a readable DOCX (not a zip archive)', 'E_CV_CORRUPT');
  if (isOleCompound(data)) throw new UserError('old Word .doc files are not supported; save the CV as DOCX or PDF', 'E_CV_FORMAT');
  if (!looksLikeText(data)) throw new UserError('unsupported CV format (PDF, DOCX, Markdown or plain text)', 'E_CV_FORMAT');
  return readText(data, /\.(md|markdown)$/.test(lower) ? 'markdown' : 'text');
}
