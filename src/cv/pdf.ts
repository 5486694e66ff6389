// Reads a PDF's text layer with pdf.js (https://mozilla.github.io/pdf.js/):
// positioned text items, fonts, paint state and link annotations, page by
// page, bounded by caps on pages, drawing operations, text items, image size
// and what its streams inflate to (pdf-limits.ts). Runs pdf.js in the calling
// thread (its own worker code loaded here), with eval, font faces and system
// fonts off. A slow or memory-hungry file can still block that thread:
// untrusted files are read through pdf-thread.ts, which runs this in a worker
// thread it can stop.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../util/errors.js';
import { cleanText, isGlyphGarbage } from './clean.js';
import { layoutPages, type PdfItem, type PdfPage } from './layout.js';
import { analysePaint, type PaintOps, type PlacedText } from './pdf-paint.js';
import { inflatedBytes } from './pdf-inflate.js';
import { complexityError, DEFAULT_PDF_LIMITS, inflatedError, timeoutError, type PdfLimits } from './pdf-limits.js';
import type { CvDocument, HiddenReason, HiddenText } from './types.js';

export { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-limits.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

const ICON_FONT =
  /awesome|academicons|simpleicons|simple-icons|material.?(icons|symbols)|ionicons|octicons|glyphicons|icomoon|fontello|devicon|bootstrap-?icons|remixicon|tabler|lucide|marvosym|dingbat|wingding|webdings|zapf|^symbol|fontawesome|entypo|typicons|linearicons|themify|feather|icons?$/i;
const BOLD_FONT = /bold|black|heavy|demi|bx\d*$|[-,]b$|\bbd\b/i;

let loaded: Promise<PdfJs> | undefined;

/** Loads pdf.js once, with its worker code in this thread. */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const workerSpecifier = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import(workerSpecifier);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

function cmapUrl(): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pathToFileURL(join(root, 'cmaps')).href + '/';
}

interface Deadline {
  at: number;
  limits: PdfLimits;
}

/** Rejects when the deadline passes between pdf.js steps (a step that blocks the thread is stopped by pdf-thread.ts). */
function withDeadline<T>(promise: Promise<T>, deadline: Deadline): Promise<T> {
  // pdf.js rejects pending work once the document is destroyed; nobody waits for it any more.
  promise.catch(() => undefined);
  const left = deadline.at - Date.now();
  if (left <= 0) return Promise.reject(timeoutError(deadline.limits));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(deadline.limits)), left);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Maps pdf.js load failures to fixed messages (no document text). */
function loadError(err: unknown): UserError {
  const name = (err as { name?: string })?.name ?? '';
  if (err instanceof UserError) return err;
  if (name === 'PasswordException') return new UserError('the PDF is encrypted with a password; export an unprotected copy', 'E_CV_ENCRYPTED');
  return new UserError('the file is not a readable PDF (corrupt or truncated)', 'E_CV_CORRUPT');
}

function fontInfo(page: PdfPageProxy, fontId: string): { name: string; bold: boolean; icon: boolean } {
  let name = fontId;
  try {
    const font = page.commonObjs.has(fontId) ? (page.commonObjs.get(fontId) as { name?: string }) : undefined;
    if (font?.name) name = font.name.replace(/^[A-Z]{6}\+/, '');
  } catch {
    // Font not resolved: keep the internal id; style falls back to size only.
  }
  return { name, bold: BOLD_FONT.test(name), icon: ICON_FONT.test(name) };
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Drawing operations read so far, against the caps. */
interface OpsBudget {
  limits: PdfLimits;
  total: number;
}

/** Reads one page into positioned items; hidden ones are reported, not returned. Throws UserError over a cap. */
async function readPage(pdfjs: PdfJs, page: PdfPageProxy, index: number, hidden: HiddenText[], budget: OpsBudget): Promise<PdfPage> {
  const { limits } = budget;
  const content = await page.getTextContent({ disableNormalization: true });
  if (content.items.length > limits.maxTextItemsPerPage) throw complexityError(`page ${index} has over ${limits.maxTextItemsPerPage} text items`);
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  if (list.fnArray.length > limits.maxOpsPerPage) throw complexityError(`page ${index} has over ${limits.maxOpsPerPage} drawing operations`);
  budget.total += list.fnArray.length;
  if (budget.total > limits.maxOpsTotal) throw complexityError(`its pages have over ${limits.maxOpsTotal} drawing operations`);
  const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string; unsafeUrl?: string; rect?: number[] }[];
  const [vx0, vy0, vx1, vy1] = page.view;
  const raw = (content.items as RawItem[]).filter((it) => typeof it.str === 'string' && it.str.trim() !== '');
  const placed: PlacedText[] = raw.map((it) => ({
    text: it.str,
    x: it.transform[4],
    y: it.transform[5],
    width: it.width,
    size: Math.hypot(it.transform[2], it.transform[3]) || Math.hypot(it.transform[0], it.transform[1]),
  }));
  const paint = analysePaint(placed, list, pdfjs.OPS as unknown as PaintOps, page.view);
  for (const text of paint.offPage) hidden.push({ text: cleanText(text).trim(), reason: 'off-page', page: index });
  const items: PdfItem[] = [];
  raw.forEach((it, i) => {
    const p = placed[i];
    const font = fontInfo(page, it.fontName);
    const text = cleanText(paint.texts[i]);
    // Rotated text (a vertical banner) has no place in the reading order of lines.
    const rotated = Math.abs(it.transform[1]) > 0.2 * Math.abs(it.transform[0]) || it.transform[0] < 0;
    if (font.icon || rotated || !text.trim() || isGlyphGarbage(text, p.width, p.size)) return;
    // Off the page, under 2 pt, clipped away, covered, invisible or in the background's colour (pdf-visibility.ts).
    const reason: HiddenReason | null = paint.hidden[i];
    if (reason) {
      hidden.push({ text: text.trim(), reason, page: index });
      return;
    }
    items.push({ text, x: p.x, y: p.y, width: p.width, size: p.size, font: font.name, bold: font.bold });
  });
  const links = annotations
    .filter((a) => a.subtype === 'Link' && (a.url ?? a.unsafeUrl) && Array.isArray(a.rect))
    .map((a) => ({ url: String(a.url ?? a.unsafeUrl), rect: a.rect as [number, number, number, number] }));
  return { page: index, width: vx1 - vx0, height: vy1 - vy0, left: vx0, top: vy1, bottom: vy0, items, links };
}

/** `YYYY-MM` of the PDF's modification (or creation) date, when its metadata has one. */
async function savedMonth(doc: PdfDocument): Promise<string | undefined> {
  const { info } = (await doc.getMetadata()) as { info?: { ModDate?: unknown; CreationDate?: unknown } };
  for (const value of [info?.ModDate, info?.CreationDate]) {
    const m = typeof value === 'string' ? /^(?:D:)?((?:19|20)\d{2})(0[1-9]|1[0-2])/.exec(value) : null;
    if (m) return `${m[1]}-${m[2]}`;
  }
  return undefined;
}

async function openPdf(pdfjs: PdfJs, data: Uint8Array, deadline: Deadline): Promise<{ doc: PdfDocument; destroy: () => Promise<void> }> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    // Nothing from the file is run: no eval'd font programs, no XFA forms; scripts (JavaScript actions) are never read.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    maxImageSize: deadline.limits.maxImagePixels,
    verbosity: 0,
    cMapUrl: cmapUrl(),
    cMapPacked: true,
    stopAtErrors: false,
  });
  const destroy = () => task.destroy().catch(() => undefined);
  try {
    return { doc: await withDeadline(task.promise, deadline), destroy };
  } catch (err) {
    await destroy();
    throw loadError(err);
  }
}

/** Reads the first `count` pages; a page that fails is noted and skipped, running out of time or over a cap stops everything. */
async function readPages(pdfjs: PdfJs, doc: PdfDocument, count: number, deadline: Deadline, hidden: HiddenText[], notes: string[]): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  const budget: OpsBudget = { limits: deadline.limits, total: 0 };
  for (let n = 1; n <= count; n++) {
    try {
      const page = await withDeadline(doc.getPage(n), deadline);
      pages.push(await withDeadline(readPage(pdfjs, page, n, hidden, budget), deadline));
      page.cleanup();
    } catch (err) {
      if (err instanceof UserError) throw err;
      notes.push(`page ${n} could not be read`);
    }
  }
  return pages;
}

/**
 * Reads a PDF file's bytes into a CvDocument in this thread. Throws UserError
 * for unreadable files and files over a cap. Untrusted files: readPdfInThread (pdf-thread.ts).
 */
export async function readPdf(data: Uint8Array, options: Partial<PdfLimits> = {}): Promise<CvDocument> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...options };
  const deadline: Deadline = { at: Date.now() + limits.timeoutMs, limits };
  const maxInflated = limits.maxInflatedMiB * 1024 * 1024;
  if ((await withDeadline(inflatedBytes(data, maxInflated), deadline)) > maxInflated) throw inflatedError(limits);
  const pdfjs = await loadPdfJs();
  const { doc, destroy } = await openPdf(pdfjs, data, deadline);
  try {
    const pageCount = doc.numPages;
    const pagesRead = Math.min(pageCount, limits.maxPages);
    const hidden: HiddenText[] = [];
    const notes: string[] = [];
    const pages = await readPages(pdfjs, doc, pagesRead, deadline, hidden, notes);
    if (pageCount > pagesRead) notes.push(`read the first ${pagesRead} of ${pageCount} pages`);
    const { lines, anchors } = layoutPages(pages);
    const written = await withDeadline(savedMonth(doc), deadline).catch(() => undefined);
    const hasText = lines.some((l) => /\p{L}/u.test(l.text)) || hidden.length > 0;
    if (!hasText) notes.push('the PDF has no text layer (a scanned image?); nothing was extracted');
    return { format: 'pdf', pageCount, pagesRead, lines, anchors, hidden, hasText, notes, ...(written ? { written } : {}) };
  } finally {
    await destroy();
  }
}
