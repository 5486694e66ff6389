// The candidate's name: the most prominent name-shaped text at the top of the
// CV (largest font first in a PDF, first line otherwise), never a job title,
// an address, a contact detail or a heading, and never taken from document
// metadata. Template text ("YOUR NAME HERE") is reported as a placeholder.
import { classifyHeading } from './sections.js';
import type { CvLine } from './types.js';

const PLACEHOLDER = /\b(your|my)\s+name\b|\bname\s+(here|surname)\b|\bfirst\s*name\b|\blast\s*name\b|\bfull\s+name\b|\bfirstname\b|\blastname\b|\blorem\b|\bcandidate\s+name\b/i;
const NOT_A_NAME =
  /\b(engineer|engineering|developer|scientist|science|analyst|manager|designer|consultant|intern|student|architect|lead|director|specialist|technician|administrator|officer|assistant|researcher|professor|founder|cto|ceo|resume|résumé|curriculum|vitae|cv|university|college|school|institute|street|road|avenue|suite|inc|ltd|llc|gmbh|corp|company|summary|profile|portfolio|contact|phone|email|mobile|address|linkedin|github|machine|learning|data|software|senior|junior|remote|present)\b/i;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'binti', 'ibn', 'dos', 'das', 'do', 'y', 'e', 'ten', 'ter', 'st.']);

/** True when the text is shaped like a personal name (2–5 capitalised words). */
export function isNameShaped(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/[\d@/:|,;()[\]{}<>+=#*&•]/.test(text) || NOT_A_NAME.test(text)) return false;
  if (classifyHeading(text)) return false;
  return tokens.every(
    (t) => PARTICLES.has(t.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(t) || /^\p{Lu}\.$/u.test(t),
  );
}

function titleCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return text;
  return text
    .toLowerCase()
    .split(/(\s+|-|')/)
    .map((w) => (PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** Leading icon letters and labels that cling to a name ("Name:", "» "). */
function tidy(segment: string): string {
  return segment
    .replace(/^(name|nom|nombre)\s*:\s*/i, '')
    .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
    .trim();
}

/**
 * The name and whether it is template placeholder text. Looks at the lines
 * before the first section (at most the first 15), each gap-separated segment
 * on its own.
 */
export function findName(lines: CvLine[], firstSection: number): { name?: string; placeholder?: string } {
  const limit = Math.min(firstSection > 0 ? firstSection : 15, 15, lines.length);
  let best: { text: string; score: number } | undefined;
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    for (const raw of line.segments) {
      const text = tidy(raw);
      const placeholder = PLACEHOLDER.test(text) && text.split(/\s+/).length <= 5 && !/@/.test(text);
      if (!placeholder && !isNameShaped(text)) continue;
      // A bigger font wins; among equals, the earlier line.
      const score = (line.size ?? 0) * 10 + (line.bold ? 3 : 0) - i * 0.5 - (line.size === undefined ? i * 100 : 0);
      if (!best || score > best.score) best = { text, score };
    }
  }
  if (!best) return {};
  const text = titleCase(best.text);
  return PLACEHOLDER.test(best.text) ? { placeholder: text } : { name: text };
}
