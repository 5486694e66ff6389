// Geometry for walking a PDF page (PDF 32000-1 §8.3 coordinate systems):
// transformation matrices, bounding boxes in page space, and whether a filled
// path is a plain rectangle (so its box is all paint, not a glyph outline or a
// curve whose box holds empty corners).

export type Matrix = [number, number, number, number, number, number];

/** x0, y0, x1, y1 in page space. */
export type Rect = [number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** The page-space box of a user-space box under `ctm`. */
export function boxOf(ctm: Matrix, x0: number, y0: number, x1: number, y1: number): Rect {
  const pts = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function matrixArg(args: unknown[]): Matrix | undefined {
  const m = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>;
  return m && m.length >= 6 ? [m[0], m[1], m[2], m[3], m[4], m[5]] : undefined;
}

/** The common part of two boxes (null stands for no clip: the whole plane). */
export function intersect(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

export function isEmpty(r: Rect): boolean {
  return r[2] - r[0] < 0.01 || r[3] - r[1] < 0.01;
}

export function contains(r: Rect, x: number, y: number, margin = 0): boolean {
  return x >= r[0] - margin && x <= r[2] + margin && y >= r[1] - margin && y <= r[3] + margin;
}

/** pdf.js path drawing codes (DrawOPS): moveTo x y, lineTo x y, curveTo 6 numbers, quadraticCurveTo 4, closePath. */
const MOVE = 0;
const LINE = 1;
const CLOSE = 4;

/**
 * True when a pdf.js path (constructPath data) is one axis-aligned rectangle
 * drawn under a matrix that keeps it axis-aligned: then its bounding box is
 * exactly the area it fills. Glyph outlines, rounded corners, circles and
 * polygons are not.
 */
export function isRectanglePath(data: unknown, ctm: Matrix): boolean {
  if (!(Array.isArray(data) || ArrayBuffer.isView(data))) return false;
  const d = data as ArrayLike<number>;
  const rotated = Math.abs(ctm[1]) > 1e-6 || Math.abs(ctm[2]) > 1e-6;
  const swapped = Math.abs(ctm[0]) < 1e-6 && Math.abs(ctm[3]) < 1e-6;
  if (rotated && !swapped) return false;
  const xs = new Set<number>();
  const ys = new Set<number>();
  let points = 0;
  for (let i = 0; i < d.length; ) {
    const code = d[i];
    if (code === MOVE || code === LINE) {
      if (code === MOVE && points > 0) return false;
      xs.add(Math.round(d[i + 1] * 100));
      ys.add(Math.round(d[i + 2] * 100));
      points += 1;
      i += 3;
    } else if (code === CLOSE) i += 1;
    else return false;
  }
  return points >= 4 && points <= 5 && xs.size === 2 && ys.size === 2;
}
