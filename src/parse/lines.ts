// Line numbers for formats whose libraries give none (smol-toml returns plain
// objects): find table headers, keys and entry strings by scanning the text.
// TOML headers: https://toml.io/en/v1.0.0#table

/** The text split into lines (index 0 is line 1). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * First 1-based line in [from, to) that contains `needle` (a substring or a
 * pattern), or undefined.
 */
export function findLine(lines: readonly string[], needle: string | RegExp, from = 1, to = lines.length + 1): number | undefined {
  const stop = Math.min(to, lines.length + 1);
  for (let n = Math.max(from, 1); n < stop; n++) {
    const line = lines[n - 1];
    if (typeof needle === 'string' ? line.includes(needle) : needle.test(line)) return n;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for a TOML key at the start of a line, bare or quoted, possibly
 * the last part of a dotted key (`lint.select = ...` matches `select`), and
 * followed by `=` or a further dot.
 */
export function tomlKeyPattern(key: string): RegExp {
  const k = escapeRegExp(key);
  return new RegExp(`^\\s*(?:(?:[\\w-]+|"[^"]*"|'[^']*')\\s*\\.\\s*)*(?:${k}|"${k}"|'${k}')\\s*[=.]`);
}

/** A TOML table header (`[a.b]` or `[[a.b]]`) with its key normalised to `a.b`. */
export interface TomlHeader {
  key: string;
  line: number;
  /** The header as written, trimmed. */
  text: string;
}

const HEADER = /^\s*\[\[?\s*((?:[\w-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[\w-]+|"[^"]*"|'[^']*'))*)\s*\]\]?\s*(?:#.*)?$/;
const KEY_PART = /[\w-]+|"[^"]*"|'[^']*'/g;

/** Table headers in order of appearance. */
export function tomlHeaders(lines: readonly string[]): TomlHeader[] {
  const out: TomlHeader[] = [];
  for (const [i, line] of lines.entries()) {
    const m = HEADER.exec(line);
    if (!m) continue;
    const parts = m[1].match(KEY_PART) ?? [];
    const key = parts.map((p) => (p.startsWith('"') || p.startsWith("'") ? p.slice(1, -1) : p)).join('.');
    out.push({ key, line: i + 1, text: line.trim() });
  }
  return out;
}

/** Lines [start, end) of the first table with this key: its header line up to the next header. */
export function tomlSection(headers: readonly TomlHeader[], key: string, lineCount: number): { start: number; end: number } | undefined {
  const i = headers.findIndex((h) => h.key === key);
  if (i === -1) return undefined;
  return { start: headers[i].line, end: headers[i + 1]?.line ?? lineCount + 1 };
}

/** A TOML text prepared for finding the lines of keys and entries. */
export interface TomlLines {
  lines: readonly string[];
  headers: readonly TomlHeader[];
}

export function tomlLines(text: string): TomlLines {
  const lines = splitLines(text);
  return { lines, headers: tomlHeaders(lines) };
}

/**
 * Line of a key path (`['tool', 'poetry', 'dependencies', 'numpy']`): the
 * longest prefix that has its own table header gives the section, and the
 * remaining keys are searched in order inside it. Undefined when not found.
 */
export function tomlKeyLine(doc: TomlLines, path: readonly string[]): number | undefined {
  const firstHeader = doc.headers[0]?.line ?? doc.lines.length + 1;
  for (let i = path.length; i >= 0; i--) {
    const range = i === 0 ? { start: 1, end: firstHeader } : tomlSection(doc.headers, path.slice(0, i).join('.'), doc.lines.length);
    if (!range) continue;
    let pos: number | undefined = range.start;
    for (const key of path.slice(i)) {
      pos = findLine(doc.lines, tomlKeyPattern(key), pos, range.end);
      if (pos === undefined) break;
    }
    if (pos !== undefined) return pos;
  }
  return undefined;
}

/**
 * Lines of the string entries of an array whose key is on `keyLine`: each
 * entry is searched from just after the previous one, so repeated entries
 * and several entries on one line keep their order. Falls back to `keyLine`.
 */
export function entryLines(lines: readonly string[], keyLine: number, entries: readonly string[], end = lines.length + 1): number[] {
  const cursor = { line: keyLine, column: 0 };
  return entries.map((entry) => {
    for (const needle of [`"${entry}"`, `'${entry}'`, entry]) {
      const found = findFrom(lines, needle, cursor, end);
      if (!found) continue;
      cursor.line = found.line;
      cursor.column = found.column + needle.length;
      return found.line;
    }
    return keyLine;
  });
}

function findFrom(lines: readonly string[], needle: string, from: { line: number; column: number }, end: number): { line: number; column: number } | undefined {
  const stop = Math.min(end, lines.length + 1);
  for (let n = from.line; n < stop; n++) {
    const column = lines[n - 1].indexOf(needle, n === from.line ? from.column : 0);
    if (column !== -1) return { line: n, column };
  }
  return undefined;
}

/** The line of the next table header after `line` (exclusive end of its section). */
export function sectionEnd(doc: TomlLines, line: number): number {
  return doc.headers.find((h) => h.line > line)?.line ?? doc.lines.length + 1;
}
