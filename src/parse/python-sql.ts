// SQL held in Python string literals (`sql = """INSERT INTO daily SELECT ...
// GROUP BY day"""`, then `client.query(sql)`): the statements that write
// transformed data, recorded wherever the literal stands, since the call that
// runs them usually gets a variable rather than the literal.
import type { Node } from 'web-tree-sitter';
import type { PythonFacts } from './types.js';

/** A statement that writes data: INSERT ... SELECT, CREATE TABLE/VIEW ... AS SELECT, MERGE INTO, UPDATE ... SET ... FROM. */
const SQL_WRITE = /\b(INSERT\s+(INTO|OVERWRITE)\b[\s\S]*?\bSELECT\b|CREATE\s+(OR\s+REPLACE\s+)?(TEMP\w*\s+)?(TABLE|VIEW)\b[\s\S]*?\bAS\b[\s(]*(WITH|SELECT)\b|MERGE\s+INTO\b[\s\S]*\bUSING\b|UPDATE\s+[\w."`]+[\s\S]*?\bSET\b(?:(?!\bWHERE\b)[\s\S])*?\bFROM\b)/i;
/** What makes the written data transformed: joins, aggregations, windows, unions, pivots, DISTINCT; a MERGE and an UPDATE ... FROM join by nature. */
const SQL_TRANSFORM = /\b(GROUP\s+BY|JOIN|OVER\s*\(|PIVOT|UNION|DISTINCT|MERGE\s+INTO|UPDATE\s+[\w."`]+[\s\S]*?\bSET\b(?:(?!\bWHERE\b)[\s\S])*?\bFROM)\b|\b(SUM|COUNT|AVG|MIN|MAX)\s*\(/i;
const MAX_TEXT = 200;

/** Records a string literal (the literal of one of its content nodes) once, if it is SQL that writes transformed data. */
export function readSqlLiteral(content: Node, facts: PythonFacts, seen: Set<number>): void {
  const literal = content.parent;
  if (!literal || literal.type !== 'string' || seen.has(literal.startIndex)) return;
  seen.add(literal.startIndex);
  const parts: string[] = [];
  for (const c of literal.namedChildren) if (c && (c.type === 'string_content' || c.type === 'interpolation')) parts.push(c.text);
  const text = parts.join('');
  const write = SQL_WRITE.exec(text);
  if (!write || !SQL_TRANSFORM.test(text)) return;
  // The line of the writing keyword, not of the opening quotes.
  const before = literal.text.indexOf(text) + write.index;
  const offset = (literal.text.slice(0, Math.max(before, 0)).match(/\n/g) ?? []).length;
  const statement = text.slice(write.index).replace(/\s+/g, ' ').trim();
  (facts.sql ??= []).push({ line: literal.startPosition.row + 1 + offset, text: statement.length > MAX_TEXT ? `${statement.slice(0, MAX_TEXT - 1)}…` : statement });
}

/** Quick test before the full reading: the content mentions a writing keyword. */
export const MAYBE_SQL = /\b(INSERT|CREATE|MERGE|UPDATE)\b/i;

/** A table format named in SQL (`CREATE TABLE t USING DELTA`, `... USING iceberg`, `... USING hudi`): Spark's data source clause. */
export const TABLE_FORMAT = /\bTABLE\b[^;]*?\b(USING\s+(DELTA|ICEBERG|HUDI))\b/i;
