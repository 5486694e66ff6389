// Which PDF text a reader cannot see (the rules are in pdf-visibility.ts):
// each text item matched to the painted run that draws it, and text painted
// off the page that pdf.js leaves out of the text content. Also puts back the
// soft hyphens pdf.js drops.
import { formsWords } from './words.js';
import { walkOperators, type OperatorList, type PaintOps, type Run, type Walked } from './pdf-ops.js';
import { hiddenReasonOf, type PlacedText } from './pdf-visibility.js';
import type { HiddenReason } from './types.js';

export type { OperatorList, PaintOps } from './pdf-ops.js';
export type { PlacedText } from './pdf-visibility.js';

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

/**
 * Why each item is invisible (null when a reader can see it), its text
 * repaired from the painted glyphs, and the phrases painted off the page that
 * form words (a stray icon glyph there is no finding).
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
  const hidden = items.map((item, index) => hiddenReasonOf(item, runs[owners[index]], boxes, view));
  return { hidden, texts, offPage: offPageText(runs, painted, view).filter(formsWords) };
}
