// Databricks notebooks exported as source (`.py`): the first line is
// `# Databricks notebook source`, cells are separated by
// `# COMMAND ----------`, and a cell in another language is kept as comment
// lines under its magic (`# MAGIC %sql`, `# MAGIC SELECT ...`). Databricks
// runs a `%sql` cell's statements on the notebook's Spark session, as
// `spark.sql("...")` would, so each statement of such a cell is read as that
// call, on the cell's own lines (numbering holds). Markdown, shell, Scala and
// other cells stay comments; Python cells are Python already. Never run.

const HEADER = /^\uFEFF?# Databricks notebook source\s*$/;
const SEPARATOR = /^# COMMAND -{5,}\s*$/;
const MAGIC = /^# MAGIC ?(.*)$/;
const SQL_MAGIC = /^%sql\s*$/i;

/** The text with its `%sql` cells written as `spark.sql("""...""")` calls, one a statement; other text unchanged. */
export function databricksSource(text: string): string {
  const lines = text.split('\n');
  if (!HEADER.test(lines[0] ?? '')) return text;
  let cellStart = 1;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || SEPARATOR.test(lines[i])) {
      sqlCell(lines, cellStart, i);
      cellStart = i + 1;
    }
  }
  return lines.join('\n');
}

/** Rewrites lines[from, to) in place when they are a `%sql` cell. */
function sqlCell(lines: string[], from: number, to: number): void {
  let first = from;
  while (first < to && lines[first].trim() === '') first++;
  const magic = MAGIC.exec(lines[first] ?? '');
  if (first >= to || !magic || !SQL_MAGIC.test(magic[1].trim())) return;
  lines[first] = '';
  let open = -1;
  for (let i = first + 1; i < to; i++) {
    const m = MAGIC.exec(lines[i]);
    const sql = m ? m[1] : '';
    if (!m && lines[i].trim() !== '') break; // not part of the magic cell
    if (sql.trim() === '') {
      lines[i] = '';
      continue;
    }
    const body = sql.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    lines[i] = `${open === -1 ? 'spark.sql("""' : ''}${body}`;
    open = i;
    if (/;\s*$/.test(sql)) {
      lines[i] += '""")';
      open = -1;
    }
  }
  if (open !== -1) lines[open] += '""")';
}
