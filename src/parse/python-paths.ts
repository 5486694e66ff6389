// File paths written in Python source (PythonFacts.paths), so that a file one
// script writes can be matched with the file another script reads: a pathlib
// chain (`ROOT / "results" / "predictions" / f"{name}.jsonl"`) read as one
// path, its non-literal parts as `*` (`results/predictions/*.jsonl`), or a
// single string literal that is a path (`"out/preds.csv"`, `"preds.jsonl"`).
import type { Node } from 'web-tree-sitter';
import { line } from './python-names.js';
import type { PythonFacts } from './types.js';

/** A string that can be (part of) a path: no spaces, short. */
const PATHISH = /^[\w.*{}\-/\\:]{1,200}$/;
/** A data file's extension. */
const DATA_FILE = /\.(jsonl|ndjson|json|csv|tsv|parquet|pkl|pickle|txt|ya?ml|xlsx)$/i;
/** Most paths kept for one file. */
const MAX_PATHS = 200;

/** A `/` between two expressions (a pathlib join). */
function isSlash(node: Node | null): boolean {
  return node !== null && node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '/';
}

/** A string literal's text with each interpolation as `*`; undefined when it holds anything but text. */
function literalText(node: Node): string {
  let out = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content') out += c.text;
    else if (c.type === 'interpolation') out += '*';
  }
  return out;
}

function render(node: Node): string {
  if (isSlash(node)) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    return `${left ? render(left) : '*'}/${right ? render(right) : '*'}`;
  }
  if (node.type === 'string') return literalText(node);
  if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return render(node.namedChildren[0]);
  return '*';
}

/** The path, leading `*`, `.` and empty segments left out (`ROOT / "a"` and `"./a"` are both `a`); undefined when no literal part is left. */
export function normalizePath(path: string): string | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  while (parts.length > 0 && (parts[0] === '*' || parts[0] === '.' || parts[0] === '')) parts.shift();
  const out = parts.filter((p) => p !== '' && p !== '.').join('/');
  return /[^*]/.test(out) ? out : undefined;
}

/** Characters that may stand between a string's text and a `/` operator: its quotes and prefix, spaces, line continuations. */
const BETWEEN = /["'rRbBfFuU \t\r\n\\]/;

/**
 * Whether the source may have a `/` operator right before or after the
 * string whose text runs from `start` to `end` (skipping its quotes and
 * prefix, spaces and line continuations): a cheap test, on the text, of what
 * the tree would tell with calls into wasm for every string of the file. A
 * piece of an f-string next to an interpolation (`f"{stamp}.zip"`) cannot be
 * told this way, and is left to the tree.
 */
function besideSlash(source: string, start: number, end: number): boolean {
  if (source[start - 1] === '}' || source[end] === '{') return true;
  let i = start - 1;
  while (i >= 0 && BETWEEN.test(source[i])) i--;
  if (i >= 0 && source[i] === '/') return true;
  let j = end;
  while (j < source.length && BETWEEN.test(source[j])) j++;
  return j < source.length && source[j] === '/';
}

/**
 * Records the path a string literal is part of, once per literal or pathlib
 * chain (`seen`: their start bytes). `source`: the file's text, for the quick
 * test that skips strings that can be no path (no `/`, no data file's
 * extension, and no `/` operator beside them).
 */
export function readPathLiteral(content: Node, facts: PythonFacts, seen: Set<number>, source: string): void {
  const text = content.text;
  if (!PATHISH.test(text)) return;
  if (!text.includes('/') && !DATA_FILE.test(text) && !besideSlash(source, content.startIndex, content.endIndex)) return;
  const literal = content.parent;
  if (!literal || literal.type !== 'string') return;
  let top: Node = literal;
  while (top.parent && isSlash(top.parent)) top = top.parent;
  if (seen.has(top.startIndex)) return;
  seen.add(top.startIndex);
  const raw = top === literal ? literalText(literal) : render(top);
  if (top === literal && !(raw.includes('/') || DATA_FILE.test(raw))) return;
  if (!PATHISH.test(raw) || raw.includes('://')) return;
  const path = normalizePath(raw);
  if (path === undefined || (facts.paths?.length ?? 0) >= MAX_PATHS) return;
  (facts.paths ??= []).push({ line: line(top), text: path });
}
