// WebVTT captions (https://w3c.github.io/webvtt/) through webvtt-parser: each
// cue's voice spans (`<v Alice>`) give speakers; text outside a voice span may
// carry a prefix (`Alice:`). The parser's errors become problems (line and
// message, never cue text). A file without the WEBVTT header is read as
// SubRip-style captions when it has timing lines.
import { createRequire } from 'node:module';
import webvtt, { type VttNode } from 'webvtt-parser';
import { parseSrt } from './read-srt.js';
import { acceptSpeakers, splitSpeaker } from './speaker-prefix.js';
import type { NotesDocument, Utterance } from './types.js';

/** Problems listed one by one, at most; the rest are counted. */
const MAX_PROBLEMS = 5;

let entities: Record<string, string> | undefined;

function htmlEntities(): Record<string, string> {
  entities ??= createRequire(import.meta.url)('webvtt-parser/html-entities.json') as Record<string, string>;
  return entities;
}

interface Span {
  speaker?: string;
  text: string;
}

/** Text of a cue's tree, split where a voice span starts or ends. */
function spans(nodes: VttNode[], speaker: string | undefined, out: Span[]): Span[] {
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = out[out.length - 1];
      if (last && last.speaker === speaker) last.text += String(node.value ?? '');
      else out.push({ ...(speaker ? { speaker } : {}), text: String(node.value ?? '') });
    } else if (node.type === 'object') {
      const voice = node.name === 'v' && typeof node.value === 'string' && node.value.trim() ? node.value.trim() : speaker;
      spans(node.children ?? [], voice, out);
    }
  }
  return out;
}

function problemsOf(errors: Array<{ message: string; line: number }>): string[] {
  const listed = errors.slice(0, MAX_PROBLEMS).map((e) => `WebVTT line ${e.line}: ${e.message}`);
  if (errors.length > MAX_PROBLEMS) listed.push(`${errors.length - MAX_PROBLEMS} more WebVTT problems`);
  return listed;
}

export function parseVtt(source: string, candidate?: string): NotesDocument {
  const parser = new webvtt.WebVTTParser(htmlEntities());
  const result = parser.parse(source.replace(/^\uFEFF/, ''), 'metadata');
  if (result.cues.length === 0 && /-->/.test(source) && !/^\s*WEBVTT/.test(source.replace(/^\uFEFF/, ''))) {
    const doc = parseSrt(source, candidate);
    return { ...doc, format: 'vtt', problems: ['no WEBVTT header: read as SubRip-style captions', ...doc.problems] };
  }
  const utterances: Utterance[] = [];
  const prefixed = new Set<Utterance>();
  // Overlapping cues are read in the order they start (ties in file order).
  const cues = result.cues.map((cue, i) => ({ cue, i })).sort((a, b) => a.cue.startTime - b.cue.startTime || a.i - b.i);
  for (const { cue } of cues) {
    const place = { start: cue.startTime, end: cue.endTime };
    for (const span of spans(cue.tree.children, undefined, [])) {
      const text = span.text.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      if (span.speaker) {
        utterances.push({ speaker: span.speaker, text, place });
        continue;
      }
      const split = splitSpeaker(text);
      const u: Utterance = { text: split.text, place, ...(split.speaker ? { speaker: split.speaker } : {}) };
      if (split.speaker) prefixed.add(u);
      if (u.text !== '') utterances.push(u);
    }
  }
  return { format: 'vtt', utterances: acceptSpeakers(utterances, prefixed, candidate), problems: problemsOf(result.errors) };
}
