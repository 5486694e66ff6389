// The one reading of shell text as commands (https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html),
// shared by the script and Makefile parsers and by every rule that reads a
// CI step, a recipe or a script: quotes, escapes, `$(...)`, `${...}`,
// GitHub `${{ ... }}` and backticks are parts of a word, so an operator or a
// program name inside them (`echo "pytest && ruff check ."`) is text, not a
// command; comments are dropped; a heredoc's body is the input of the
// command that opens it, never commands of the script. The text is read,
// never run, and reading never throws.

/** A simple command: its words (quotes taken off), the text as written, the line it starts on, and any heredoc input. */
export interface ShellSegment {
  words: string[];
  text: string;
  /** Line of the script (from 0) the command starts on. */
  line: number;
  /** Heredoc bodies fed to the command, joined by newlines. */
  input?: string;
}

/** A logical line: commands up to an unquoted newline (continuations and multi-line quotes joined), with its heredoc bodies. */
export interface ShellLine {
  text: string;
  line: number;
  /** The heredoc bodies, each with its terminator line. */
  input: string[];
}

/** Characters that mean nothing special to the shell, read as one run. */
const PLAIN = /[^\s\\'"`$#;&|()<]+/y;
/** `<<EOF`, `<<-'EOF'`, `<< "END"` (not a `<<<` here-string). */
const HEREDOC = /<<(-?)[ \t]*(["']?)([A-Za-z_][\w.-]*)\2/y;

/** Where a `$(...)`, `${...}` or quoted part that starts at `i` ends (the index after it); an unclosed one runs to the end. */
function skipGroup(s: string, i: number): number {
  const open = s[i];
  if (open === "'") {
    const end = s.indexOf("'", i + 1);
    return end === -1 ? s.length : end + 1;
  }
  if (open === '"' || open === '`') {
    let j = i + 1;
    while (j < s.length && s[j] !== open) {
      if (s[j] === '\\') j += 2;
      else if (open === '"' && s[j] === '$' && (s[j + 1] === '(' || s[j + 1] === '{')) j = skipGroup(s, j + 1);
      else j++;
    }
    return Math.min(j + 1, s.length);
  }
  // `(` or `{` after a `$`: balanced, quotes inside skipped whole.
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  let j = i;
  while (j < s.length) {
    const c = s[j];
    if (c === '\\') j += 2;
    else if (c === "'" || c === '"' || c === '`') j = skipGroup(s, j);
    else {
      if (c === open) depth++;
      else if (c === close && --depth === 0) return j + 1;
      j++;
    }
  }
  return s.length;
}

/** The value of a quoted part as the shell gives it to the program. */
function unquote(part: string): string {
  if (part.startsWith("'")) return part.slice(1, part.endsWith("'") && part.length > 1 ? -1 : undefined);
  const inner = part.slice(1, part.endsWith('"') && part.length > 1 ? -1 : undefined);
  return inner.replace(/\\(["\\$`\n])/g, (_, c: string) => (c === '\n' ? '' : c));
}

interface Scan {
  segments: ShellSegment[];
  lines: ShellLine[];
}

/** Reads shell text into simple commands and logical lines. */
export function scanShell(script: string): Scan {
  const s = script.replace(/\r\n?/g, '\n');
  const segments: ShellSegment[] = [];
  const lines: ShellLine[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let segStart = -1;
  let segLine = 0;
  let lineStart = 0;
  let lineNo = 0;
  let logicalLine = 0;
  let lineInput: string[] = [];
  const pending: { segment: ShellSegment | undefined; strip: boolean; end: string; words: string[] }[] = [];

  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const add = (c: string, at: number) => {
    if (segStart === -1) {
      segStart = at;
      segLine = lineNo;
    }
    word = (word ?? '') + c;
  };
  const endSegment = (at: number) => {
    endWord();
    if (words.length > 0) {
      const segment: ShellSegment = { words, text: s.slice(segStart, at).trim(), line: segLine };
      segments.push(segment);
      for (const h of pending) if (h.words === words) h.segment = segment;
    }
    words = [];
    segStart = -1;
  };
  const endLine = (at: number) => {
    const text = s.slice(lineStart, at).replace(/\\\n[ \t]*/g, ' ').trim();
    if (text !== '' && !text.startsWith('#')) lines.push({ text, line: logicalLine, input: lineInput });
    lineInput = [];
  };

  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') {
      if (s[i + 1] === '\n') lineNo++;
      else add(s[i + 1] ?? '', i);
      i += 2;
    } else if (c === "'" || c === '"' || c === '`') {
      const end = skipGroup(s, i);
      const part = s.slice(i, end);
      if (segStart === -1) add('', i);
      word = (word ?? '') + (c === '`' ? part : unquote(part));
      lineNo += part.split('\n').length - 1;
      i = end;
    } else if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      const end = skipGroup(s, i + 1);
      const part = s.slice(i, end);
      add(part, i);
      lineNo += part.split('\n').length - 1;
      i = end;
    } else if (c === '#' && word === undefined) {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '\n') {
      endSegment(i);
      endLine(i);
      lineNo++;
      i++;
      // Heredoc bodies opened on this line follow it, each up to its terminator.
      for (const h of pending.splice(0)) {
        const body: string[] = [];
        let terminated = false;
        while (i < s.length && !terminated) {
          const nl = s.indexOf('\n', i);
          const raw = s.slice(i, nl === -1 ? s.length : nl);
          i = nl === -1 ? s.length : nl + 1;
          lineNo++;
          if ((h.strip ? raw.replace(/^\t+/, '') : raw).trim() === h.end) terminated = true;
          else body.push(raw);
        }
        lineInput.push([...body, ...(terminated ? [h.end] : [])].join('\n'));
        if (h.segment) h.segment.input = h.segment.input === undefined ? body.join('\n') : `${h.segment.input}\n${body.join('\n')}`;
      }
      // The joined bodies belong to the line before them.
      if (lineInput.length > 0 && lines.length > 0) lines[lines.length - 1].input.push(...lineInput.splice(0));
      lineStart = i;
      logicalLine = lineNo;
    } else if (c === '<' && s[i + 1] === '<' && s[i + 2] !== '<' && s[i - 1] !== '<') {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(s);
      if (!m) {
        add('<<', i);
        i += 2;
        continue;
      }
      endWord();
      add(m[0], i);
      endWord();
      pending.push({ segment: undefined, strip: m[1] === '-', end: m[3], words });
      i += m[0].length;
    } else if (c === '&' && ((word !== undefined && /[<>]$/.test(word)) || s[i + 1] === '>')) {
      // `2>&1`, `&>file`: a redirection, not a separator.
      add(c, i);
      i++;
    } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      endSegment(i);
      i++;
    } else {
      // A run of ordinary characters at once.
      PLAIN.lastIndex = i;
      const run = PLAIN.exec(s)?.[0] ?? c;
      add(run, i);
      i += run.length;
    }
  }
  endSegment(s.length);
  endLine(s.length);
  for (const h of pending) if (h.segment) h.segment.input ??= '';
  return { segments, lines };
}

/** Texts read lately: every rule that reads commands reads the same scripts again. */
const READ = new Map<string, readonly ShellSegment[]>();
const READ_MAX = 4096;

/** The simple commands of shell text, in order (shared: never change them). */
export function shellSegments(script: string): readonly ShellSegment[] {
  let segments = READ.get(script);
  if (segments === undefined) {
    if (READ.size >= READ_MAX) READ.clear();
    segments = scanShell(script).segments;
    READ.set(script, segments);
  }
  return segments;
}
