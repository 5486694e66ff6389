// Reading order of a PDF page laid out in columns: a gutter (a vertical gap
// that runs through most rows) splits a page into a left and a right column,
// read one after the other; a label column beside values stays one row.
// Split from layout.ts.
import type { PdfItem } from './layout.js';
import { maxOf, minOf } from '../util/arrays.js';

export interface Segment {
  items: PdfItem[];
  x0: number;
  x1: number;
  text: string;
}

export interface Row {
  y: number;
  size: number;
  segments: Segment[];
}

function chars(segments: Segment[]): number {
  return segments.reduce((n, s) => n + s.text.length, 0);
}

interface Gutter {
  x: number;
  from: number;
  to: number;
}

interface Scored extends Gutter {
  span: number;
  /** Width of the empty corridor around x. */
  corridor: number;
}

/** The font size most of the text is set in. */
function mainSize(segments: Segment[]): number {
  const weights = new Map<number, number>();
  for (const item of segments.flatMap((s) => s.items)) weights.set(item.size, (weights.get(item.size) ?? 0) + item.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * True when the narrower side is a column of dates, places or labels that
 * share their rows with the entries beside them (right-aligned dates, a
 * Lebenslauf's date column), not a column of its own. Headings set larger
 * than the text are left out: they sit on rows of their own in either case.
 */
function labelColumn(left: Segment[][], right: Segment[][]): boolean {
  const body = mainSize([...left.flat(), ...right.flat()]);
  const plain = (row: Segment[]) => row.length > 0 && row.some((s) => s.items.some((i) => i.size < body + 1.5));
  const rows = left.map((l, i) => [plain(l), plain(right[i])]);
  const both = rows.filter(([l, r]) => l && r).length;
  const [lr, rr] = [0, 1].map((k) => rows.filter((row) => row[k]).length);
  const [lc, rc] = [left, right].map((side) => chars(side.filter(plain).flat()));
  // Right-aligned dates and places share rows with the entries they belong to; a narrow real column rarely does.
  return both / Math.max(1, Math.min(lr, rr)) > 0.8 && Math.min(lc, rc) < 0.25 * (lc + rc);
}

/** The longest run of rows that no segment crosses at x, if it looks like a column split. */
function gutterAt(rows: Row[], x: number, minSpan: number): Scored | undefined {
  let best: Scored | undefined;
  let from = 0;
  const consider = (to: number) => {
    if (to - from < 8) return;
    const run = rows.slice(from, to);
    const left = run.map((r) => r.segments.filter((s) => s.x1 <= x));
    const right = run.map((r) => r.segments.filter((s) => s.x0 >= x));
    const [lc, rc] = [left.flat(), right.flat()].map(chars);
    const [lr, rr] = [left, right].map((side) => side.filter((s) => s.length > 0).length);
    const span = run[0].y - run[run.length - 1].y;
    if (span < minSpan || lr < 4 || rr < 4 || Math.min(lc, rc) < 0.12 * (lc + rc)) return;
    if (labelColumn(left, right)) return;
    const corridor = minOf(right.flat().map((s) => s.x0)) - maxOf(left.flat().map((s) => s.x1));
    if (!best || span > best.span) best = { x, from, to, span, corridor };
  };
  rows.forEach((row, i) => {
    if (row.segments.some((s) => s.x0 < x && s.x1 > x)) {
      consider(i);
      from = i + 1;
    }
  });
  consider(rows.length);
  return best;
}

function findGutter(rows: Row[], pageLeft: number, pageWidth: number): Gutter | undefined {
  if (rows.length < 8) return undefined;
  const minSpan = 0.35 * (rows[0].y - rows[rows.length - 1].y);
  const candidates = new Set<number>();
  for (const row of rows) for (const s of row.segments) candidates.add(Math.round(s.x1 + 1)).add(Math.round(s.x0 - 1));
  const found: Scored[] = [];
  for (const x of candidates) {
    if (x < pageLeft + 0.12 * pageWidth || x > pageLeft + 0.88 * pageWidth) continue;
    const gutter = gutterAt(rows, x, minSpan);
    if (gutter) found.push(gutter);
  }
  // The tallest split wins; among nearly as tall ones, the widest corridor (the real gutter).
  const tallest = maxOf(found.map((g) => g.span));
  return found.filter((g) => g.span >= 0.9 * tallest).sort((a, b) => b.corridor - a.corridor)[0];
}

function side(rows: Row[], keep: (s: Segment) => boolean): Row[] {
  return rows.map((r) => ({ ...r, segments: r.segments.filter(keep) })).filter((r) => r.segments.length > 0);
}

/** Orders rows for reading: rows above a column block, each column, then rows below. */
export function readingOrder(rows: Row[], pageLeft: number, pageWidth: number, depth = 0): Row[] {
  const gutter = depth < 3 ? findGutter(rows, pageLeft, pageWidth) : undefined;
  if (!gutter) return rows;
  const block = rows.slice(gutter.from, gutter.to);
  return [
    ...rows.slice(0, gutter.from),
    ...readingOrder(side(block, (s) => s.x1 <= gutter.x), pageLeft, pageWidth, depth + 1),
    ...readingOrder(side(block, (s) => s.x0 >= gutter.x), pageLeft, pageWidth, depth + 1),
    ...readingOrder(rows.slice(gutter.to), pageLeft, pageWidth, depth + 1),
  ];
}
