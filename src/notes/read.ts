// Picks the reader for a notes file: WebVTT (by its header or .vtt), SubRip
// (.srt), DOCX (a zip: read by the CV stage's DOCX reader, mammoth plus the
// document XML, hidden runs dropped), Markdown (.md) or plain text. Bytes that
// are neither text nor DOCX are refused in one line that names no content.
import { extname, resolve } from 'node:path';
import { readCvDocument } from '../cv/index.js';
import { UserError } from '../util/errors.js';
import { readInputBytes } from '../util/read-input.js';
import { linesToDocument, parseTextNotes } from './read-text.js';
import { parseSrt } from './read-srt.js';
import { parseVtt } from './read-vtt.js';
import type { NotesDocument, NotesFormat } from './types.js';

/** Largest notes file read, bytes: a two-hour transcript is about 200 KB; a DOCX with pictures can be a few MB. */
export const MAX_NOTES_BYTES = 20 * 1024 * 1024;
/** Most utterances (cues or lines) read; the rest are dropped with a note. */
export const MAX_UTTERANCES = 20_000;

export type TextFormat = Exclude<NotesFormat, 'docx'>;

const isZip = (data: Uint8Array) => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

function looksLikeText(data: Uint8Array): boolean {
  const head = data.subarray(0, 8192);
  if (head.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  return (text.match(/\uFFFD|[\u0001-\u0008\u000E-\u001F]/g) ?? []).length <= text.length * 0.02;
}

/** The format of a text file: its WebVTT header decides, then its extension. */
export function textFormatOf(name: string, text: string): TextFormat {
  if (/^\uFEFF?WEBVTT/.test(text)) return 'vtt';
  const ext = extname(name).toLowerCase();
  if (ext === '.vtt') return 'vtt';
  if (ext === '.srt') return 'srt';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

function bound(doc: NotesDocument): NotesDocument {
  if (doc.utterances.length <= MAX_UTTERANCES) return doc;
  return { ...doc, utterances: doc.utterances.slice(0, MAX_UTTERANCES), problems: [...doc.problems, `read the first ${MAX_UTTERANCES} of ${doc.utterances.length} cues or lines`] };
}

/** Reads notes given as text in a known format (pure; what the web app calls for pasted or uploaded text). */
export function parseNotesText(text: string, format: TextFormat, candidate?: string): NotesDocument {
  if (format === 'vtt') return bound(parseVtt(text, candidate));
  if (format === 'srt') return bound(parseSrt(text, candidate));
  return bound(parseTextNotes(text, format, candidate));
}

/** Reads notes from bytes; `name` gives the format where the bytes do not. */
export async function readNotes(data: Uint8Array, name: string, candidate?: string): Promise<NotesDocument> {
  if (data.length === 0) throw new UserError('the notes file is empty', 'E_INPUT');
  if (isZip(data)) {
    const doc = await readCvDocument(data, name);
    const lines = doc.lines.map((l, i) => ({ text: l.text.replace(/\t/g, ' '), place: { paragraph: i + 1 }, ...(l.heading ? { heading: true } : {}) }));
    return bound(linesToDocument(lines, 'docx', candidate));
  }
  if (extname(name).toLowerCase() === '.docx') throw new UserError('the file is not a readable DOCX (not a zip archive)', 'E_INPUT');
  if (!looksLikeText(data)) throw new UserError('unsupported notes format (WebVTT, SRT, text, Markdown or DOCX)', 'E_INPUT');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  return parseNotesText(text, textFormatOf(name, text), candidate);
}

/** Reads a notes file from disk (a regular file of at most MAX_NOTES_BYTES). */
export async function readNotesFile(file: string, cwd = '.', candidate?: string): Promise<NotesDocument> {
  return readNotes(readInputBytes(resolve(cwd, file), 'notes file', file, MAX_NOTES_BYTES), file, candidate);
}
