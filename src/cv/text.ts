// Plain-text and Markdown CVs (https://spec.commonmark.org/0.31.2/): one line
// per text line; Markdown headings (ATX `#` and setext underlines) are
// marked, inline links become anchors, emphasis, table pipes and inline HTML tags are dropped.
import { cleanText, squeeze } from './clean.js';
import { takeComments } from './markdown-comments.js';
import type { CvAnchor, CvDocument, CvFormat, CvLine, HiddenText } from './types.js';

const INLINE_LINK = /!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
/** Inline HTML a Markdown CV may hold (a Jekyll page's `<li>`, `<td>`, `<br>`): markup, not text. Code spans keep theirs. */
const HTML_TAG = /(`+)[^`]*?\1|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;
const HTML_LINK = /<a\s[^<>]*?href\s*=\s*["']([^"']+)["'][^<>]*>(.*?)<\/a\s*>/gi;
/** An HTML block whose content a browser never shows (https://spec.commonmark.org/0.31.2/#html-blocks, kind 1 less pre/textarea). */
const HIDDEN_BLOCK = /^\s{0,3}<(style|script)(?:\s|>|$)/i;

function stripInline(text: string, anchors: { url: string; text: string }[]): string {
  return text
    .replace(HTML_LINK, (_, url: string, label: string) => {
      anchors.push({ url, text: label.replace(HTML_TAG, (m) => (m.startsWith('`') ? m : ' ')) });
      return label;
    })
    .replace(HTML_TAG, (m) => (m.startsWith('`') ? m : ' '))
    .replace(INLINE_LINK, (_, label: string, url: string) => {
      anchors.push({ url, text: label });
      return label;
    })
    .replace(AUTOLINK, (_, url: string) => url)
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** Reads UTF-8 text; Markdown syntax is interpreted when `format` is markdown. */
export function readText(data: Uint8Array, format: Extract<CvFormat, 'text' | 'markdown'>): CvDocument {
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
  const { text: source, comments } = format === 'markdown' ? takeComments(decoded) : { text: decoded, comments: [] };
  const hidden: HiddenText[] = comments.map((c) => squeeze(cleanText(c))).filter((c) => c !== '').map((text) => ({ text, reason: 'markup-comment' }));
  const raw = source.split(/\r\n|\r|\n/);
  const lines: CvLine[] = [];
  const anchors: CvAnchor[] = [];
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i];
    let heading = false;
    const found: { url: string; text: string }[] = [];
    if (format === 'markdown') {
      const block = HIDDEN_BLOCK.exec(text)?.[1];
      if (block) {
        while (i < raw.length - 1 && !new RegExp(`</${block}>`, 'i').test(raw[i])) i++;
        continue;
      }
      if (/^\s*(=+|-+)\s*$/.test(text) && lines.length > 0 && raw[i - 1]?.trim()) {
        if (/=|-{3,}/.test(text)) lines[lines.length - 1].heading = true;
        continue;
      }
      const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
      if (atx) [text, heading] = [atx[1], true];
      text = stripInline(text.replace(/^\s*>\s?/, ''), found);
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(text)) continue;
    const segments = text
      .split(/\t+|\s\|\s|^\s*\||\|\s*$/)
      .map((s) => squeeze(cleanText(s)))
      .filter((s) => s !== '');
    if (segments.length === 0) continue;
    for (const a of found) anchors.push({ url: a.url, text: squeeze(cleanText(a.text)), line: lines.length });
    lines.push({ text: segments.join('\t'), segments, page: 1, ...(heading ? { heading } : {}) });
  }
  const hasText = lines.length > 0;
  const notes = hasText ? [] : ['the file has no text'];
  if (hidden.length > 0) notes.push(`${hidden.length} HTML comment(s) not read as CV text: a rendered Markdown CV does not show them`);
  return { format, pageCount: 1, pagesRead: 1, lines, anchors, hidden, hasText, notes };
}
