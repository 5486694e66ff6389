// A minimal PDF writer for tests: pages of text in the standard Helvetica
// fonts at given positions, sizes, colours and render modes, filled
// rectangles, and link annotations. Plain PDF 1.4 syntax, one content stream
// per page. https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf

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

export interface PdfPageSpec {
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
    const content = contentOf(page);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const annots = (page.links ?? []).map((l) =>
      add(`<< /Type /Annot /Subtype /Link /Rect [${l.rect.join(' ')}] /Border [0 0 0] /A << /S /URI /URI (${escape(l.url)}) >> >>`),
    );
    const box = `[0 0 ${page.width ?? 612} ${page.height ?? 792}]`;
    const annotsEntry = annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    kids.push(
      add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox ${box} /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R${annotsEntry} >>`),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : undefined;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encryptEntry = encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encryptEntry} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Lines of text down a page from `top`, `gap` points apart. */
export function textLines(lines: string[], options: { x?: number; top?: number; gap?: number; size?: number; bold?: boolean } = {}): PdfText[] {
  const { x = 50, top = 740, gap = 15, size = 11, bold } = options;
  return lines.map((text, i) => ({ text, x, y: top - i * gap, size, bold }));
}
