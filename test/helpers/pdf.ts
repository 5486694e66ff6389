// A minimal PDF writer for tests: pages of text in the standard Helvetica
// fonts at given positions, sizes, colours and render modes, filled
// rectangles, and link annotations. Plain PDF 1.4 syntax, one content stream
// per page. https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf
// Hostile shapes too: a page's raw content stream, a metadata stream, and a
// zlib stream of zeros that inflates a thousand times over (made in ms).
import { constants, deflateRawSync } from 'node:zlib';
import { serializePdf } from './pdf-file.js';

export interface PdfText {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
  /** Fill colour, 0–1 each. */
  color?: [number, number, number];
  /** Text render mode (3 = invisible). */
  mode?: number;
  /** Extra space after every glyph, in points (the Tc operator): letter-spaced text. */
  charSpacing?: number;
  /** Shown with TJ instead of `text`: strings and adjustments in thousandths of an em (negative = apart). */
  tj?: (string | number)[];
}

export interface PdfRect {
  x: number;
  y: number;
  w: number;
  h: number;
  color: [number, number, number];
}

export interface PdfLinkSpec {
  rect: [number, number, number, number];
  url: string;
}

/** A stream's bytes as stored, with the filter that decodes them (`FlateDecode`). */
export interface PdfStreamSpec {
  data: Buffer | string;
  filter?: string;
}

export interface PdfPageSpec {
  /** The page's content stream as given, instead of one built from texts and rects. */
  content?: PdfStreamSpec;
  texts?: PdfText[];
  rects?: PdfRect[];
  links?: PdfLinkSpec[];
  /** Page size, default US Letter. */
  width?: number;
  height?: number;
}

export interface PdfOptions {
  /** Adds a standard-security /Encrypt dictionary that no empty password opens. */
  encrypted?: boolean;
  /** The catalog's /Metadata stream (XMP), read whole by pdf.js. */
  metadata?: PdfStreamSpec;
}

function streamObject(stream: PdfStreamSpec, extra = ''): string {
  const data = typeof stream.data === 'string' ? stream.data : stream.data.toString('latin1');
  const filter = stream.filter ? ` /Filter /${stream.filter}` : '';
  return `<< /Length ${Buffer.byteLength(data, 'latin1')}${filter}${extra} >>\nstream\n${data}\nendstream`;
}

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function rgb(color: [number, number, number] = [0, 0, 0]): string {
  return color.map((c) => c.toFixed(3)).join(' ');
}

function contentOf(page: PdfPageSpec): string {
  const ops: string[] = [];
  for (const r of page.rects ?? []) ops.push(`${rgb(r.color)} rg ${r.x} ${r.y} ${r.w} ${r.h} re f`);
  for (const t of page.texts ?? []) {
    const font = t.bold ? '/F2' : '/F1';
    const show = t.tj ? `[${t.tj.map((p) => (typeof p === 'number' ? String(p) : `(${escape(p)})`)).join(' ')}] TJ` : `(${escape(t.text)}) Tj`;
    ops.push(`BT ${font} ${t.size ?? 11} Tf ${rgb(t.color)} rg ${t.mode ?? 0} Tr ${t.charSpacing ?? 0} Tc ${t.x} ${t.y} Td ${show} ET`);
  }
  return ops.join('\n');
}

/** Writes a PDF document with the given pages. */
export function buildPdf(pages: PdfPageSpec[], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const stream = add(streamObject(page.content ?? { data: contentOf(page) }));
    const annots = (page.links ?? []).map((l) =>
      add(`<< /Type /Annot /Subtype /Link /Rect [${l.rect.join(' ')}] /Border [0 0 0] /A << /S /URI /URI (${escape(l.url)}) >> >>`),
    );
    const box = `[0 0 ${page.width ?? 612} ${page.height ?? 792}]`;
    const annotsEntry = annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    kids.push(
      add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox ${box} /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R${annotsEntry} >>`),
    );
  }
  const metadata = options.metadata ? add(streamObject(options.metadata, ' /Type /Metadata /Subtype /XML')) : undefined;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${metadata ? ` /Metadata ${metadata} 0 R` : ''} >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : undefined;
  const encryptEntry = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  return serializePdf(objects, catalog, encryptEntry);
}

/** Lines of text down a page from `top`, `gap` points apart. */
export function textLines(lines: string[], options: { x?: number; top?: number; gap?: number; size?: number; bold?: boolean } = {}): PdfText[] {
  const { x = 50, top = 740, gap = 15, size = 11, bold } = options;
  return lines.map((text, i) => ({ text, x, y: top - i * gap, size, bold }));
}

const MiB = 1024 * 1024;

/**
 * A zlib stream (RFC 1950) of `bytes` zero bytes, about a thousandth of that
 * size: one mebibyte of zeros deflated once and ended with a sync flush
 * (byte-aligned, not final, no reference before its start) repeated, then an
 * empty final block and the Adler-32 of the zeros.
 */
export function deflatedZeros(bytes: number): Buffer {
  const deflate = (n: number) => deflateRawSync(Buffer.alloc(n), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const block = deflate(MiB);
  const parts = [Buffer.from([0x78, 0xda]), ...Array.from({ length: Math.floor(bytes / MiB) }, () => block)];
  if (bytes % MiB) parts.push(deflate(bytes % MiB));
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((bytes % 65521) << 16) | 1) >>> 0);
  return Buffer.concat([...parts, Buffer.from([0x03, 0x00]), adler]);
}

/** A content stream with one line of text and then `count` drawing operations (line-width changes). */
export function manyOperators(count: number, text = 'Python engineer'): string {
  return `BT /F1 11 Tf 50 700 Td (${escape(text)}) Tj ET\n${'1 w\n'.repeat(count)}`;
}

// Pages painted layer by layer (shapes before or after text, clips, gradients, glyph fonts): pdf-layers.ts.
export { buildLayeredPdf, textLayers, type LayeredPage, type PdfLayer } from './pdf-layers.js';
