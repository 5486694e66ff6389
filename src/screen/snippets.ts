// Reads the source line each piece of evidence cites, from the checkout while
// it is still on disk, so reports can show `path:line` with the line itself.
// The text is the candidate's: renderers escape it; it is never logged.
import { lstat, readFile } from 'node:fs/promises';
import { utf8Of } from '../scan/parse-one.js';
import { isAbsolute, relative, resolve } from 'node:path';
import type { RepoScan } from '../scan/types.js';
import type { Evidence } from '../signals/types.js';

/** Longest snippet kept, characters. */
export const MAX_SNIPPET = 200;
/** Largest file read for a snippet, bytes. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Evidence items per signal that get a snippet (reports show the first few). */
const PER_SIGNAL = 3;

/** Evidence `location` → the cited line, trimmed and capped. */
export async function readSnippets(root: string, scan: RepoScan): Promise<Record<string, string>> {
  const wanted = new Map<string, Evidence[]>();
  for (const signal of scan.signals) {
    if (signal.present !== true) continue;
    for (const e of signal.evidence.slice(0, PER_SIGNAL)) {
      if (e.line === undefined || e.kind === 'history') continue;
      wanted.set(e.path, [...(wanted.get(e.path) ?? []), e]);
    }
  }
  const out: Record<string, string> = {};
  for (const [path, items] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = await readInside(root, path);
    if (text === undefined) continue;
    for (const e of items) {
      const line = lineOf(text, path, e);
      if (line !== undefined && line.trim() !== '') out[e.location] = clip(line.trim());
    }
  }
  return out;
}

/** The file's text, only when it is a regular file inside the root (no links, no escape). */
async function readInside(root: string, path: string): Promise<string | undefined> {
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  try {
    const info = await lstat(abs);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    // Decoded as the scan read it (UTF-16 with a byte-order mark included), so a cited line reads as written.
    return Buffer.from(utf8Of(await readFile(abs))).toString('utf8');
  } catch {
    return undefined;
  }
}

function lineOf(text: string, path: string, e: Evidence): string | undefined {
  const line = e.line as number;
  if (e.cell === undefined || !path.endsWith('.ipynb')) return text.split(/\r?\n/)[line - 1];
  try {
    const nb = JSON.parse(text) as { cells?: Array<{ source?: string | string[] }> };
    const source = nb.cells?.[e.cell]?.source;
    const joined = Array.isArray(source) ? source.join('') : (source ?? '');
    return joined.split(/\r?\n/)[line - 1];
  } catch {
    return undefined;
  }
}

function clip(line: string): string {
  return line.length > MAX_SNIPPET ? `${line.slice(0, MAX_SNIPPET - 1)}…` : line;
}
