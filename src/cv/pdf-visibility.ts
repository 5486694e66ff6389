// Whether a reader can see one piece of PDF text (PDF 32000-1 §9.3.6 text
// rendering modes, §8.5.4 clipping, §11.3 transparency). A wrong "hidden
// text" finding accuses a candidate of keyword stuffing, so every rule here
// only says "hidden" when it is sure: white text on a coloured band, text on a
// gradient, a picture or a shape of unknown extent is visible; only a plain
// rectangle, opaque, drawn after the text and in the colour around it, covers it.
import { contains, isEmpty, type Rect } from './pdf-geometry.js';
import type { Box, Rgb, Run } from './pdf-ops.js';
import type { HiddenReason } from './types.js';

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Text smaller than this (points) cannot be read on the page. */
export const TINY_FONT_PT = 2;
/** Colour channels this close (of 255) look the same: white on white, not a faint grey watermark. */
export const SAME_COLOUR = 8;

const WHITE: Rgb = [255, 255, 255];

export function sameColour(a: Rgb, b: Rgb): boolean {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= SAME_COLOUR;
}

function inside(b: Box, x: number, y: number): boolean {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

/** Points across the text's body (left, middle, right at mid x-height): hidden text is hidden at all of them. */
function samplePoints(item: PlacedText): [number, number][] {
  const y = item.y + item.size * 0.35;
  return [0.1, 0.5, 0.9].map((f) => [item.x + item.width * f, y]);
}

/**
 * The colour under a point when text painted at `op` is certain to sit on it,
 * or 'visible' when it may not: an image, a gradient, translucent paint, or a
 * shape of another colour whose exact outline is unknown (a rounded band, a
 * glyph drawn as a path) lies under it. The page itself is white.
 */
function backgroundAt(boxes: Box[], op: number, x: number, y: number, text: Rgb): Rgb | 'visible' {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i];
    if (b.op >= op || !inside(b, x, y)) continue;
    if (b.fill === null || !b.opaque) return 'visible';
    if (b.solid) return b.fill;
    // A shape in the text's own colour (the same words drawn as outlines) hides nothing: look under it.
    if (!sameColour(b.fill, text)) return 'visible';
  }
  return WHITE;
}

/**
 * True when an opaque rectangle is painted over the point after the text in
 * the colour of what lies under the text (a white box on a white page): a
 * reader sees nothing there. A cover of another colour shows as a band or a
 * block (a heading bar overprinting a line by a layout accident), so it is no
 * hiding place.
 */
function coveredAt(boxes: Box[], run: Run, x: number, y: number): boolean {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i];
    if (b.op <= run.op || !b.solid || !b.opaque || b.fill === null || !inside(b, x, y)) continue;
    const under = backgroundAt(boxes, run.op, x, y, run.fill ?? WHITE);
    return under !== 'visible' && sameColour(b.fill, under);
  }
  return false;
}

/** True when something is painted over the point after `op` (what text in clip mode 7 is a stencil for). */
function paintedAfter(boxes: Box[], op: number, x: number, y: number): boolean {
  return boxes.some((b) => b.op > op && inside(b, x, y));
}

/**
 * True when invisible text is the text layer of something drawn under it: a
 * picture (an OCR layer over a scan) or the words themselves drawn as glyph
 * outlines (Chromium draws some headings as paths, then transparent text over
 * them for copying): a shape of about the text's height under it.
 */
function drawnUnder(item: PlacedText, run: Run, boxes: Box[], points: [number, number][]): boolean {
  return boxes.some((b) => {
    if (b.op >= run.op || !points.some(([x, y]) => inside(b, x, y))) return false;
    return b.fill === null || (!b.solid && b.y1 - b.y0 <= item.size * 3);
  });
}

function offPage(item: PlacedText, view: number[]): boolean {
  const [x0, y0, x1, y1] = view;
  return item.x > x1 || item.x + item.width < x0 || item.y > y1 || item.y + item.size < y0;
}

/** Outside the clip region at every point, a point's margin away; or an empty clip. */
function clippedAway(clip: Rect | null, points: [number, number][]): boolean {
  if (!clip) return false;
  return isEmpty(clip) || points.every(([x, y]) => !contains(clip, x, y, 1));
}

/** Why a reader cannot see this text item, or null when they can. `run` paints most of it. */
export function hiddenReasonOf(item: PlacedText, run: Run | undefined, boxes: Box[], view: number[]): HiddenReason | null {
  if (offPage(item, view)) return 'off-page';
  if (item.size < TINY_FONT_PT) return 'tiny-font';
  if (!run) return null;
  const points = samplePoints(item);
  if (clippedAway(run.clip, points)) return 'clipped';
  if (points.every(([x, y]) => coveredAt(boxes, run, x, y))) return 'covered';
  const invisible = run.mode === 3 || run.mode === 7 || run.alpha < 0.1;
  if (invisible && drawnUnder(item, run, boxes, points)) return null;
  if (run.mode === 7 && points.some(([x, y]) => paintedAfter(boxes, run.op, x, y))) return null;
  if (run.mode === 3 || run.mode === 7) return 'invisible-render-mode';
  if (run.alpha < 0.1) return 'transparent';
  const fill = run.fill;
  if (!fill) return null;
  const same = points.every(([x, y]) => {
    const bg = backgroundAt(boxes, run.op, x, y, fill);
    return bg !== 'visible' && sameColour(fill, bg);
  });
  return same ? 'same-colour-as-background' : null;
}
