// Which PDF text a reader cannot see (PDF 32000-1 §9.3.6 text rendering
// modes, §8.6 colour, §11.6.4 constant alpha): text filled in the colour of
// what is painted under it, invisible render modes, fully transparent text,
// and text placed off the page. Also puts back the soft hyphens pdf.js drops.
import { walkOperators, type Box, type OperatorList, type PaintOps, type Rgb, type Run, type Walked } from './pdf-ops.js';
import type { HiddenReason } from './types.js';

export type { OperatorList, PaintOps } from './pdf-ops.js';

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const WHITE: Rgb = [255, 255, 255];

/**
 * True when the page paints its word spaces as space glyphs (Word, browsers,
 * Canva): then a space pdf.js puts inside an item where the glyphs show
 * neither a space nor a positioned gap is letter-spacing or kerning
 * ("Py th on"), not a word break. A page that paints no spaces at all is left
 * as pdf.js reads it.
 */
function paintsSpaces(painted: number): boolean {
  return painted >= 3;
}

/**
 * For each text item, the run painting most of its characters (or -1), and
 * its text with the soft hyphens pdf.js drops from text content put back
 * (Awesome-CV prints every hyphen as U+00AD) and the spaces it invents
 * between tracked letters taken out.
 */
function alignItems(items: PlacedText[], walked: Walked): { owners: number[]; texts: string[]; painted: Set<number> } {
  const { runs, stream, breaks } = walked;
  const trusted = paintsSpaces(walked.spaces);
  const runOfChar = new Int32Array(stream.length);
  runs.forEach((run, index) => runOfChar.fill(index, run.start));
  let pointer = 0;
  const texts: string[] = [];
  const painted = new Set<number>();
  const owners = items.map((item) => {
    const votes = new Map<number, number>();
    let text = '';
    let pending = '';
    for (const ch of item.text) {
      if (/\s/.test(ch)) {
        pending += ch;
        continue;
      }
      const found = stream.indexOf(ch, pointer);
      if (found >= 0 && found - pointer <= 64) {
        if (!trusted || text === '' || breaks.has(found)) text += pending;
        if (found === pointer + 1 && stream[pointer] === '\u00AD') text += '\u00AD';
        const run = runOfChar[found];
        painted.add(run);
        votes.set(run, (votes.get(run) ?? 0) + 1);
        pointer = found + ch.length;
      } else text += pending;
      pending = '';
      text += ch;
    }
    text += pending;
    if (stream[pointer] === '\u00AD' && !/\s$/.test(text)) {
      text += '\u00AD';
      pointer += 1;
    }
    texts.push(text);
    let best = -1;
    let bestVotes = 0;
    for (const [run, count] of votes) if (count > bestVotes) [best, bestVotes] = [run, count];
    return best;
  });
  return { owners, texts, painted };
}

/**
 * Text drawn outside the page box: pdf.js leaves it out of the text content,
 * so it is the painted runs no text item accounts for, placed off the page.
 */
function offPageText(runs: Run[], painted: Set<number>, view: number[]): string[] {
  const [x0, y0, x1, y1] = view;
  const phrases: string[] = [];
  let current = '';
  runs.forEach((run, index) => {
    const outside = !painted.has(index) && (run.x < x0 - 1 || run.x > x1 || run.y < y0 - 1 || run.y > y1);
    if (outside) current += (current && run.text.trim().length > 1 ? ' ' : '') + run.text;
    else if (current.trim()) [phrases[phrases.length], current] = [current.trim(), ''];
    else current = '';
  });
  if (current.trim()) phrases.push(current.trim());
  return phrases;
}

function background(boxes: Box[], op: number, x: number, y: number): Rgb | null | undefined {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i];
    if (b.op < op && x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) return b.fill;
  }
  return undefined;
}

function sameColour(a: Rgb, b: Rgb): boolean {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])) <= 20;
}

/**
 * Why each item is invisible (null when a reader can see it), its text
 * repaired from the painted glyphs, and text painted off the page. Text over an image counts as visible: an
 * OCR layer over a scan is drawn invisibly on purpose.
 */
export function analysePaint(
  items: PlacedText[],
  list: OperatorList,
  ops: PaintOps,
  view: number[],
): { hidden: (HiddenReason | null)[]; texts: string[]; offPage: string[] } {
  const walked = walkOperators(list, ops);
  const { runs, boxes } = walked;
  const { owners, texts, painted } = alignItems(items, walked);
  const hidden = items.map((item, index): HiddenReason | null => {
    const run = runs[owners[index]];
    if (!run) return null;
    const under = background(boxes, run.op, item.x + item.width / 2, item.y + item.size / 3);
    if (under === null) return null;
    if (run.mode === 3 || run.mode === 7) return 'invisible-render-mode';
    if (run.alpha < 0.1) return 'transparent';
    if (run.fill && sameColour(run.fill, under ?? WHITE)) return 'same-colour-as-background';
    return null;
  });
  return { hidden, texts, offPage: offPageText(runs, painted, view) };
}
