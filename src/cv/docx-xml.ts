// WordprocessingML runs and the properties that hide them (ECMA-376 Part 1
// §17.3.2: w:vanish, w:color, w:sz, w:shd; §17.7 style inheritance), read
// from word/document.xml and word/styles.xml with a small tag scanner: the
// text of each paragraph, split into what a reader sees and what is hidden.
import type { Rgb } from './pdf-ops.js';
import { sameColour, TINY_FONT_PT } from './pdf-visibility.js';
import type { HiddenReason } from './types.js';

interface RunProps {
  vanish?: boolean;
  /** RRGGBB, or `auto`. */
  color?: string;
  /** Half-points. */
  size?: number;
  /** Shading fill behind the run, RRGGBB. */
  fill?: string;
}

interface StyleDef {
  basedOn?: string;
  props: RunProps;
}

export interface DocxLink {
  /** Relationship id (w:hyperlink r:id) or, for a HYPERLINK field, the URL itself. */
  target: string;
  text: string;
  /** Index of the paragraph it sits in. */
  paragraph: number;
}

export interface DocxParagraph {
  /** All text, hidden included. */
  full: string;
  visible: string;
  hidden: { text: string; reason: HiddenReason }[];
  /** Word heading or title style. */
  heading: boolean;
}

const TOKEN = /<[^>]+>|[^<]+/g;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function isOn(tag: string): boolean {
  const val = attr(tag, 'w:val');
  return val === undefined || !['0', 'false', 'off'].includes(val);
}

/** Applies one property tag inside a w:rPr to `props`. */
function applyRunProp(tag: string, props: RunProps): void {
  const name = /^<\/?([\w:]+)/.exec(tag)?.[1];
  if (name === 'w:vanish' || name === 'w:specVanish') props.vanish = isOn(tag);
  else if (name === 'w:color') {
    const theme = attr(tag, 'w:themeColor');
    props.color = theme && /^(background1|light1)$/i.test(theme) ? 'FFFFFF' : (attr(tag, 'w:val') ?? props.color);
  } else if (name === 'w:sz') props.size = Number(attr(tag, 'w:val')) || props.size;
  else if (name === 'w:shd') props.fill = attr(tag, 'w:fill') ?? props.fill;
  else if (name === 'w:highlight') {
    const val = attr(tag, 'w:val');
    if (val && val !== 'none') props.fill = val.toLowerCase() === 'white' ? 'FFFFFF' : val.toLowerCase() === 'black' ? '000000' : 'XXXXXX';
  }
}

/** Style id → run properties, with `basedOn` links, from word/styles.xml. */
export function parseStyles(xml: string): { styles: Map<string, StyleDef>; defaults: RunProps } {
  const styles = new Map<string, StyleDef>();
  const defaults: RunProps = {};
  let current: StyleDef | undefined;
  let inDefaults = false;
  let inRPr = false;
  for (const [tok] of xml.matchAll(TOKEN)) {
    if (!tok.startsWith('<')) continue;
    if (tok.startsWith('<w:style ') || tok.startsWith('<w:style>')) {
      current = { props: {} };
      styles.set(attr(tok, 'w:styleId') ?? '', current);
    } else if (tok === '</w:style>') current = undefined;
    else if (tok.startsWith('<w:rPrDefault')) inDefaults = true;
    else if (tok === '</w:rPrDefault>') inDefaults = false;
    else if (tok.startsWith('<w:basedOn') && current) current.basedOn = attr(tok, 'w:val');
    else if (tok === '<w:rPr>' || tok.startsWith('<w:rPr ')) inRPr = true;
    else if (tok === '</w:rPr>') inRPr = false;
    else if (inRPr && (current || inDefaults)) applyRunProp(tok, current ? current.props : defaults);
  }
  return { styles, defaults };
}

function styleProps(styles: Map<string, StyleDef>, id: string | undefined, depth = 0): RunProps {
  const style = id ? styles.get(id) : undefined;
  if (!style || depth > 10) return {};
  return { ...styleProps(styles, style.basedOn, depth + 1), ...style.props };
}

function rgbOf(hex: string | undefined): Rgb | undefined {
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/**
 * The rules of the PDF reader (pdf-visibility.ts): text under 2 pt
 * (`TINY_FONT_PT`; w:sz is in half-points) and text within 8/255 of the
 * colour under it (white on white) are hidden; so is w:vanish. Whether a
 * hidden run forms words is judged later, for every format (cv-flags.ts).
 */
function hiddenReason(props: RunProps, background: string): HiddenReason | null {
  if (props.vanish) return 'docx-vanish';
  if (props.size !== undefined && props.size < TINY_FONT_PT * 2) return 'docx-tiny-font';
  const colour = rgbOf(props.color);
  const under = rgbOf(background);
  if (colour && under && sameColour(colour, under)) return 'docx-white-font';
  return null;
}

/** A shading fill that paints something (not `auto`, not absent). */
function painted(fill: string | undefined): string | undefined {
  return fill && fill.toLowerCase() !== 'auto' ? fill : undefined;
}

interface OpenParagraph {
  style?: string;
  fill?: string;
  inPPr: boolean;
  runs: { text: string; reason: HiddenReason | null }[];
}

/** The scanner's state while it reads word/document.xml. */
interface Scan {
  styles: Map<string, StyleDef>;
  defaults: RunProps;
  /** Page background colour. */
  page: string;
  out: (DocxParagraph & { style?: string })[];
  stack: OpenParagraph[];
  run?: { props: RunProps; style?: string; text: string };
  inRPr: boolean;
  inText: boolean;
  inInstr: boolean;
  links: DocxLink[];
  link?: DocxLink;
}

function opens(tok: string): boolean {
  return !tok.startsWith('</') && !tok.endsWith('/>');
}

function onText(tok: string, st: Scan): void {
  if (st.inText && st.run) st.run.text += decode(tok);
  const url = st.inInstr ? /HYPERLINK\s+"([^"]+)"/.exec(decode(tok))?.[1] : undefined;
  if (url) st.links.push({ target: url, text: '', paragraph: st.out.length + st.stack.length - 1 });
}

/** Paragraph and hyperlink structure; false when the tag is none of it. */
function onStructure(tok: string, name: string, st: Scan): boolean {
  const closing = tok.startsWith('</');
  if (name === 'w:hyperlink') {
    if (!closing) st.link = attr(tok, 'r:id') ? { target: attr(tok, 'r:id')!, text: '', paragraph: -1 } : undefined;
    else if (st.link) st.links.push({ ...st.link, paragraph: st.out.length + st.stack.length - 1 });
    if (closing) st.link = undefined;
  } else if (name === 'w:instrText') st.inInstr = opens(tok);
  else if (name === 'w:p' && !closing) {
    st.stack.push({ inPPr: false, runs: [] });
    if (tok.endsWith('/>')) st.out.push(finish(st.stack.pop()!));
  } else if (name === 'w:p') {
    const done = st.stack.pop();
    if (done) st.out.push(finish(done));
  } else return false;
  return true;
}

/** Closes a run: its effective properties decide whether a reader sees it. */
function closeRun(st: Scan, para: OpenParagraph): void {
  const run = st.run!;
  const props = { ...st.defaults, ...styleProps(st.styles, para.style), ...styleProps(st.styles, run.style), ...run.props };
  const background = painted(props.fill) ?? painted(para.fill) ?? st.page;
  const reason = hiddenReason(props, background);
  para.runs.push({ text: run.text, reason });
  if (st.link && !reason) st.link.text += run.text;
  st.run = undefined;
}

/** Paragraph properties, runs and their properties and text. */
function onContent(tok: string, name: string, st: Scan): void {
  const para = st.stack.at(-1);
  if (!para) return;
  const { run } = st;
  if (name === 'w:pPr') para.inPPr = opens(tok);
  else if (para.inPPr && !run) {
    if (name === 'w:pStyle') para.style = attr(tok, 'w:val');
    else if (name === 'w:shd') para.fill = attr(tok, 'w:fill');
  } else if (name === 'w:r' && !tok.startsWith('</')) st.run = { props: {}, text: '' };
  else if (name === 'w:r' && run) closeRun(st, para);
  else if (run && name === 'w:rPr') st.inRPr = opens(tok);
  else if (run && st.inRPr) {
    if (name === 'w:rStyle') run.style = attr(tok, 'w:val');
    else applyRunProp(tok, run.props);
  } else if (run && name === 'w:t') st.inText = opens(tok);
  else if (run && (name === 'w:tab' || name === 'w:br' || name === 'w:cr')) run.text += name === 'w:tab' ? '\t' : ' ';
}

/** The paragraphs of word/document.xml in order, each split into visible and hidden text, and its links. */
export function parseDocumentXml(xml: string, stylesXml = ''): { paragraphs: DocxParagraph[]; links: DocxLink[] } {
  const { styles, defaults } = parseStyles(stylesXml);
  const page = /<w:background\b[^>]*w:color="([0-9A-Fa-f]{6})"/.exec(xml)?.[1] ?? 'FFFFFF';
  const st: Scan = { styles, defaults, page, out: [], stack: [], inRPr: false, inText: false, inInstr: false, links: [] };
  for (const [tok] of xml.matchAll(TOKEN)) {
    if (!tok.startsWith('<')) onText(tok, st);
    else {
      const name = /^<\/?([\w:]+)/.exec(tok)?.[1] ?? '';
      if (!onStructure(tok, name, st)) onContent(tok, name, st);
    }
  }
  const paragraphs = st.out.map(({ style, ...p }) => ({ ...p, heading: isHeadingStyle(styles, style) }));
  return { paragraphs, links: st.links };
}

function finish(p: OpenParagraph): DocxParagraph & { style?: string } {
  const visible = p.runs.filter((r) => !r.reason).map((r) => r.text).join('');
  const hidden = p.runs.filter((r) => r.reason && r.text.trim()).map((r) => ({ text: r.text.trim(), reason: r.reason! }));
  return { full: p.runs.map((r) => r.text).join(''), visible, hidden, heading: false, style: p.style };
}

/** A Word heading or title style, or a custom style based on one ("SectionTitle" → Heading1). */
function isHeadingStyle(styles: Map<string, StyleDef>, style: string | undefined): boolean {
  let id = style;
  for (let depth = 0; id && depth < 10; depth++) {
    if (/^(heading|title)/i.test(id)) return true;
    id = styles.get(id)?.basedOn;
  }
  return false;
}
