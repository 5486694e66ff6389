// PDF text items → lines in reading order: items on one baseline form a row,
// wide gaps split a row into segments, and a gutter that no segment crosses
// over a tall stretch of the page splits it into columns read one after the
// other (two- and three-column CVs). Page headers and footers are dropped.
import { dropSoftHyphens, endsWithSoftHyphen, squeeze, tidyJoined } from './clean.js';
import { classifyHeading } from './sections.js';
import type { CvAnchor, CvLine } from './types.js';
import { readingOrder, type Row, type Segment } from './layout-columns.js';
import { maxOf } from '../util/arrays.js';

export interface PdfItem {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
  font: string;
  bold: boolean;
}

export interface PdfPage {
  page: number;
  width: number;
  height: number;
  left: number;
  top: number;
  bottom: number;
  items: PdfItem[];
  links: { url: string; rect: [number, number, number, number] }[];
}

interface OpenRow {
  y: number;
  size: number;
  small: number;
  items: PdfItem[];
}

function horizontalGap(item: PdfItem, row: OpenRow): number {
  let gap = Infinity;
  for (const o of row.items) gap = Math.min(gap, Math.max(o.x - (item.x + item.width), item.x - (o.x + o.width), 0));
  return gap;
}

/**
 * Groups items sharing a baseline into rows, top to bottom. Bigger text goes
 * first, so a raised or lowered small glyph (the "A" of a LaTeX logo) joins
 * the row of its horizontal neighbours rather than a row of another column.
 */
function toRows(items: PdfItem[]): Row[] {
  const rows: OpenRow[] = [];
  for (const item of [...items].sort((a, b) => b.size - a.size || b.y - a.y || a.x - b.x)) {
    let best: OpenRow | undefined;
    let bestScore = Infinity;
    for (const row of rows) {
      const dy = Math.abs(row.y - item.y);
      if (dy > 0.4 * Math.min(row.small, item.size)) continue;
      const gap = horizontalGap(item, row);
      // Same baseline, or nearly so and right beside the row's text.
      if (dy > 0.15 * item.size && gap > 3 * item.size) continue;
      const score = gap + dy * 10;
      if (score < bestScore) [best, bestScore] = [row, score];
    }
    if (best) {
      best.items.push(item);
      best.small = Math.min(best.small, item.size);
    } else {
      rows.push({ y: item.y, size: item.size, small: item.size, items: [item] });
    }
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => ({ y: r.y, size: r.size, segments: toSegments(r.items) }));
}

/** Splits a row at wide gaps and rebuilds word spaces from glyph positions. */
function toSegments(items: PdfItem[]): Segment[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const item of sorted) {
    const previous = current?.items.at(-1)?.size ?? 0;
    const size = Math.max(item.size, previous);
    const gap = current ? item.x - current.x1 : Infinity;
    // A heading set beside its first entry in a smaller size ("Education  Degree, Institution") is a piece of its own.
    const resized = size > 1.25 * Math.min(item.size, previous) && gap > 0.5 * Math.min(item.size, previous);
    if (!current || gap > Math.max(1.8 * size, 8) || resized) {
      current = { items: [item], x0: item.x, x1: item.x + item.width, text: item.text };
      segments.push(current);
      continue;
    }
    const joiner = gap > 0.12 * size && !/\s$/.test(current.text) && !/^\s/.test(item.text) ? ' ' : '';
    current.text = current.text.replace(/\u00AD$/, '-') + joiner + item.text;
    current.items.push(item);
    current.x1 = Math.max(current.x1, item.x + item.width);
  }
  for (const s of segments) s.text = squeeze(tidyJoined(s.text));
  return segments.filter((s) => s.text !== '');
}

function toLine(row: Row, page: number): CvLine {
  const items = row.segments.flatMap((s) => s.items);
  const weight = (pick: (i: PdfItem) => boolean) => items.filter(pick).reduce((n, i) => n + i.text.length, 0);
  const total = weight(() => true);
  const fonts = new Map<string, number>();
  for (const i of items) fonts.set(i.font, (fonts.get(i.font) ?? 0) + i.text.length);
  const font = [...fonts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const size = maxOf(items.map((i) => i.size));
  return {
    text: row.segments.map((s) => s.text).join('\t'),
    segments: row.segments.map((s) => s.text),
    page,
    size: Math.round(size * 10) / 10,
    bold: weight((i) => i.bold) > total / 2,
    style: `${font}@${Math.round(size * 2) / 2}`,
  };
}

const PAGE_FURNITURE = /^(page\s*)?\d{1,3}(\s*(of|\/)\s*\d{1,3})?$|\blast\s+updated\b|\bupdated\s+(on|in)\b/i;

/** A short line that is nothing but a section name ("Projects", "Work Experience"). */
function isSectionName(text: string): boolean {
  const match = classifyHeading(text.trim());
  return match !== undefined && match.coverage >= 0.99 && text.trim().split(/\s+/).length <= 4;
}

/** Drops page numbers, "last updated" stamps and header/footer lines (but section headings) repeated across pages. */
function dropFurniture(pages: { page: PdfPage; rows: Row[] }[]): void {
  const margin = (p: PdfPage, r: Row) => r.y > p.top - 0.07 * p.height || r.y < p.bottom + 0.07 * p.height;
  const key = (r: Row) => squeeze(r.segments.map((s) => s.text).join(' ').toLowerCase().replace(/\d+/g, '#'));
  const seen = new Map<string, number>();
  for (const { page, rows } of pages) {
    for (const k of new Set(rows.filter((r) => margin(page, r)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const entry of pages) {
    entry.rows = entry.rows.filter((r) => {
      if (!margin(entry.page, r)) return true;
      const text = r.segments.map((s) => s.text).join(' ');
      if (PAGE_FURNITURE.test(text.trim())) return false;
      // A section heading repeated at the top of each page it runs over ("Projects Experience") still heads that page.
      return (seen.get(key(r)) ?? 0) < 2 || isSectionName(text);
    });
  }
}

/** Joins words broken at a line end with a soft hyphen ("submis-" + "sions"). */
function joinBrokenWords(lines: CvLine[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!endsWithSoftHyphen(lines[i].text)) continue;
    const next = lines[i + 1];
    const [head, ...rest] = next.text.split(' ');
    lines[i].text = dropSoftHyphens(lines[i].text).trimEnd() + head;
    lines[i].segments = [lines[i].text];
    next.text = rest.join(' ');
    next.segments = next.text ? [next.text] : [];
  }
  for (const line of lines) {
    line.text = dropSoftHyphens(line.text);
    line.segments = line.segments.map(dropSoftHyphens);
  }
}

function anchorsOf(page: PdfPage, lineOf: Map<PdfItem, number>): CvAnchor[] {
  return page.links.map(({ url, rect }) => {
    const [x0, y0, x1, y1] = [Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]), Math.max(rect[1], rect[3])];
    const inside = page.items.filter((i) => {
      const cx = i.x + i.width / 2;
      const cy = i.y + i.size / 3;
      return cx >= x0 - 1 && cx <= x1 + 1 && cy >= y0 - 1 && cy <= y1 + 1;
    });
    const touching = page.items.filter((i) => i.x < x1 && i.x + i.width > x0 && i.y < y1 && i.y + i.size * 0.7 > y0);
    const line = [...inside, ...touching].map((i) => lineOf.get(i)).find((n) => n !== undefined) ?? -1;
    return { url, text: squeeze(inside.map((i) => i.text).join(' ')), line };
  });
}

/** Lays out every page into lines in reading order, with the link annotations placed on them. */
export function layoutPages(pages: PdfPage[]): { lines: CvLine[]; anchors: CvAnchor[] } {
  const ordered = pages.map((page) => ({ page, rows: readingOrder(toRows(page.items), page.left, page.width) }));
  dropFurniture(ordered);
  const lines: CvLine[] = [];
  const lineOf = new Map<PdfItem, number>();
  for (const { page, rows } of ordered) {
    for (const row of rows) {
      for (const item of row.segments.flatMap((s) => s.items)) lineOf.set(item, lines.length);
      lines.push(toLine(row, page.page));
    }
  }
  const anchors = pages.flatMap((p) => anchorsOf(p, lineOf));
  joinBrokenWords(lines);
  const kept: CvLine[] = [];
  const renumber = lines.map((line) => (line.text.trim() === '' ? -1 : kept.push(line) - 1));
  for (const anchor of anchors) anchor.line = anchor.line < 0 ? -1 : renumber[anchor.line];
  return { lines: kept, anchors };
}
