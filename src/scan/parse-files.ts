// Reads and parses the walked files. Only files of a parsed format are read;
// the rest are counted by size.
import { readFile } from 'node:fs/promises';
import type { WalkedFile } from '../ingest/types.js';
import { looksBinary } from '../ingest/skip-rules.js';
import { formatOf, initPython, languageOf, parseFile } from '../parse/index.js';
import type { FileFacts } from '../parse/types.js';
import type { Skipped } from '../ingest/types.js';

/** Formats whose content nothing reads: counted, not parsed. */
const UNPARSED = new Set(['toml', 'json', 'markdown', 'text', 'other']);

export interface ParseFilesOptions {
  onProgress?: (done: number, total: number) => void;
}

export interface ParsedFiles {
  facts: FileFacts[];
  skipped: Skipped[];
}

export async function parseFiles(files: readonly WalkedFile[], options: ParseFilesOptions = {}): Promise<ParsedFiles> {
  await initPython();
  const facts: FileFacts[] = [];
  const skipped: Skipped[] = [];
  let done = 0;
  for (const file of files) {
    const format = formatOf(file.path);
    if (UNPARSED.has(format)) {
      facts.push(countOnly(file, format));
    } else {
      const bytes = await readFile(file.abs).catch(() => undefined);
      if (!bytes) skipped.push({ path: file.path, reason: 'unreadable' });
      else if (looksBinary(bytes)) skipped.push({ path: file.path, reason: 'binary', detail: 'NUL bytes' });
      else facts.push(parseFile(file.path, bytes));
    }
    done++;
    if (options.onProgress && (done % 50 === 0 || done === files.length)) options.onProgress(done, files.length);
  }
  return { facts, skipped };
}

export function countOnly(file: WalkedFile, format = formatOf(file.path)): FileFacts {
  const f: FileFacts = { path: file.path, format, size: file.size, lines: 0 };
  const language = languageOf(file.path);
  if (language) f.language = language;
  return f;
}
