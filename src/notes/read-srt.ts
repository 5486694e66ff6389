// SubRip captions (https://en.wikipedia.org/wiki/SubRip#Format): blocks of an
// index, `00:00:01,000 --> 00:00:04,000`, and text lines. Speakers come from
// prefixes (`ALICE:`, `[Interviewer]`). A block without a valid timing line
// keeps its text at the previous block's time and is counted in a problem;
// formatting tags (`<i>`, `{\an8}`) are dropped.
import { acceptSpeakers, parseClock, splitSpeaker } from './speaker-prefix.js';
import type { NotesDocument, Utterance } from './types.js';

const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3})/;

export function stripCaptionTags(text: string): string {
  return text.replace(/\{\\[^}]*\}/g, '').replace(/<\/?[a-z][^>]*>/gi, '');
}

interface Block {
  lines: Array<{ text: string; line: number }>;
}

function blocks(source: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [] };
      out.push(current);
    }
    current.lines.push({ text: lines[i], line: i + 1 });
  }
  return out;
}

/** Reads SubRip (or any `-->` captions without a WEBVTT header). */
export function parseSrt(source: string, candidate?: string): NotesDocument {
  const utterances: Utterance[] = [];
  const prefixed = new Set<Utterance>();
  let untimed = 0;
  let last: { start: number; end: number } | undefined;
  for (const block of blocks(source)) {
    let rest = block.lines;
    if (/^\s*\d+\s*$/.test(rest[0].text)) rest = rest.slice(1);
    const timing = rest.length > 0 ? TIMING.exec(rest[0].text) : null;
    if (timing) {
      last = { start: parseClock(timing[1]), end: parseClock(timing[2]) };
      rest = rest.slice(1);
    } else if (/^(WEBVTT|NOTE|STYLE|REGION)\b/.test(rest[0]?.text ?? '')) continue;
    else untimed++;
    for (const { text, line } of rest) {
      const clean = stripCaptionTags(text).replace(/^\s*-\s+/, '');
      const split = splitSpeaker(clean);
      if (split.text === '' && !split.speaker) continue;
      const place = last ? { start: last.start, end: last.end, line } : { line };
      const u: Utterance = { text: split.text, place, ...(split.speaker ? { speaker: split.speaker } : {}) };
      if (split.speaker) prefixed.add(u);
      utterances.push(u);
    }
  }
  const problems = untimed > 0 ? [`${untimed} caption block${untimed === 1 ? ' has' : 's have'} no valid timing line; their text is kept at the time before`] : [];
  return { format: 'srt', utterances: acceptSpeakers(utterances, prefixed, candidate), problems };
}
