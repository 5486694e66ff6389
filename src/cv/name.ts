// The candidate's name: the most prominent name-shaped text at the top of the
// CV (largest font first in a PDF, first line otherwise), never a job title,
// an address, a contact detail or a heading, and never taken from a PDF's or
// Word file's properties (a Markdown page's front matter may state it:
// front-matter.ts). Template text ("YOUR NAME HERE") is reported as a placeholder.
import { isPlaces } from './places.js';
import { isTitle } from './role-lines.js';
import { classifyHeading } from './sections.js';
import type { CvLine } from './types.js';
import { maxOf } from '../util/arrays.js';

const PLACEHOLDER = /\b(your|my)\s+name\b|\bname\s+(here|surname)\b|\bfirst\s*name\b|\blast\s*name\b|\bfull\s+name\b|\bfirstname\b|\blastname\b|\blorem\b|\bcandidate\s+name\b/i;
const NOT_A_NAME =
  /\b(engineer|engineering|developer|scientist|science|analyst|manager|designer|consultant|intern|student|architect|lead|director|specialist|technician|administrator|officer|assistant|researcher|professor|founder|cto|ceo|resume|résumé|curriculum|vitae|cv|university|college|school|institute|street|road|avenue|suite|inc|ltd|llc|gmbh|corp|company|agency|agência|agencia|agentur|consultancy|consulting|solutions|technologies|labs|studio|group|ventures|partners|holdings|summary|profile|portfolio|contact|phone|email|mobile|address|linkedin|github|machine|learning|data|software|senior|junior|remote|present|information|personal|ingenieur|ingénieur|ingeniero|ingegnere|entwickler|développeur|desarrollador|sviluppatore|analista|especialista|spezialist|berater|consultor|técnico|technicien|techniker|responsable|gerente|directeur|jefe|stagiaire|praktikant|becario|informatique|informatik|informática|lebenslauf|daten|datos|données|kontakt|contacto|universidad|universität|université|calle|straße|strasse|rue)\b/i;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'binti', 'ibn', 'dos', 'das', 'do', 'y', 'e', 'ten', 'ter', 'st.']);
/** Words around a name that say what the document is ("Jane Doe Resume", "Lebenslauf Max Muster"). */
const DOCUMENT_WORDS = /^(?:resume|résumé|cv|curriculum vitae|lebenslauf)\s+|\s+(?:resume|résumé|cv|curriculum vitae|lebenslauf)$/i;
/** A degree after the name ("Jan Küster M.Sc.", "Jane Doe, PhD"). */
const DEGREE_AFTER = /,?\s+(?:m\.\s?sc\.?|b\.\s?sc\.?|ph\.?\s?d\.?|msc|bsc|mba|m\.\s?eng\.?|b\.\s?eng\.?|m\.\s?a\.|b\.\s?a\.|m\.\s?s\.|b\.\s?s\.)$/i;
/** A label in front of the name ("Name:", "Name, Vorname:"); a second part means the surname comes first. */
const NAME_LABEL = /^(?:full\s+)?(?:name|nom|nombre|nome|naam)(\s*,\s*(?:vorname|first\s*name|prénom|prenom|nombre))?\s*:?$/i;

/** True when the text is a template's stand-in for a name ("Your Name", "FIRSTNAME LASTNAME"). */
export function isPlaceholderName(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** True when the text is shaped like a personal name (2–5 capitalised words, a nickname in brackets allowed). */
export function isNameShaped(text: string): boolean {
  const plain = text.replace(/\s*\([^()]{1,30}\)\s*/g, ' ').trim();
  const tokens = plain.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/[\d@/:|,;()[\]{}<>+=#*&•]/.test(plain) || NOT_A_NAME.test(plain)) return false;
  if (classifyHeading(plain)) return false;
  return tokens.every(
    (t) => PARTICLES.has(t.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(t) || /^\p{Lu}\.$/u.test(t),
  );
}

/**
 * The first line of a document, set as its title, may hold a name typed
 * without capitals ("Aakarsh walia"): two to four words of letters, the first
 * capitalised.
 */
function isLooseName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || !/^\p{Lu}/u.test(tokens[0])) return false;
  if (NOT_A_NAME.test(text) || classifyHeading(text) || PLACEHOLDER.test(text)) return false;
  return tokens.every((t) => /^\p{L}[\p{L}'’.-]*$/u.test(t));
}

function titleCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return text;
  return text
    .split(/(\s+|-|')/)
    .map((w) => {
      // Lower-cased one letter at a time: the Turkish dotted İ would otherwise gain a combining dot.
      const lower = [...w].map((c) => (c === 'İ' ? 'i' : c.toLowerCase())).join('');
      return PARTICLES.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('');
}

/** Leading icon letters, labels and headings that cling to a name ("Name:", "» ", "PERSONAL INFORMATION Jane Doe"). */
function tidy(segment: string): string {
  let text = segment
    .replace(/^(name|nom|nombre)\s*:\s*/i, '')
    .replace(/^[^\p{L}]+|[^\p{L}.)]+$/gu, '')
    // A page written as a greeting: "👋 Hi, I'm Amine Echraibi".
    .replace(/^(?:(?:hi|hello|hey)(?:\s+there)?\s*[,!.]?\s*)?(?:i['’]m|i\s+am|this\s+is|my\s+name\s+is)\s+/i, '')
    .trim();
  const words = text.split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (/^\p{Lu}+$/u.test(head.replace(/\s/g, '')) && (classifyHeading(head)?.coverage ?? 0) >= 0.99) {
      text = words.slice(n).join(' ');
      break;
    }
  }
  // "CV // JOÃO GALEGO", "Resume - Jane Doe": the separator after the document's name goes with it.
  return text.replace(DOCUMENT_WORDS, '').replace(/^[^\p{L}]+/u, '').replace(DEGREE_AFTER, '').trim();
}

/** The pieces of a line that may hold a name: its segments, split again at bars and dots ("Jane Doe | Data Scientist"). */
function pieces(line: CvLine): { text: string; label?: string }[] {
  const out: { text: string; label?: string }[] = [];
  line.segments.forEach((segment, k) => {
    const label = k > 0 ? line.segments[k - 1].trim() : undefined;
    for (const piece of segment.split(/\s+[|·•—–]\s+/)) out.push({ text: piece, label });
  });
  return out;
}

/** "Riemenschneider, Dennis" after a "Name, Vorname:" label: the surname comes first. */
function labelled(text: string, label: string | undefined): string | undefined {
  if (!label || !NAME_LABEL.test(label)) return undefined;
  const m = /^([^,]+),\s*([^,]+)$/.exec(text.trim());
  const name = m ? `${m[2]} ${m[1]}` : text.trim();
  return isNameShaped(name) ? name : undefined;
}

function bodySize(lines: CvLine[]): number {
  const weights = new Map<number, number>();
  for (const l of lines) if (l.size) weights.set(l.size, (weights.get(l.size) ?? 0) + l.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * Lines to look at: those before the first section (at most the first 15),
 * and on page one the text set in its largest size when that stands well
 * above the body (a name in the second column of a sidebar layout).
 */
function candidateLines(lines: CvLine[], firstSection: number): number[] {
  const limit = Math.min(firstSection > 0 ? firstSection : 15, 15, lines.length);
  const picked = Array.from({ length: limit }, (_, i) => i);
  const sizes = lines.filter((l) => l.page === 1 && l.size).map((l) => l.size!);
  const largest = sizes.length > 0 ? maxOf(sizes) : 0;
  if (largest >= bodySize(lines) * 1.6) {
    lines.forEach((l, i) => {
      if (i >= limit && l.page === 1 && l.size === largest) picked.push(i);
    });
  }
  return picked;
}

/** One line's share of a name set over two lines: one to three capitalised words, no job, place or contact data. */
function namePart(text: string, words: number): boolean {
  const tokens = text.split(/\s+/);
  if (tokens.length > words || /[\d@/:|,;()[\]{}<>+=#*&•]/.test(text) || NOT_A_NAME.test(text) || isTitle(text)) return false;
  if (isPlaces(text) || classifyHeading(text)) return false;
  return tokens.every((t) => PARTICLES.has(t.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(t));
}

/**
 * A name set over two lines at the top ("Serge" over "Bacht", "María José"
 * over "García López"): the given name, one or two words, and the next line
 * in the same type (lines of smaller type between them, such as a contact
 * column beside the name, are passed over), one to three words. Without
 * font sizes only a one-word line joins the very next line ("Ivy Haddington"
 * over "Desktop Support" is a name and a job). Each piece is taken from the
 * lines' segments; the joined name beats its first line alone.
 */
function stacked(lines: CvLine[], i: number): { text: string; label?: string }[] {
  const a = lines[i];
  let k = i + 1;
  if (a.size) while (k <= i + 3 && lines[k] && lines[k].page === a.page && lines[k].size !== undefined && lines[k].size! < 0.85 * a.size) k++;
  const b = lines[k];
  if (!b || b.page !== a.page || (a.size === undefined) !== (b.size === undefined)) return [];
  if (a.size && b.size && Math.abs(a.size - b.size) > 0.1 * a.size) return [];
  const out: { text: string }[] = [];
  for (const first of a.segments.map(tidy).filter((t) => namePart(t, a.size ? 2 : 1))) {
    for (const second of b.segments.map(tidy).filter((t) => namePart(t, 3))) out.push({ text: `${first} ${second}` });
  }
  return out;
}

/**
 * The name and whether it is template placeholder text. Looks at the lines
 * before the first section, each gap-separated segment on its own, and at the
 * largest text of page one.
 */
export function findName(lines: CvLine[], firstSection: number): { name?: string; placeholder?: string } {
  let best: { text: string; score: number } | undefined;
  for (const i of candidateLines(lines, firstSection)) {
    const line = lines[i];
    const title = i === 0 && (line.heading === true || line.segments.length === 1);
    const joined = stacked(lines, i);
    for (const piece of [...pieces(line), ...joined]) {
      const text = labelled(piece.text, piece.label) ?? tidy(piece.text);
      const placeholder = PLACEHOLDER.test(text) && text.split(/\s+/).length <= 5 && !/@/.test(text);
      if (!placeholder && !isNameShaped(text) && !(title && isLooseName(text))) continue;
      // A labelled name wins; then a bigger font; among equals, the earlier line.
      const bonus = labelled(piece.text, piece.label) ? 1000 : joined.includes(piece) ? 1 : 0;
      const score = bonus + (line.size ?? 0) * 10 + (line.bold ? 3 : 0) - i * 0.5 - (line.size === undefined ? i * 100 : 0);
      if (!best || score > best.score) best = { text, score };
    }
  }
  if (!best) return {};
  const text = titleCase(best.text);
  return PLACEHOLDER.test(best.text) ? { placeholder: text } : { name: text };
}
