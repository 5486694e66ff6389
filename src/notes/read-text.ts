// Plain-text and Markdown notes (https://spec.commonmark.org/0.31.2/), and the
// paragraphs of a DOCX: one utterance per line, the speaker taken from its
// prefix (speaker-prefix.ts); Markdown headings mark topics; emphasis, list
// marks, quotes and links are dropped; code blocks and table rules skipped.
import { acceptSpeakers, splitSpeaker } from './speaker-prefix.js';
import type { NotesDocument, NotesFormat, Place, Utterance } from './types.js';

export interface SourceLine {
  text: string;
  place: Place;
  heading?: boolean;
  /** A list item (see Utterance.item). */
  item?: boolean;
}

/** A list item's mark at the start of a line: `- `, `* `, `+ `, `• `, `1. `, `2) `. */
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)/;

function stripMarkdown(text: string): { text: string; heading: boolean } {
  const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
  const body = (atx ? atx[1] : text)
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?=\S)/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  return { text: body, heading: atx !== null };
}

/** Lines of a Markdown or text file, with their 1-based line numbers; Markdown syntax read when asked. */
export function textLines(source: string, markdown: boolean): SourceLine[] {
  const lines: SourceLine[] = [];
  let fenced = false;
  const raw = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (markdown && /^\s{0,3}(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.trim() === '') continue;
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue;
    const item = LIST_ITEM.test(line) ? { item: true } : {};
    if (markdown) {
      const { text, heading } = stripMarkdown(line);
      if (text.trim() !== '') lines.push({ text, place: { line: i + 1 }, ...(heading ? { heading } : item) });
    } else lines.push({ text: line, place: { line: i + 1 }, ...item });
  }
  return lines;
}

/** Utterances from source lines: speaker prefixes split off, and kept only where they read as speakers. */
export function linesToDocument(lines: SourceLine[], format: NotesFormat, candidate?: string): NotesDocument {
  const utterances: Utterance[] = [];
  const prefixed = new Set<Utterance>();
  for (const line of lines) {
    if (line.heading) {
      utterances.push({ text: line.text.trim(), place: line.place, heading: true });
      continue;
    }
    const split = splitSpeaker(line.text);
    const place = split.start !== undefined ? { ...line.place, start: split.start } : line.place;
    // A list mark after the speaker (`A: - built the DAGs`) makes the rest a list item too.
    const item = line.item || (split.speaker !== undefined && LIST_ITEM.test(split.text));
    const text = item && !line.item ? split.text.replace(LIST_ITEM, '') : split.text;
    const u: Utterance = { text, place, ...(split.speaker ? { speaker: split.speaker } : {}), ...(item ? { item: true } : {}) };
    // A name with a time (`[00:02:10] Dana:`, a transcript's `Dana  0:05` line) is a speaker even if it speaks once.
    if (split.speaker && split.start === undefined) prefixed.add(u);
    if (u.text !== '' || u.speaker) utterances.push(u);
  }
  return { format, utterances: acceptSpeakers(utterances, prefixed, candidate), problems: [] };
}

/** Reads text or Markdown notes. */
export function parseTextNotes(source: string, format: 'text' | 'markdown', candidate?: string): NotesDocument {
  return linesToDocument(textLines(source, format === 'markdown'), format, candidate);
}
