// Comments in a source file that credit another source for its code: a
// header ("this code is borrowed from …", "adapted from https://github.com/…",
// "copied from", "Source: <repository URL>", "taken from the PyTorch
// tutorial", "Code from …", "Credits: …") in the first lines, or a comment or
// docstring right above or at the top of a function or class. The same
// sentence rule as a README's credits (credits.ts), applied to comments only.
// Evidence from such a file (or function) is "adapted from another source":
// a neutral note naming path:line, scored as unknown authorship, never a red
// flag. Licence headers, "Copyright (c) …", documentation links ("see
// https://…") and citations of papers are not credits.
import { join } from 'node:path';
import type { SignalResult } from '../model/evidence.js';
import { creditsAnotherSource } from './credits.js';
import { readRegularText } from './shares.js';

export interface Provenance {
  /** `path:line` of the comment. */
  location: string;
  /** The comment, trimmed and clipped. */
  text: string;
}

/** The file's header: comments in its first lines. */
export const HEADER_LINES = 30;
/** Files read for provenance at most this large. */
export const MAX_PROVENANCE_FILE_BYTES = 1024 * 1024;
const MAX_QUOTE = 160;
/** How far above an evidence line its function or class header is looked for. */
const MAX_BLOCK_LINES = 300;

const LICENCE = /\bcopyright\b|\(c\)|©|\blicen[cs]e[ds]?\b|\bspdx-license-identifier\b|permission is hereby granted|\bwarrant(?:y|ies)\b|all rights reserved/i;
const DATA_OR_MEDIA = /\b(?:dataset|data|icons?|images?|photos?|pictures?|logos?|fonts?|artwork|sounds?|music|illustrations?)\b/i;
const CODE_HOST = /(?:github\.com|gitlab\.com|bitbucket\.org|gist\.github\.com|stackoverflow\.com|stackexchange\.com|kaggle\.com|huggingface\.co\/spaces|codepen\.io)\//i;
/** In-code phrasings a README seldom uses. */
const IN_CODE = [
  /\bborrowed from\b/i,
  /^(?:this |the )?(?:code|snippet|implementation|function|class|script|module)s? (?:(?:is|was) )?(?:from|taken from|copied from)\b/i,
  // A library's own example copied into the repository: "Example from the LangChain docs", "Official FastAPI example".
  /^(?:this |the )?(?:official )?(?:examples?|samples?|demo|quickstart)(?: code| script)? (?:(?:is|was) )?(?:from|taken from|copied from)\b/i,
  /^(?:this is )?(?:an? |the )?official [\w .-]{1,40} (?:examples?|samples?|quickstart)\b/i,
  /^(?:code )?(?:source|src|origin(?:al)?|from)\s*:\s*\S/i,
  /^credits?\s*:\s*\S/i,
];

/** Whether one comment line credits another source for the code. */
export function commentCredits(text: string): boolean {
  const t = text.trim();
  if (t === '' || LICENCE.test(t)) return false;
  if (/^(?:code )?(?:source|src|origin(?:al)?|from)\s*:/i.test(t)) return CODE_HOST.test(t);
  if (/^credits?\s*:/i.test(t)) return !DATA_OR_MEDIA.test(t);
  return IN_CODE.some((re) => re.test(t)) || creditsAnotherSource(t);
}

/** Each line's comment text (line comments, block comments, docstrings), `undefined` for code. */
export function commentTexts(text: string): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  let block: string | undefined; // the closing delimiter of an open block comment or docstring
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (block) {
      const end = line.indexOf(block);
      if (end !== -1) {
        line = line.slice(0, end);
        block = undefined;
      }
      out.push(line.replace(/^\*+\s?/, '').trim());
      continue;
    }
    const open = /^(?:[rRbBuU]?("""|''')|(\/\*+)|(<!--))/.exec(line);
    if (open) {
      const close = open[1] ?? (open[2] ? '*/' : '-->');
      const rest = line.slice(open[0].length);
      const end = rest.indexOf(close);
      if (end === -1) block = close;
      out.push((end === -1 ? rest : rest.slice(0, end)).trim());
      continue;
    }
    const single = /^(?:#+!?|\/\/+!?|--|;+|%+)\s?(.*)$/.exec(line);
    out.push(single ? single[1].trim() : undefined);
  }
  return out;
}

const HEADER = /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:def|class|function|fn|func|interface|struct|impl)\b|^\s*(?:public|private|protected|static)\s[^=;]*\(/;

/**
 * Where a file's comments credit another source: in its header, or for an
 * evidence line, in the comment block right above its function or class or
 * in that function's docstring.
 */
export function provenanceOf(path: string, text: string): (line?: number) => Provenance | undefined {
  const comments = commentTexts(text);
  const lines = text.split(/\r?\n/);
  const at = (i: number): Provenance => {
    const c = comments[i] ?? '';
    return { location: `${path}:${i + 1}`, text: c.length > MAX_QUOTE ? `${c.slice(0, MAX_QUOTE - 1)}…` : c };
  };
  const credits = (i: number) => comments[i] !== undefined && commentCredits(comments[i] as string);
  // A header comment is at the top level and not the comment of the function or class right below it.
  const aboveBlock = (i: number) => {
    let j = i + 1;
    while (j < lines.length && comments[j] !== undefined) j++;
    return /^\s*@/.test(lines[j] ?? '') || HEADER.test(lines[j] ?? '');
  };
  const topLevel = (i: number) => !/^\s/.test(lines[i] ?? '');
  const header = comments.slice(0, HEADER_LINES).findIndex((_, i) => credits(i) && topLevel(i) && !aboveBlock(i));
  const inFile = header === -1 ? undefined : at(header);
  return (line) => {
    if (inFile || line === undefined) return inFile;
    // The enclosing function or class: the nearest header at or above the line.
    let h = line - 1;
    while (h >= 0 && h > line - 1 - MAX_BLOCK_LINES && !HEADER.test(lines[h] ?? '')) h--;
    if (h < 0 || !HEADER.test(lines[h] ?? '')) return undefined;
    // Comments right above it (decorators skipped)...
    let i = h - 1;
    while (i >= 0 && /^\s*@/.test(lines[i])) i--;
    for (; i >= 0 && comments[i] !== undefined; i--) if (credits(i)) return at(i);
    // ...and its docstring or first comments.
    let body = h;
    while (body < h + 10 && body < lines.length - 1 && !/[:{]\s*(?:#.*)?$/.test(lines[body])) body++;
    for (let j = body + 1; j < Math.min(lines.length, body + 16); j++) {
      if (comments[j] === undefined) {
        if ((lines[j] ?? '').trim() === '') continue;
        break;
      }
      if (credits(j)) return at(j);
    }
    return undefined;
  };
}

/** Marks each evidence item whose file or function credits another source (`adapted`). */
export async function markProvenance(root: string, signals: readonly SignalResult[]): Promise<void> {
  const byPath = new Map<string, ReturnType<typeof provenanceOf>>();
  for (const s of signals) {
    for (const e of s.evidence) {
      if (e.kind === 'history' || e.path.endsWith('.ipynb')) continue;
      let find = byPath.get(e.path);
      if (!find) {
        find = provenanceOf(e.path, await readRegularText(join(root, e.path), MAX_PROVENANCE_FILE_BYTES));
        byPath.set(e.path, find);
      }
      const found = find(e.line);
      if (found) e.adapted = found;
    }
  }
}
