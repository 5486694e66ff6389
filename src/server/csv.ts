// CSV in and out (RFC 4180: commas, double quotes doubled, CRLF rows). Cells
// written for a spreadsheet never start a formula: one beginning with =, +,
// -, @, a tab or a carriage return is prefixed with a quote.
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvTable {
  /** Lower-cased, trimmed header names. */
  header: string[];
  /** Each row as header → value, with its 1-based line number. */
  rows: Array<{ line: number; values: Record<string, string> }>;
}

/** Parses CSV text; throws an Error naming the line of an unterminated quote. */
export function parseCsv(text: string): CsvTable {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      cells.push(field);
      records.push({ line: start, cells });
      cells = [];
      field = '';
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new Error(`line ${start}: a quoted cell is never closed`);
  if (field !== '' || cells.length > 0) records.push({ line: start, cells: [...cells, field] });
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rest] = nonEmpty;
  const header = (head?.cells ?? []).map((h) => h.trim().toLowerCase());
  return { header, rows: rest.map((r) => ({ line: r.line, values: Object.fromEntries(header.map((h, i) => [h, (r.cells[i] ?? '').trim()])) })) };
}
