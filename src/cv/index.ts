// The CV stage: a CV file (PDF, DOCX, Markdown, text) → its claims.
import { basename } from 'node:path';
import { extractClaims } from './extract.js';
import { readCvDocument, readCvFile, type CvReadOptions } from './load.js';
import type { CvResult } from './types.js';

export type * from './types.js';
export { extractClaims } from './extract.js';
export { readCvDocument, readCvFile, type CvReadOptions } from './load.js';
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

/** Reads and parses a CV file from disk (a regular file of at most `maxBytes`). */
export async function parseCvFile(path: string, options: ParseCvOptions = {}): Promise<CvResult> {
  return parseCv(await readCvFile(path, options.maxBytes), path, options);
}
