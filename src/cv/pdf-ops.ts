// The page's operator list walked once (PDF 32000-1 §8.4 graphics state,
// §8.5.4 clipping, §9.4 text objects, §11.3.5 blend modes): every text run
// with its fill colour, alpha, render mode, position and clip region, and
// every filled area, gradient or image with its place in the painting order.
// https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf
import { boxOf, IDENTITY, intersect, isRectanglePath, matrixArg, multiply, type Matrix, type Rect } from './pdf-geometry.js';

export interface PaintOps {
  save: number;
  restore: number;
  transform: number;
  setGState: number;
  setFillRGBColor: number;
  setFillTransparent: number;
  setFillColorN: number;
  setTextRenderingMode: number;
  beginText: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  nextLine: number;
  setLeading: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  rawFillPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  clip: number;
  eoClip: number;
  shadingFill: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export type Rgb = [number, number, number];

export interface Run {
  /** Index of its first character in the run character stream. */
  start: number;
  /** Its glyphs as painted, spaces kept. */
  text: string;
  /** Where it starts on the page. */
  x: number;
  y: number;
  fill: Rgb | null;
  alpha: number;
  mode: number;
  op: number;
  /** The clip region it is painted in (null: the whole page). */
  clip: Rect | null;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** null for images, gradients and patterns: colour unknown, so text over them counts as visible. */
  fill: Rgb | null;
  op: number;
  /** The area filled is its whole box: one axis-aligned rectangle, not a glyph outline, a curve or a polygon. */
  solid: boolean;
  /** Paints over what is under it: full alpha, normal blending, no soft mask. */
  opaque: boolean;
}

interface PaintState {
  ctm: Matrix;
  fill: Rgb | null;
  alpha: number;
  mode: number;
  clip: Rect | null;
  /** A blend mode other than Normal is set. */
  blended: boolean;
  /** A soft mask is set. */
  masked: boolean;
}

function parseHex(value: unknown): Rgb | null {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) return null;
  return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  let out = '';
  for (const g of glyphs) {
    if (g && typeof g === 'object' && 'unicode' in g) out += String((g as { unicode: unknown }).unicode ?? '');
  }
  return out;
}

/** Text position state (PDF 32000-1 §9.4.2): the line matrix and leading; Tm follows the line matrix here. */
interface TextPosition {
  line: Matrix;
  leading: number;
}

function moveLine(pos: TextPosition, tx: number, ty: number): void {
  pos.line = multiply(pos.line, [1, 0, 0, 1, tx, ty]);
}

/** Applies a text-positioning operator; false when `fn` is not one. */
function positionText(ops: PaintOps, fn: number, args: unknown[], pos: TextPosition): boolean {
  if (fn === ops.beginText) pos.line = IDENTITY;
  else if (fn === ops.setTextMatrix) pos.line = matrixArg(args) ?? pos.line;
  else if (fn === ops.moveText) moveLine(pos, Number(args[0]) || 0, Number(args[1]) || 0);
  else if (fn === ops.setLeadingMoveText) {
    pos.leading = -(Number(args[1]) || 0);
    moveLine(pos, Number(args[0]) || 0, Number(args[1]) || 0);
  } else if (fn === ops.nextLine || fn === ops.nextLineShowText || fn === ops.nextLineSetSpacingShowText) {
    moveLine(pos, 0, -pos.leading);
    return fn === ops.nextLine;
  } else if (fn === ops.setLeading) pos.leading = Number(args[0]) || 0;
  else return false;
  return true;
}

function isFillPaint(ops: PaintOps, op: number): boolean {
  return [ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke].includes(op);
}

/** Walks the operator list: text runs with their paint state, and filled areas. */
interface Walk {
  runs: Run[];
  boxes: Box[];
  stream: string;
  /** Stream offsets of characters that start a run or follow a painted space: where words may break. */
  breaks: Set<number>;
  /** Space glyphs painted between words. */
  spaces: number;
  state: PaintState;
  stack: PaintState[];
  pos: TextPosition;
  /** A clip operator was seen: the next path sets the clip region. */
  clipNext: boolean;
}

/** Graphics-state operators; false when `fn` is not one. */
function applyGraphics(ops: PaintOps, fn: number, args: unknown[], w: Walk): boolean {
  if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
    w.stack.push(w.state);
    w.state = { ...w.state };
    if (fn === ops.paintFormXObjectBegin) enterForm(args, w.state);
  } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) w.state = w.stack.pop() ?? w.state;
  else if (fn === ops.transform) w.state.ctm = multiply(w.state.ctm, matrixArg(args) ?? IDENTITY);
  else if (fn === ops.setFillRGBColor) w.state.fill = parseHex(args[0]);
  else if (fn === ops.setFillTransparent || fn === ops.setFillColorN) w.state.fill = null;
  else if (fn === ops.setTextRenderingMode) w.state.mode = Number(args[0]) || 0;
  else if (fn === ops.clip || fn === ops.eoClip) w.clipNext = true;
  else if (fn === ops.setGState) applyGState(args, w.state);
  else return false;
  return true;
}

/** A form XObject: its matrix, and its bounding box clips what it paints (§8.10.1). */
function enterForm(args: unknown[], state: PaintState): void {
  state.ctm = multiply(state.ctm, matrixArg(args) ?? IDENTITY);
  const bbox = args[1] as ArrayLike<number> | null | undefined;
  if (bbox && bbox.length === 4) state.clip = intersect(state.clip, boxOf(state.ctm, bbox[0], bbox[1], bbox[2], bbox[3]));
}

function applyGState(args: unknown[], state: PaintState): void {
  for (const entry of (args[0] ?? []) as unknown[]) {
    if (!Array.isArray(entry)) continue;
    const [key, value] = entry as [unknown, unknown];
    if (key === 'ca' && typeof value === 'number') state.alpha = value;
    // A blend mode other than Normal (a Multiply highlight) or a soft mask lets what is under show through.
    else if (key === 'BM') state.blended = typeof value === 'string' && !/^(normal|source-over|compatible)$/i.test(value);
    else if (key === 'SMask') state.masked = value !== false;
  }
}

/** Painting operators: text runs, filled paths, gradients, images; false when `fn` is none of them. */
function applyPaint(ops: PaintOps, fn: number, args: unknown[], op: number, w: Walk): boolean {
  const { state } = w;
  if ([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText].includes(fn)) {
    const glyphs = args[fn === ops.nextLineSetSpacingShowText ? 2 : 0];
    const painted = glyphText(glyphs);
    const text = painted.replace(/\s+/g, '');
    const [x, y] = boxOf(multiply(state.ctm, w.pos.line), 0, 0, 0, 0);
    if (text) w.runs.push({ start: w.stream.length, text: painted, x, y, fill: state.fill, alpha: state.alpha, mode: state.mode, op, clip: state.clip });
    markBreaks(glyphs, w);
    w.stream += text;
  } else if (fn === ops.constructPath || fn === ops.rawFillPath) paintPath(ops, fn, args, op, w);
  else if (fn === ops.shadingFill) addBox(w, [-1e6, -1e6, 1e6, 1e6], null, op, false);
  else if ([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat].includes(fn)) {
    addBox(w, boxOf(state.ctm, 0, 0, 1, 1), null, op, false);
  } else return false;
  return true;
}

/** A path: it may set the clip (after a W operator), and it is a filled area when filled. */
function paintPath(ops: PaintOps, fn: number, args: unknown[], op: number, w: Walk): void {
  const { state } = w;
  const minMax = args[2] as ArrayLike<number> | null | undefined;
  const box = minMax?.length === 4 ? boxOf(state.ctm, minMax[0], minMax[1], minMax[2], minMax[3]) : undefined;
  if (fn === ops.constructPath && w.clipNext) {
    w.clipNext = false;
    if (box) state.clip = intersect(state.clip, box);
  }
  if (!box || (fn !== ops.rawFillPath && !isFillPaint(ops, Number(args[0])))) return;
  const solid = fn === ops.constructPath && isRectanglePath((args[1] as unknown[] | undefined)?.[0], state.ctm);
  addBox(w, box, state.fill, op, solid);
}

/** Records a painted area, cut to the clip region; translucent paint is recorded as not opaque. */
function addBox(w: Walk, area: Rect, fill: Rgb | null, op: number, solid: boolean): void {
  const { state } = w;
  if (state.alpha <= 0.1) return;
  const [x0, y0, x1, y1] = intersect(state.clip, area);
  if (x1 <= x0 || y1 <= y0) return;
  const opaque = state.alpha >= 0.99 && !state.blended && !state.masked;
  w.boxes.push({ x0, y0, x1, y1, fill, op, solid, opaque });
}

/** A TJ adjustment at least this wide (thousandths of an em, negative = apart) is a positioned word gap (TeX). */
const WORD_GAP = -100;

/**
 * Records where the glyphs of one run allow a word break: its start, after a
 * painted space, or after a positioned gap as wide as a narrow word space.
 */
function markBreaks(glyphs: unknown, w: Walk): void {
  if (!Array.isArray(glyphs)) return;
  let offset = w.stream.length;
  let gap = true;
  for (const g of glyphs) {
    if (typeof g === 'number') {
      if (g <= WORD_GAP) gap = true;
      continue;
    }
    const unicode = g && typeof g === 'object' && 'unicode' in g ? String((g as { unicode: unknown }).unicode ?? '') : '';
    for (const ch of unicode) {
      if (/\s/.test(ch)) {
        if (!gap) w.spaces += 1;
        gap = true;
        continue;
      }
      if (gap) w.breaks.add(offset);
      gap = false;
      offset += ch.length;
    }
  }
}

export interface Walked {
  runs: Run[];
  stream: string;
  boxes: Box[];
  breaks: Set<number>;
  spaces: number;
}

/** Walks the operator list: text runs with their paint state and position, and filled areas. */
export function walkOperators(list: OperatorList, ops: PaintOps): Walked {
  const w: Walk = {
    runs: [],
    boxes: [],
    stream: '',
    breaks: new Set(),
    spaces: 0,
    state: { ctm: IDENTITY, fill: [0, 0, 0], alpha: 1, mode: 0, clip: null, blended: false, masked: false },
    stack: [],
    pos: { line: IDENTITY, leading: 0 },
    clipNext: false,
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (!positionText(ops, fn, args, w.pos) && !applyGraphics(ops, fn, args, w)) applyPaint(ops, fn, args, i, w);
  }
  return { runs: w.runs, stream: w.stream, boxes: w.boxes, breaks: w.breaks, spaces: w.spaces };
}
