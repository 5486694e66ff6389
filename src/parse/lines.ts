// Line numbers for formats whose libraries give none (smol-toml returns plain
// objects): find table headers, keys and entry strings by scanning the text.
// TOML headers: https://toml.io/en/v1.0.0#table
// Every lookup costs at most a binary search once the text is indexed
// (tomlLines), so the work on a file stays linear in its size.
import { findKeyLine, indexTomlKeys, type TomlKeyIndex } from './toml-keys.js';

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
export function tomlSection(doc: TomlLines, key: string): { start: number; end: number } | undefined {
  const i = doc.headerAt.get(key);
  if (i === undefined) return undefined;
  return { start: doc.headers[i].line, end: doc.headers[i + 1]?.line ?? doc.lines.length + 1 };
}

/** A TOML text prepared for finding the lines of keys and entries. */
export interface TomlLines {
  lines: readonly string[];
  headers: readonly TomlHeader[];
  /** Index in `headers` of the first header of each key. */
  headerAt: ReadonlyMap<string, number>;
  /** Lines of the keys at line starts (toml-keys.ts). */
  keys: TomlKeyIndex;
  /** Characters entryLines may still search in this file (see ENTRY_SEARCH_FACTOR). */
  search: { chars: number };
}

export function tomlLines(text: string): TomlLines {
  const lines = splitLines(text);
  const headers = tomlHeaders(lines);
  const headerAt = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!headerAt.has(h.key)) headerAt.set(h.key, i);
  });
  return { lines, headers, headerAt, keys: indexTomlKeys(lines), search: { chars: searchBudget(text.length) } };
}

/**
 * Line of a key path (`['tool', 'poetry', 'dependencies', 'numpy']`): the
 * longest prefix that has its own table header gives the section, and the
 * remaining keys are searched in order inside it. Undefined when not found.
 */
export function tomlKeyLine(doc: TomlLines, path: readonly string[]): number | undefined {
  const firstHeader = doc.headers[0]?.line ?? doc.lines.length + 1;
  for (let i = path.length; i >= 0; i--) {
    const range = i === 0 ? { start: 1, end: firstHeader } : tomlSection(doc, path.slice(0, i).join('.'));
    if (!range) continue;
    let pos: number | undefined = range.start;
    for (const key of path.slice(i)) {
      pos = findKeyLine(doc.keys, key, pos, range.end);
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
export function entryLines(
  lines: readonly string[],
  keyLine: number,
  entries: readonly string[],
  end = lines.length + 1,
  budget: { chars: number } = { chars: searchBudget(lines.reduce((n, l) => n + l.length + 1, 0)) },
): number[] {
  const cursor = { line: keyLine, column: 0 };
  return entries.map((entry) => {
    for (const needle of [`"${entry}"`, `'${entry}'`, entry]) {
      if (budget.chars <= 0) return keyLine;
      const found = findFrom(lines, needle, cursor, end, budget);
      if (!found) continue;
      cursor.line = found.line;
      cursor.column = found.column + needle.length;
      return found.line;
    }
    return keyLine;
  });
}

/**
 * Entries that are never found (written with escapes) would each scan to the
 * end of their section: the characters entryLines searches in one file are
 * capped at this multiple of its length (plus a constant), after which
 * entries take their key's line.
 */
export const ENTRY_SEARCH_FACTOR = 8;

function searchBudget(chars: number): number {
  return ENTRY_SEARCH_FACTOR * chars + 65_536;
}

function findFrom(
  lines: readonly string[],
  needle: string,
  from: { line: number; column: number },
  end: number,
  budget: { chars: number },
): { line: number; column: number } | undefined {
  const stop = Math.min(end, lines.length + 1);
  for (let n = from.line; n < stop && budget.chars > 0; n++) {
    const start = n === from.line ? from.column : 0;
    const column = lines[n - 1].indexOf(needle, start);
    budget.chars -= (column === -1 ? lines[n - 1].length : column) - start + 1;
    if (column !== -1) return { line: n, column };
  }
  return undefined;
}

/** The line of the next table header after `line` (exclusive end of its section), by binary search. */
export function sectionEnd(doc: TomlLines, line: number): number {
  const { headers } = doc;
  let lo = 0;
  let hi = headers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headers[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return headers[lo]?.line ?? doc.lines.length + 1;
}
