// The page's operator list walked once (PDF 32000-1 §8.4 graphics state,
// §9.4 text objects): every text run with its fill colour, alpha, render mode
// and position, and every filled area or image painted before it.
// https://opensource.adobe.com/dc-acrobat-sdk-docs/pdfstandards/PDF32000_2008.pdf

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
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export type Rgb = [number, number, number];
type Matrix = [number, number, number, number, number, number];

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
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** null for images: colour unknown, so text over them counts as visible. */
  fill: Rgb | null;
  op: number;
}

/** A text item's position, as getTextContent reports it. */
interface PaintState {
  ctm: Matrix;
  fill: Rgb | null;
  alpha: number;
  mode: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function boxOf(ctm: Matrix, x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
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

function matrixArg(args: unknown[]): Matrix | undefined {
  const m = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>;
  return m && m.length >= 6 ? [m[0], m[1], m[2], m[3], m[4], m[5]] : undefined;
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
}

/** Graphics-state operators; false when `fn` is not one. */
function applyGraphics(ops: PaintOps, fn: number, args: unknown[], w: Walk): boolean {
  if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
    w.stack.push(w.state);
    w.state = { ...w.state };
    if (fn === ops.paintFormXObjectBegin) w.state.ctm = multiply(w.state.ctm, matrixArg(args) ?? IDENTITY);
  } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) w.state = w.stack.pop() ?? w.state;
  else if (fn === ops.transform) w.state.ctm = multiply(w.state.ctm, matrixArg(args) ?? IDENTITY);
  else if (fn === ops.setFillRGBColor) w.state.fill = parseHex(args[0]);
  else if (fn === ops.setFillTransparent || fn === ops.setFillColorN) w.state.fill = null;
  else if (fn === ops.setTextRenderingMode) w.state.mode = Number(args[0]) || 0;
  else if (fn === ops.setGState) {
    for (const entry of (args[0] ?? []) as unknown[]) {
      if (Array.isArray(entry) && entry[0] === 'ca' && typeof entry[1] === 'number') w.state.alpha = entry[1];
    }
  } else return false;
  return true;
}

/** Painting operators: text runs, filled paths, images; false when `fn` is none of them. */
function applyPaint(ops: PaintOps, fn: number, args: unknown[], op: number, w: Walk): boolean {
  const { state } = w;
  if ([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText].includes(fn)) {
    const glyphs = args[fn === ops.nextLineSetSpacingShowText ? 2 : 0];
    const painted = glyphText(glyphs);
    const text = painted.replace(/\s+/g, '');
    const [x, y] = boxOf(multiply(state.ctm, w.pos.line), 0, 0, 0, 0);
    if (text) w.runs.push({ start: w.stream.length, text: painted, x, y, fill: state.fill, alpha: state.alpha, mode: state.mode, op });
    markBreaks(glyphs, w);
    w.stream += text;
  } else if (fn === ops.constructPath || fn === ops.rawFillPath) {
    const minMax = args[2] as ArrayLike<number> | undefined;
    if ((fn === ops.rawFillPath || isFillPaint(ops, Number(args[0]))) && minMax?.length === 4 && state.alpha > 0.5) {
      const [x0, y0, x1, y1] = boxOf(state.ctm, minMax[0], minMax[1], minMax[2], minMax[3]);
      w.boxes.push({ x0, y0, x1, y1, fill: state.fill, op });
    }
  } else if ([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat].includes(fn)) {
    const [x0, y0, x1, y1] = boxOf(state.ctm, 0, 0, 1, 1);
    w.boxes.push({ x0, y0, x1, y1, fill: null, op });
  } else return false;
  return true;
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
    state: { ctm: IDENTITY, fill: [0, 0, 0], alpha: 1, mode: 0 },
    stack: [],
    pos: { line: IDENTITY, leading: 0 },
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = (list.argsArray[i] ?? []) as unknown[];
    if (!positionText(ops, fn, args, w.pos) && !applyGraphics(ops, fn, args, w)) applyPaint(ops, fn, args, i, w);
  }
  return { runs: w.runs, stream: w.stream, boxes: w.boxes, breaks: w.breaks, spaces: w.spaces };
}
