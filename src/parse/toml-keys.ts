// The keys at the start of TOML lines (https://toml.io/en/v1.0.0#keys), indexed
// once per file so each key-path lookup is a binary search rather than a scan
// of every line with a pattern made for that key (a Pipfile of 50k packages
// would otherwise take minutes).

/** Each key part (bare or quoted, any part of a dotted key) → the ascending lines where it can be looked up. */
export type TomlKeyIndex = ReadonlyMap<string, readonly number[]>;

/** Dotted keys longer than this are indexed by their first parts only. */
const MAX_PARTS = 32;
/** Literal dotted names (`zope.interface`) are indexed up to this many parts. */
const MAX_JOINED = 4;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || (c > '\x7f' && /\s/.test(c));
}

function isBare(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || c === '-';
}

function skipSpaces(line: string, at: number): number {
  while (at < line.length && isSpace(line[at])) at++;
  return at;
}

/** A key part at `at`: its text and where it ends, or undefined. */
function readPart(line: string, at: number): { text: string; end: number; bare: boolean } | undefined {
  const c = line[at];
  if (c === '"' || c === "'") {
    const close = line.indexOf(c, at + 1);
    return close === -1 ? undefined : { text: line.slice(at + 1, close), end: close + 1, bare: false };
  }
  let end = at;
  while (end < line.length && isBare(line[end])) end++;
  return end > at ? { text: line.slice(at, end), end, bare: true } : undefined;
}

/**
 * The names under which a line's leading key can be found: every part of a
 * dotted key that is followed by `=` or `.` (so `lint.select = [...]` gives
 * `lint` and `select`), and runs of bare parts joined by `.` written without
 * spaces (`zope.interface = "*"` also gives `zope.interface`).
 */
export function lineKeys(line: string): string[] {
  const out: string[] = [];
  const parts: { text: string; bare: boolean; tight: boolean }[] = [];
  let at = skipSpaces(line, 0);
  let tight = false;
  while (parts.length < MAX_PARTS) {
    const part = readPart(line, at);
    if (!part) break;
    const next = skipSpaces(line, part.end);
    const follow = line[next];
    if (follow !== '=' && follow !== '.') break;
    parts.push({ text: part.text, bare: part.bare, tight });
    out.push(part.text);
    if (follow === '=') break;
    tight = next === part.end;
    const after = skipSpaces(line, next + 1);
    tight &&= after === next + 1;
    at = after;
  }
  // Runs of tightly joined bare parts, for keys given as one literal with dots.
  for (let end = 1; end < parts.length; end++) {
    let joined = parts[end].text;
    for (let start = end - 1; start >= 0 && end - start < MAX_JOINED && parts[start + 1].tight && parts[start].bare && parts[end].bare; start--) {
      joined = `${parts[start].text}.${joined}`;
      out.push(joined);
    }
  }
  return out;
}

/** Indexes the leading keys of every line (1-based line numbers). */
export function indexTomlKeys(lines: readonly string[]): TomlKeyIndex {
  const index = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    for (const key of new Set(lineKeys(lines[i]))) {
      const list = index.get(key);
      if (list) list.push(i + 1);
      else index.set(key, [i + 1]);
    }
  }
  return index;
}

/** First line of `key` in [from, to), by binary search. */
export function findKeyLine(index: TomlKeyIndex, key: string, from: number, to: number): number | undefined {
  const list = index.get(key);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] < to ? list[lo] : undefined;
}
