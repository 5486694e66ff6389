// Jupyter notebooks (https://nbformat.readthedocs.io/en/latest/format_description.html):
// code cells are parsed as one Python text so that an import in one cell
// resolves a call in another; every fact is then located as cell + line in
// cell. Outputs are ignored. IPython magics and shell escapes are blanked
// (kept as empty lines so numbering holds), never run.
import { parsePython } from './python.js';
import type { FileFacts, Loc, Problem, PythonFacts } from './types.js';

interface RawCell {
  cell_type?: unknown;
  source?: unknown;
}

const CELL_MAGIC_PYTHON = /^%%(time|timeit|capture|prun|debug|python3?|pypy)\b/;

/** Blanks IPython syntax in a code cell: `%pip`, `!ls`, `x = !cmd`, `obj?`, and non-Python cell magics. */
export function stripMagics(source: string): string {
  const lines = source.split('\n');
  const first = lines[0]?.trimStart() ?? '';
  if (first.startsWith('%%')) {
    if (!CELL_MAGIC_PYTHON.test(first)) return lines.map(() => '').join('\n');
    lines[0] = '';
  }
  return lines
    .map((l) => {
      const t = l.trimStart();
      if (t.startsWith('%') || t.startsWith('!') || /^\?\S/.test(t) || /^[\w.]+\?\??\s*$/.test(t)) return '';
      if (/^[A-Za-z_][\w, ]*=\s*[!%]/.test(t)) return '';
      return l;
    })
    .join('\n');
}

const SHELL_CELL = /^%%(bash|sh|script\s+(ba)?sh)\b/;

/**
 * The shell commands of a code cell, as written without their escape, at their
 * line in the cell: `!yolo val ...`, `!!cmd`, `files = !ls`, `%system cmd`,
 * `%sx cmd`, and every line of a `%%bash` / `%%sh` cell. Never run.
 */
export function shellEscapes(source: string): { line: number; text: string }[] {
  const lines = source.split('\n');
  if (SHELL_CELL.test(lines[0]?.trimStart() ?? '')) {
    return lines.slice(1).flatMap((l, i) => (l.trim() ? [{ line: i + 2, text: l.trim() }] : []));
  }
  const out: { line: number; text: string }[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*(?:[A-Za-z_][\w, ]*=\s*)?(?:!+|%(?:system|sx)\s)\s*(\S.*)$/.exec(l);
    if (m) out.push({ line: i + 1, text: m[1].trim() });
  });
  return out;
}

function cellSource(cell: RawCell): string {
  const src = cell.source;
  if (typeof src === 'string') return src;
  if (Array.isArray(src)) return src.filter((s) => typeof s === 'string').join('');
  return '';
}

export function parseNotebook(text: string, path: string): Pick<FileFacts, 'python' | 'notebook' | 'problems'> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { problems: [{ path, kind: 'invalid', message: `notebook is not valid JSON: ${(err as Error).message}` }] };
  }
  const cells = (doc as { cells?: unknown })?.cells;
  if (!Array.isArray(cells)) {
    return { problems: [{ path, kind: 'invalid', message: 'notebook has no "cells" array' }] };
  }
  // Global line (1-based) → [cell index, line in cell].
  const map: Array<[number, number]> = [[-1, 0]];
  const parts: string[] = [];
  const shell: (Loc & { text: string })[] = [];
  let codeCells = 0;
  cells.forEach((cell: RawCell, index) => {
    if (cell?.cell_type !== 'code') return;
    codeCells++;
    const raw = cellSource(cell);
    for (const command of shellEscapes(raw)) shell.push({ ...command, cell: index });
    const source = stripMagics(raw);
    const lines = source.split('\n');
    lines.forEach((_, i) => map.push([index, i + 1]));
    parts.push(lines.join('\n'));
  });
  const python = parsePython(parts.join('\n'));
  relocate(python, map);
  if (shell.length > 0) python.shell = shell;
  return { python, notebook: { cells: cells.length, codeCells } };
}

function relocate(facts: PythonFacts, map: Array<[number, number]>): void {
  const move = (loc: Loc): void => {
    const [cell, line] = map[loc.line] ?? [-1, loc.line];
    loc.cell = cell;
    loc.line = line;
  };
  for (const f of facts.imports) move(f);
  for (const f of facts.calls) move(f);
  for (const f of facts.classes) {
    move(f);
    f.decorators.forEach(move);
    f.fields?.forEach(move);
  }
  facts.urls?.forEach(move);
  facts.prose?.forEach(move);
  facts.sql?.forEach(move);
  facts.periodicJobs?.forEach(move);
  facts.filters?.forEach(move);
  facts.parts?.forEach(move);
  for (const f of facts.loops ?? []) {
    const [, endLine] = map[f.endLine] ?? [-1, f.endLine];
    move(f);
    f.endLine = endLine;
  }
  for (const f of facts.functions) {
    const [, endLine] = map[f.endLine] ?? [-1, f.endLine];
    move(f);
    f.endLine = endLine;
    f.decorators.forEach(move);
  }
}

export type { Problem };
