// The CV stage: a CV file (PDF, DOCX, Markdown, text) → its claims.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../util/errors.js';
import { extractClaims } from './extract.js';
import { MAX_CV_BYTES, readCvDocument, type CvReadOptions } from './load.js';
import type { CvResult } from './types.js';

export type * from './types.js';
export { extractClaims } from './extract.js';
export { readCvDocument, type CvReadOptions } from './load.js';
export { getLexicon, resolveSkill, type SkillEntry } from './lexicon.js';

export interface ParseCvOptions extends CvReadOptions {
  /** The date "Present" means (tests pin it). */
  now?: Date;
}

/** Parses CV bytes into claims. Throws UserError for files that cannot be read. */
export async function parseCv(data: Uint8Array, file: string, options: ParseCvOptions = {}): Promise<CvResult> {
  const doc = await readCvDocument(data, file, options);
  const claims = extractClaims(doc, options.now);
  return {
    file: basename(file),
    format: doc.format,
    pageCount: doc.pageCount,
    pagesRead: doc.pagesRead,
    hasText: doc.hasText,
    notes: doc.notes,
    claims,
  };
}

/** Reads and parses a CV file from disk. */
export async function parseCvFile(path: string, options: ParseCvOptions = {}): Promise<CvResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UserError(`not a file: ${basename(path)}`, 'E_CV_PATH');
    size = info.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read CV file ${basename(path)}`, 'E_CV_PATH');
  }
  if (size > (options.maxBytes ?? MAX_CV_BYTES)) throw new UserError('the CV file is too large (over 20 MB)', 'E_CV_TOO_LARGE');
  return parseCv(new Uint8Array(await readFile(path)), path, options);
}
