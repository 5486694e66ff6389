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

/** Records the path a string literal is part of, once per literal or pathlib chain (`seen`: their start bytes). */
export function readPathLiteral(content: Node, facts: PythonFacts, seen: Set<number>): void {
  if (!PATHISH.test(content.text)) return;
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
