// A PDF writer for tests of what a reader can see: each page is a list of
// drawing steps painted in order (filled rectangles and polygons, text in
// several fonts, clip regions, gradients, transparency, blend modes), so a test
// can put a shape before or after a piece of text. Plain PDF 1.4 syntax.
// https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf

import { serializePdf } from './pdf-file.js';

type Rgb = [number, number, number];

/**
 * Fonts: `regular` and `bold` are Helvetica; `fontawesome` is named like an
 * icon font; `glyphs` is a font with an ordinary name whose characters map to
 * the private-use area (how FlowCV, Canva and icon sets draw bullets and icons).
 */
export type LayerFont = 'regular' | 'bold' | 'fontawesome' | 'glyphs';

export type PdfLayer =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: Rgb; alpha?: number; blend?: 'Multiply' }
  /** A filled polygon (a glyph outline, a wave, a badge): not a rectangle. */
  | { kind: 'shape'; points: [number, number][]; color: Rgb }
  | { kind: 'text'; text: string; x: number; y: number; size?: number; color?: Rgb; font?: LayerFont; mode?: number; alpha?: number }
  /** Steps painted inside a clip rectangle (w or h 0: an empty clip). */
  | { kind: 'clip'; x: number; y: number; w: number; h: number; layers: PdfLayer[] }
  /** A picture (one grey pixel stretched over the rectangle): a scan, a photo. */
  | { kind: 'image'; x: number; y: number; w: number; h: number }
  /** An axial gradient filling a rectangle (a header band). */
  | { kind: 'gradient'; x: number; y: number; w: number; h: number; from: Rgb; to: Rgb };

export interface LayeredPage {
  layers: PdfLayer[];
  width?: number;
  height?: number;
}

const FONT_KEYS: Record<LayerFont, string> = { regular: '/F1', bold: '/F2', fontawesome: '/F3', glyphs: '/F4' };

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function rgb(color: Rgb = [0, 0, 0]): string {
  return color.map((c) => c.toFixed(3)).join(' ');
}

interface Resources {
  states: string[];
  shadings: string[];
}

function stateName(res: Resources, body: string): string {
  let index = res.states.indexOf(body);
  if (index < 0) index = res.states.push(body) - 1;
  return `/GS${index}`;
}

function contentOf(layers: PdfLayer[], res: Resources): string[] {
  const ops: string[] = [];
  for (const l of layers) {
    if (l.kind === 'rect') {
      const state = l.alpha !== undefined || l.blend ? `${stateName(res, `<< /ca ${l.alpha ?? 1}${l.blend ? ` /BM /${l.blend}` : ''} >>`)} gs ` : '';
      ops.push(`q ${state}${rgb(l.color)} rg ${l.x} ${l.y} ${l.w} ${l.h} re f Q`);
    } else if (l.kind === 'shape') {
      const [first, ...rest] = l.points;
      ops.push(`q ${rgb(l.color)} rg ${first[0]} ${first[1]} m ${rest.map(([x, y]) => `${x} ${y} l`).join(' ')} h f Q`);
    } else if (l.kind === 'text') {
      const state = l.alpha !== undefined ? `${stateName(res, `<< /ca ${l.alpha} >>`)} gs ` : '';
      ops.push(`q ${state}BT ${FONT_KEYS[l.font ?? 'regular']} ${l.size ?? 11} Tf ${rgb(l.color)} rg ${l.mode ?? 0} Tr ${l.x} ${l.y} Td (${escape(l.text)}) Tj ET Q`);
    } else if (l.kind === 'clip') {
      ops.push(`q ${l.x} ${l.y} ${l.w} ${l.h} re W n`, ...contentOf(l.layers, res), 'Q');
    } else if (l.kind === 'image') {
      ops.push(`q ${l.w} 0 0 ${l.h} ${l.x} ${l.y} cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q`);
    } else {
      const name = `/Sh${res.shadings.length}`;
      res.shadings.push(
        `<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [${l.x} ${l.y} ${l.x + l.w} ${l.y}] /Function << /FunctionType 2 /Domain [0 1] /C0 [${rgb(l.from)}] /C1 [${rgb(l.to)}] /N 1 >> >>`,
      );
      ops.push(`q ${l.x} ${l.y} ${l.w} ${l.h} re W n ${name} sh Q`);
    }
  }
  return ops;
}

/** Maps every byte to a private-use code point (U+F000 + byte), as icon and bullet fonts do. */
const PRIVATE_USE_CMAP = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CMapName /PrivateUse def /CMapType 2 def',
  '1 begincodespacerange <00> <FF> endcodespacerange',
  '1 beginbfrange <20> <7E> <F020> endbfrange',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

/** Writes a PDF whose pages paint their layers in order. */
export function buildLayeredPdf(pages: LayeredPage[]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const cmap = add(`<< /Length ${PRIVATE_USE_CMAP.length} >>\nstream\n${PRIVATE_USE_CMAP}\nendstream`);
  const fonts = [
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
    add(`<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome6Free-Solid /ToUnicode ${cmap} 0 R >>`),
    add(`<< /Type /Font /Subtype /Type1 /BaseFont /Mulish-Regular /ToUnicode ${cmap} 0 R >>`),
  ];
  const fontDict = fonts.map((f, i) => `/F${i + 1} ${f} 0 R`).join(' ');
  const kids: number[] = [];
  for (const page of pages) {
    const res: Resources = { states: [], shadings: [] };
    const content = contentOf(page.layers, res).join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const states = res.states.map((body, i) => `/GS${i} ${body}`).join(' ');
    const shadings = res.shadings.map((body, i) => `/Sh${i} ${body}`).join(' ');
    const resources = `<< /Font << ${fontDict} >> /ExtGState << ${states} >> /Shading << ${shadings} >> >>`;
    const box = `[0 0 ${page.width ?? 612} ${page.height ?? 792}]`;
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox ${box} /Resources ${resources} /Contents ${stream} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return serializePdf(objects, catalog);
}

/** Text layers down a page from `top`, `gap` points apart, in black Helvetica. */
export function textLayers(lines: string[], options: { x?: number; top?: number; gap?: number; size?: number } = {}): PdfLayer[] {
  const { x = 50, top = 740, gap = 15, size = 11 } = options;
  return lines.map((text, i) => ({ kind: 'text', text, x, y: top - i * gap, size }));
}
