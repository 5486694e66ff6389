// RFC 4180 CSV: reading a candidates manifest, writing the shortlist.
// https://www.rfc-editor.org/rfc/rfc4180
import { plainText } from './safe-text.js';

/** Parses CSV text into rows of fields (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Longest text field written, characters. */
export const MAX_CSV_FIELD = 2000;

/**
 * One CSV field. Candidate text loses escape sequences and control characters
 * other than tabs and line breaks (the file is also read with `cat`) and is
 * clipped; text starting with = + - @ (or a tab/CR) is prefixed with `'` so a
 * spreadsheet does not run it as a formula (OWASP CSV injection).
 */
export function csvField(value: string | number): string {
  let text = typeof value === 'string' ? plainText(value, { max: MAX_CSV_FIELD }) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
