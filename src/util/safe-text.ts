// Candidate-controlled text (CV words, repository and file names, author
// names and emails, cited source lines, notes) made safe for each output:
// terminal text has no control characters (no escape sequence repaints the
// screen or hides what follows), Markdown text cannot become markup, a code
// span cannot be closed from inside, HTML text cannot become a tag. Every
// helper also clips one value to a bounded length, so a megabyte-long line
// in a repository never reaches a report whole. Every renderer uses these.

/** Longest untrusted value shown in a terminal or Markdown report, characters (longer ones end in …). */
export const MAX_TEXT = 500;
/** Longest untrusted value in an HTML report, characters. */
export const MAX_HTML_TEXT = 2000;

/**
 * Escape sequences (CSI; OSC, DCS and the like up to their terminator; 7-bit
 * and 8-bit forms), then any other control character (an unterminated OSC
 * loses its ESC, so the text after it stays visible): C0, DEL, C1, and the
 * Unicode bidi controls that make text display in another order than it reads.
 */
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]{0,4096}(?:\u0007|\u001b\\|\u009c)/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, minus the line breaks and tabs HTML shows as white space. */
const HTML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** How long one value may be, characters (an options object, so `.map(terminalText)` cannot pass an index). */
export interface Clip {
  max?: number;
}

/** Clips `text` to `max` characters (never splitting a surrogate pair), ending in … when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** One line of text for a terminal: escape sequences removed, other controls a space, clipped. */
export function terminalText(text: string | number, { max = MAX_TEXT }: Clip = {}): string {
  return clip(String(text).replace(ESCAPE_SEQUENCE, ' ').replace(CONTROL, ' '), max);
}

/** Text for a file read in a terminal (CSV): like terminalText, but tabs and line breaks kept. */
export function plainText(text: string, { max = MAX_TEXT }: Clip = {}): string {
  return clip(text.replace(ESCAPE_SEQUENCE, ' ').replace(HTML_CONTROL, ' '), max);
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute: clipped, controls removed, `& < > " '` escaped. */
export function htmlText(text: string | number, { max = MAX_HTML_TEXT }: Clip = {}): string {
  if (typeof text === 'number') return String(text);
  return clip(text.replace(ESCAPE_SEQUENCE, ' ').replace(HTML_CONTROL, ' '), max).replace(/[&<>"']/g, (c) => HTML[c]);
}

/** Text for a Markdown line or table cell: no markup, links, code spans, HTML or line breaks. */
export function markdownText(text: string | number, { max = MAX_TEXT }: Clip = {}): string {
  return terminalText(text, { max })
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    // At a line's start these would make a heading, a list item or a rule.
    .replace(/^(\s*)(?:([-+=#])|(\d+)([.)]))/, (_, space: string, mark?: string, n?: string, dot?: string) => (mark ? `${space}\\${mark}` : `${space}${n}\\${dot}`))
    // A bare `&` shows as itself (Weights & Biases); only one that would start an entity is escaped.
    .replace(/&(?=#?[a-zA-Z0-9]{1,32};)/g, '&amp;')
    .replace(/[<>]/g, (c) => HTML[c]);
}

/**
 * A Markdown code span around `text`: the fence is one backtick longer than
 * the longest run of backticks inside, so nothing inside can close it. Pipes
 * are escaped so the span can sit in a table cell.
 */
export function markdownCode(text: string | number, { max = MAX_TEXT }: Clip = {}): string {
  const clean = terminalText(text, { max }).replace(/\|/g, '\\|');
  if (clean.trim() === '') return clean === '' ? '' : `\`${clean}\``;
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space on both sides keeps a backtick at either end from joining the fence (CommonMark strips one each side).
  return longest > 0 || clean.startsWith(' ') ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}

/** Text that may hold the program's own `code` spans (question prompts): code spans kept and re-fenced, the rest escaped. */
export function markdownProse(text: string, { max = 4 * MAX_TEXT }: Clip = {}): string {
  const out: string[] = [];
  const clean = terminalText(text, { max });
  let rest = clean;
  for (let m = /`([^`]+)`/.exec(rest); m; m = /`([^`]+)`/.exec(rest)) {
    out.push(markdownText(rest.slice(0, m.index), { max }), markdownCode(m[1], { max }));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(markdownText(rest, { max }));
  return out.join('');
}
