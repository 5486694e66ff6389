// Markdown that is a notebook: a jupytext Markdown notebook (front matter
// with `jupyter:` or `jupytext:`), or a notebook exported by nbconvert
// (several fenced Python blocks, each followed by its output or marked
// `In [n]:`). Its fenced Python blocks are the notebook's code cells, and are
// read as code; a README's install or usage snippet is a mention and is not
// read. Lines keep the .md file's own numbers: every line outside a Python
// block is blanked, never dropped. IPython magics are blanked as in
// notebooks. The code is parsed, never run.
import { stripMagics } from './notebook.js';
import { parsePython } from './python.js';
import type { FileFacts } from './types.js';

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*\{?\s*([\w+-]*)/;
const PYTHON_INFO = /^(python3?|py|ipython3?|ipython)$/i;
/** Files whose code blocks are documentation, never a notebook's cells (README snippets, model cards, change logs). */
export const DOCUMENT_NAME = /(^|\/)(readme|model[_-]?card|changelog|changes|history|contributing|license|code_of_conduct|security)[^/]*\.(md|markdown)$/i;
const FRONT_MATTER_NOTEBOOK = /^(jupyter|jupytext|kernelspec)\s*:/m;
/** A Markdown file named as a notebook: `train-notebook.md`, `colab_notebook.md`, `notebooks/eda.md`. */
const NOTEBOOK_NAME = /notebook[^/]*\.(md|markdown)$|(^|\/)notebooks?\/[^/]+\.(md|markdown)$/i;
const PROMPT = /^\s*(In|Out)\s*\[\s*\d*\s*\]\s*:/;
/** Python blocks an nbconvert export needs, and how many of them must be followed by an output. */
const MIN_BLOCKS = 3;
const MIN_WITH_OUTPUT = 2;

interface Block {
  /** 0-based line indexes of the code lines. */
  from: number;
  to: number;
  python: boolean;
  /** Followed, after blank lines, by an output: a fence without language, an indented block, or an `Out[n]:` prompt. */
  output: boolean;
  prompt: boolean;
}

function blocks(lines: string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const marker = open[2];
    let end = i + 1;
    while (end < lines.length && !lines[end].trimStart().startsWith(marker)) end++;
    const block: Block = { from: i + 1, to: end, python: PYTHON_INFO.test(open[3]), output: false, prompt: i > 0 && PROMPT.test(lines[i - 1] ?? '') };
    let next = end + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    const after = lines[next] ?? '';
    const fence = FENCE.exec(after);
    block.output = (fence !== null && fence[3] === '') || /^( {4}|\t)\S/.test(after) || PROMPT.test(after);
    out.push(block);
    i = end;
  }
  return out;
}

/** True when the Markdown text is a notebook (jupytext front matter, or the shape of an nbconvert export). */
export function isMarkdownNotebook(text: string, path: string): boolean {
  if (text.startsWith('---')) {
    const close = text.indexOf('\n---', 3);
    if (close !== -1 && FRONT_MATTER_NOTEBOOK.test(text.slice(3, close).replace(/^\s+/gm, ''))) return true;
  }
  if (DOCUMENT_NAME.test(path)) return false;
  const python = blocks(text.split(/\r?\n/)).filter((b) => b.python);
  if (python.length < MIN_BLOCKS) return false;
  // A file its author names a notebook ("training-colab-notebook.md") is one, outputs saved or not.
  return NOTEBOOK_NAME.test(path) || python.filter((b) => b.output || b.prompt).length >= MIN_WITH_OUTPUT;
}

/** The Python facts of a Markdown notebook, located at the .md file's own lines; nothing for other Markdown. */
export function parseMarkdownNotebook(text: string, path: string): Partial<FileFacts> {
  if (!text.includes('```') && !text.includes('~~~')) return {};
  if (!isMarkdownNotebook(text, path)) return {};
  const lines = text.split(/\r?\n/);
  const code = lines.map(() => '');
  const python = blocks(lines).filter((b) => b.python);
  for (const b of python) {
    const cell = stripMagics(lines.slice(b.from, b.to).join('\n')).split('\n');
    cell.forEach((l, k) => {
      code[b.from + k] = l;
    });
  }
  return { python: parsePython(code.join('\n')), notebook: { cells: blocks(lines).length, codeCells: python.length } };
}
