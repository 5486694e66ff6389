// HTML comments in a Markdown CV, read as CommonMark renders them
// (https://spec.commonmark.org/0.31.2/#html-blocks, #raw-html): invisible.
// - A line that starts with `<!--` opens an HTML block: hidden to the line
//   holding `-->`, or to the end of the file when none does.
// - Inside a paragraph, `<!-- … -->` is a comment only when it closes before
//   the paragraph ends; an unclosed `<!--` there is plain text ("warns about
//   unclosed `<!--` comments").
// - In fenced code and in code spans, `<!--` is shown as written.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_START = /^ {0,3}$/;

/** The line with its code spans blanked, so `<!--` inside backticks is never found. */
const withoutCodeSpans = (line: string) => line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));

/** A line that goes on with the paragraph above: not blank, not a new list item, heading or quote. */
const continuesParagraph = (line: string) => line.trim() !== '' && !/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)|^ {0,3}(?:#{1,6}(?:\s|$)|>)/.test(line);

interface Found {
  /** Line and column of `<!--`. */
  line: number;
  open: number;
  /** Line and column of `-->`, or undefined when the comment runs to the end of the file. */
  endLine: number;
  close: number | undefined;
}

/** The next comment opening on line `i` at or after `col`, with where it closes; undefined when none (or an unclosed inline one). */
function nextComment(lines: readonly string[], i: number, col: number): Found | undefined {
  const open = withoutCodeSpans(lines[i]).indexOf('<!--', col);
  if (open === -1) return undefined;
  const block = BLOCK_START.test(lines[i].slice(0, open));
  let j = i;
  let close: number | undefined = withoutCodeSpans(lines[i]).indexOf('-->', open + 4);
  while (close === -1 && j + 1 < lines.length && (block || continuesParagraph(lines[j + 1]))) {
    j++;
    close = block ? lines[j].indexOf('-->') : withoutCodeSpans(lines[j]).indexOf('-->');
  }
  if (close === -1 && !block) return undefined;
  return { line: i, open, endLine: close === -1 ? lines.length - 1 : j, close: close === -1 ? undefined : close };
}

/** Blanks the comments out of the text (newlines kept, so lines stay) and returns them apart. */
export function takeComments(source: string): { text: string; comments: string[] } {
  const lines = source.split('\n');
  const comments: string[] = [];
  const blank = (s: string) => s.replace(/[^\r]/g, ' ');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const f = FENCE.exec(lines[i]);
    if (fence !== undefined) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    for (let c = nextComment(lines, i, 0); c; c = i < lines.length ? nextComment(lines, i, c.close === undefined ? Infinity : c.close + 3) : undefined) {
      const end = c.close ?? lines[c.endLine].length;
      const text: string[] = [];
      for (let k = c.line; k <= c.endLine; k++) {
        const from = k === c.line ? c.open : 0;
        const to = k === c.endLine ? (c.close === undefined ? lines[k].length : end + 3) : lines[k].length;
        text.push(lines[k].slice(k === c.line ? from + 4 : 0, k === c.endLine ? end : lines[k].length));
        lines[k] = lines[k].slice(0, from) + blank(lines[k].slice(from, to)) + lines[k].slice(to);
      }
      comments.push(text.join('\n'));
      i = c.endLine;
      if (c.close === undefined) i = lines.length;
    }
  }
  return { text: lines.join('\n'), comments };
}
