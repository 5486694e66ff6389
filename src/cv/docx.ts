// Reads a DOCX CV: the text with mammoth (https://github.com/mwilliamson/mammoth.js),
// and word/document.xml itself for what mammoth does not report: hidden runs
// (w:vanish, white or tiny font), heading styles and hyperlink targets.
import mammoth from 'mammoth';
import { UserError } from '../util/errors.js';
import { cleanText, squeeze } from './clean.js';
import { parseDocumentXml, type DocxParagraph } from './docx-xml.js';
import { readZipParts } from './docx-zip.js';
import type { CvAnchor, CvDocument, CvLine, HiddenText } from './types.js';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const RELS = 'word/_rels/document.xml.rels';
const CORE = 'docProps/core.xml';

/** `YYYY-MM` the document was last saved, from its core properties. */
function savedMonth(xml: string | undefined): string | undefined {
  const m = xml ? /<dcterms:(?:modified|created)\b[^>]*>((?:19|20)\d{2})-(0[1-9]|1[0-2])/.exec(xml) : null;
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** Relationship id → external target, from the document's relationships part. */
function parseRels(xml: string): Map<string, string> {
  const rels = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target && /hyperlink/i.test(tag)) rels.set(id, target.replace(/&amp;/g, '&'));
  }
  return rels;
}

async function mammothText(data: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    return result.value;
  } catch {
    throw new UserError('the file is not a readable DOCX (its document part is damaged)', 'E_CV_CORRUPT');
  }
}

/**
 * Mammoth's paragraphs with hidden runs taken out. Where a paragraph holding
 * hidden text cannot be found in mammoth's output, the XML's own visible
 * text is used for the whole document instead.
 */
function visibleParagraphs(text: string, paragraphs: DocxParagraph[]): string[] {
  const fromMammoth = text.split(/\n\n/);
  const keys = fromMammoth.map((p) => squeeze(p));
  for (const para of paragraphs.filter((p) => p.hidden.length > 0)) {
    const at = keys.indexOf(squeeze(para.full));
    if (at < 0) return paragraphs.map((p) => p.visible);
    fromMammoth[at] = para.visible;
    keys[at] = '\u0000';
  }
  return fromMammoth;
}

function toLines(paragraphs: string[], headings: Set<string>): CvLine[] {
  const lines: CvLine[] = [];
  for (const para of paragraphs) {
    for (const raw of para.split('\n')) {
      const segments = raw
        .split('\t')
        .map((s) => squeeze(cleanText(s)))
        .filter((s) => s !== '');
      if (segments.length === 0) continue;
      const text = segments.join('\t');
      lines.push({ text, segments, page: 1, heading: headings.has(squeeze(text.replace(/\t/g, ' '))) || undefined });
    }
  }
  return lines;
}

function anchorsFor(lines: CvLine[], links: { url: string; text: string }[]): CvAnchor[] {
  return links.map(({ url, text }) => {
    const label = squeeze(cleanText(text));
    const line = label ? lines.findIndex((l) => l.text.includes(label)) : -1;
    return { url, text: label, line };
  });
}

/** Reads DOCX bytes into a CvDocument. Throws UserError for a non-zip or damaged file. */
export async function readDocx(data: Uint8Array): Promise<CvDocument> {
  const parts = await readZipParts(data, [DOCUMENT, STYLES, RELS, CORE]);
  const documentXml = parts.get(DOCUMENT)?.toString('utf8');
  if (!documentXml) throw new UserError('the file is a zip archive but not a DOCX (no word/document.xml)', 'E_CV_CORRUPT');
  const { paragraphs, links } = parseDocumentXml(documentXml, parts.get(STYLES)?.toString('utf8') ?? '');
  const rels = parseRels(parts.get(RELS)?.toString('utf8') ?? '');
  const text = await mammothText(data);
  const hidden: HiddenText[] = paragraphs.flatMap((p) => p.hidden.map((h) => ({ text: squeeze(cleanText(h.text)), reason: h.reason, page: 1 })));
  const headings = new Set(paragraphs.filter((p) => p.heading).map((p) => squeeze(cleanText(p.visible))));
  const lines = toLines(visibleParagraphs(text, paragraphs), headings);
  const resolved = links
    .map((l) => ({ url: rels.get(l.target) ?? (/^[a-z]+:/i.test(l.target) ? l.target : ''), text: l.text }))
    .filter((l) => l.url !== '');
  const hasText = lines.length > 0;
  const notes = hasText ? [] : ['the DOCX has no text'];
  const written = savedMonth(parts.get(CORE)?.toString('utf8'));
  const doc: CvDocument = { format: 'docx', pageCount: 1, pagesRead: 1, lines, anchors: anchorsFor(lines, resolved), hidden, hasText, notes };
  if (written) doc.written = written;
  return doc;
}
