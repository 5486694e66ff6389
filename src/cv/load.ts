// Picks the reader for a CV file by its first bytes (names can lie): PDF
// (`%PDF-`), DOCX (a zip), Markdown or plain text. Everything else is refused
// with a message that names the format, never the content. PDFs are read in
// a worker thread with time and memory limits (pdf-thread.ts).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../util/errors.js';
import { readDocx } from './docx.js';
import { looksLikeZip } from './docx-zip.js';
import type { PdfLimits } from './pdf-limits.js';
import { readPdfInThread } from './pdf-thread.js';
import { readMarkdown } from './front-matter.js';
import { readText } from './text.js';
import type { CvDocument, CvLine } from './types.js';

export interface CvReadOptions {
  pdf?: Partial<PdfLimits>;
  /** Largest file read, bytes. */
  maxBytes?: number;
}

export const MAX_CV_BYTES = 20 * 1024 * 1024;

function tooLarge(maxBytes: number): UserError {
  return new UserError(`the CV file is too large (over ${Math.round(maxBytes / 1024 / 1024)} MB)`, 'E_CV_TOO_LARGE');
}

/**
 * Reads a CV file, refusing anything but a regular file (a FIFO, a device
 * such as /dev/zero, a folder) and anything over `maxBytes`. The file is
 * opened without blocking and checked through its descriptor, and at most
 * `maxBytes + 1` bytes are read, so a file swapped or grown after the check
 * changes nothing.
 */
export async function readCvFile(path: string, maxBytes: number = MAX_CV_BYTES): Promise<Uint8Array> {
  const name = basename(path);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => {
    throw new UserError(`cannot read CV file ${name}`, 'E_CV_PATH');
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UserError(`not a file: ${name}`, 'E_CV_PATH');
    if (info.size > maxBytes) throw tooLarge(maxBytes);
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(maxBytes);
        throw new UserError(`the CV file ${name} changed while it was read`, 'E_CV_PATH');
      }
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read CV file ${name}`, 'E_CV_PATH');
  } finally {
    await handle.close();
  }
}

function startsWithPdf(data: Uint8Array): boolean {
  // PDF readers accept junk before the header within the first kilobyte.
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function isOleCompound(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
}

/** A web page: its first non-blank bytes open a doctype or an <html> element. */
function looksLikeHtml(data: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function looksLikeText(data: Uint8Array): boolean {
  const head = data.subarray(0, 8192);
  if (head.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const bad = (text.match(/\uFFFD|[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  return bad <= text.length * 0.02;
}

/**
 * What claim extraction reads at most: lines, characters in all, characters
 * in one line, hidden passages. A long real CV (30 pages) has under 2,000
 * lines and 150,000 characters; a 19 MB text file of 400,000 lines took
 * extraction 109 s and 800 MB, a 5.6 MB single line 30 s.
 */
export const CV_TEXT_LIMITS = { lines: 5000, chars: 1_000_000, lineChars: 2000, hidden: 1000 };

/** Cuts a document down to CV_TEXT_LIMITS, with a note for each cut. */
export function boundDocument(doc: CvDocument, limits = CV_TEXT_LIMITS): CvDocument {
  const lines: CvLine[] = [];
  let chars = 0;
  let cutLine = false;
  for (const line of doc.lines) {
    if (lines.length >= limits.lines || chars >= limits.chars) break;
    if (line.text.length > limits.lineChars) {
      const text = line.text.slice(0, limits.lineChars);
      lines.push({ ...line, text, segments: text.split('\t') });
      cutLine = true;
    } else lines.push(line);
    chars += lines[lines.length - 1].text.length;
  }
  if (lines.length === doc.lines.length && !cutLine && doc.hidden.length <= limits.hidden) return doc;
  const notes = [...doc.notes];
  if (lines.length < doc.lines.length) notes.push(`read the first ${lines.length} of ${doc.lines.length} lines`);
  if (cutLine) notes.push(`lines over ${limits.lineChars} characters were cut`);
  if (doc.hidden.length > limits.hidden) notes.push(`kept the first ${limits.hidden} of ${doc.hidden.length} hidden passages`);
  const anchors = doc.anchors.map((a) => (a.line < lines.length ? a : { ...a, line: -1 }));
  return { ...doc, lines, anchors, hidden: doc.hidden.slice(0, limits.hidden), notes };
}

/** Reads a CV's bytes into a CvDocument, bounded by CV_TEXT_LIMITS. `name` only helps when the bytes do not decide. */
export async function readCvDocument(data: Uint8Array, name: string, options: CvReadOptions = {}): Promise<CvDocument> {
  return boundDocument(await readAnyFormat(data, name, options));
}

async function readAnyFormat(data: Uint8Array, name: string, options: CvReadOptions): Promise<CvDocument> {
  const lower = name.toLowerCase();
  if (data.length === 0) throw new UserError('the CV file is empty', 'E_CV_EMPTY');
  if (data.length > (options.maxBytes ?? MAX_CV_BYTES)) throw tooLarge(options.maxBytes ?? MAX_CV_BYTES);
  if (startsWithPdf(data)) return readPdfInThread(data, options.pdf);
  if (looksLikeZip(data)) return readDocx(data);
  if (lower.endsWith('.pdf')) throw new UserError('the file is not a readable PDF (no PDF header)', 'E_CV_CORRUPT');
  if (lower.endsWith('.docx')) throw new UserError('the file is not a readable DOCX (not a zip archive)', 'E_CV_CORRUPT');
  if (isOleCompound(data)) throw new UserError('old Word .doc files are not supported; save the CV as DOCX or PDF', 'E_CV_FORMAT');
  if (!looksLikeText(data)) throw new UserError('unsupported CV format (PDF, DOCX, Markdown or plain text)', 'E_CV_FORMAT');
  // Read as text, a web page's markup becomes the CV ("DOCTYPE html" as the name): refused with the way out.
  if (/\.x?html?$/.test(lower) || looksLikeHtml(data)) throw new UserError('HTML CVs are not read: print the page to PDF, or save it as Markdown or plain text', 'E_CV_FORMAT');
  return /\.(md|markdown)$/.test(lower) ? readMarkdown(data) : readText(data, 'text');
}
