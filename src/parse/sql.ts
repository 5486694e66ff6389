// SQL scripts (ISO/IEC 9075; dialects' INSERT/CREATE ... AS SELECT/MERGE):
// the statements that transform data into a table, one SqlFact each, cited at
// the line the statement starts on. A statement transforms when it writes
// (`INSERT ... SELECT`, `CREATE TABLE|VIEW ... AS SELECT`, `MERGE INTO`,
// PostgreSQL's `UPDATE t SET ... FROM`) and joins, aggregates, windows or
// unions (a MERGE is an upsert by itself, an UPDATE ... FROM a join). Statements end at `;`, or, in a
// script written without semicolons (as run statement by statement in a
// client), where a line starts with a new statement's keyword at the margin.
// Plain DDL, `INSERT ... VALUES` dumps and lone SELECTs are not facts. A
// statement that stores vectors (a `vector(N)` column, an HNSW/IVFFlat index,
// the `vector` extension) or searches them by distance (`<=>`,
// `cosine_distance(...)`, often inside a stored function) is a fact of its
// own kind. A dbt model (https://docs.getdbt.com/docs/build/sql-models) is a
// lone SELECT that reads other models or sources through Jinja (`{{ ref('x')
// }}`, `{{ source('a', 'b') }}`) and that dbt writes as a table or view: one
// that joins, aggregates, windows or unions is a fact, cited where its query
// starts (after a `{{ config(...) }}` block). A statement that reads or
// restores a table at an old version or time (Delta Lake / Iceberg time
// travel: `SELECT ... FROM t VERSION AS OF 3`, `RESTORE TABLE t TO TIMESTAMP
// AS OF ...`) is also a fact of its own kind, `time-travel`. Never throws.
import { VECTOR_SEARCH_SQL, VECTOR_STORE_SQL } from '../catalog/tools/llm-retrieval.js';
import { TIME_TRAVEL_SQL } from '../catalog/tools/mlops-calls.js';
import type { FileFacts, SqlFact } from './types.js';

/** Larger files are data dumps, not transformation scripts. */
export const MAX_SQL_CHARS = 2_000_000;
const MAX_FACTS = 50;
const MAX_TEXT = 120;
/** Only a statement's head is matched: bounds the regex work on a huge single statement. */
const MAX_STATEMENT = 20_000;

const WRITES =
  /^(INSERT\s+(INTO|OVERWRITE)\b[\s\S]*\bSELECT\b|CREATE\s+(OR\s+REPLACE\s+)?((GLOBAL\s+|LOCAL\s+)?TEMP\w*\s+|MATERIALIZED\s+|TRANSIENT\s+)?(TABLE|VIEW)\b[\s\S]*?\bAS\b[\s\S]*\bSELECT\b)/i;
const MERGE = /^MERGE\s+INTO\b/i;
/**
 * PostgreSQL's (and SQL Server's) update from other tables: `UPDATE t SET c = sq.c FROM (SELECT ...) sq WHERE ...`,
 * or a value set from a subquery (`SET c = (SELECT ... FROM ...)`). A FROM after the WHERE only picks the rows
 * (`WHERE id IN (SELECT id FROM ...)`): setting a status on them is a record update, not a transformation.
 */
const UPDATE_FROM = /^UPDATE\s+[\w."`]+(\s+(AS\s+)?\w+)?\s+SET\b(?:(?!\bWHERE\b)[\s\S])*?\bFROM\b/i;
/** A line that starts a new statement at the margin, in a script without semicolons. */
const NEXT_STATEMENT = /^(CREATE|INSERT|UPDATE|DELETE|DROP|ALTER|TRUNCATE|MERGE|GRANT)\s/i;
/** The statement so far ends where another must follow inside it (a MERGE's `THEN`, a rule's `DO INSTEAD`). */
const CONTINUES = /\b(THEN|ELSE|DO|INSTEAD|ALSO|BEGIN|AS)\s*$/i;
const TRANSFORMS = /\b(GROUP\s+BY|JOIN|OVER\s*\(|PIVOT|UNPIVOT|UNION|(SUM|COUNT|AVG|MIN|MAX)\s*\()/i;
/** dbt's Jinja functions that read another model or a declared source: only a dbt model's query holds them. */
const DBT_READ = /\{\{-?\s*(ref|source)\s*\(/;
const QUERY = /^(WITH|SELECT)\b/i;


interface Statement {
  text: string;
  line: number;
}

/** Statements split at `;` outside strings and comments; comments become spaces (newlines kept). */
function statements(sql: string): Statement[] {
  const out: Statement[] = [];
  let current = '';
  let blank = true;
  let line = 1;
  let start = 1;
  let quote = '';
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === '\n') line++;
    if (quote) {
      if (c === quote) quote = '';
      current += c;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      i--;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      const body = sql.slice(i, end === -1 ? sql.length : end + 2);
      const newlines = body.split('\n').length - 1;
      line += newlines;
      current += `${'\n'.repeat(newlines)} `;
      i = end === -1 ? sql.length : end + 1;
    } else if (c === ';') {
      out.push({ text: current, line: start });
      current = '';
      blank = true;
      depth = 0;
    } else if (c === '\n' && depth === 0 && !blank && NEXT_STATEMENT.test(sql.slice(i + 1, i + 12)) && !CONTINUES.test(current)) {
      out.push({ text: current, line: start });
      current = '';
      blank = true;
    } else {
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      if (c === "'" || c === '"' || c === '`') quote = c;
      if (blank && c.trim() !== '') {
        start = line;
        blank = false;
      }
      current += c;
    }
  }
  out.push({ text: current, line: start });
  return out;
}

function kindOf(text: string): SqlFact['kind'] | undefined {
  if (VECTOR_SEARCH_SQL.test(text)) return 'vector-search';
  if (VECTOR_STORE_SQL.test(text)) return 'vector-store';
  if (MERGE.test(text)) return 'merge';
  if (DBT_READ.test(text) && jinjaHeader(text) !== undefined && TRANSFORMS.test(text)) return 'dbt-model';
  if (UPDATE_FROM.test(text)) return 'update-from';
  if (!WRITES.test(text) || !TRANSFORMS.test(text)) return undefined;
  return /^INSERT/i.test(text) ? 'insert-select' : 'create-as';
}

/**
 * The length of a dbt model's Jinja header (`{{ config(...) }}`, `{% set
 * ... %}`, blanks) before its query, which starts with WITH or SELECT;
 * undefined when no query follows. One pass, no backtracking.
 */
function jinjaHeader(text: string): number | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const open = text.slice(i, i + 2);
    if (open !== '{{' && open !== '{%') return QUERY.test(text.slice(i, i + 7)) ? i : undefined;
    const end = text.indexOf(open === '{{' ? '}}' : '%}', i + 2);
    if (end === -1) return undefined;
    i = end + 2;
  }
}

/** A dbt model's query without its Jinja header, and the line it starts on. */
function queryStart(statement: Statement): Statement {
  const raw = statement.text.slice(0, MAX_STATEMENT).trimStart();
  const start = jinjaHeader(raw) ?? 0;
  const line = statement.line + (raw.slice(0, start).match(/\n/g)?.length ?? 0);
  return { text: raw.slice(start).replace(/\s+/g, ' ').trim(), line };
}

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 3)}...` : text);

export function parseSql(text: string, _path: string): Partial<FileFacts> {
  if (text.length > MAX_SQL_CHARS) return {};
  const sql: SqlFact[] = [];
  for (const statement of statements(text)) {
    const flat = statement.text.slice(0, MAX_STATEMENT).replace(/\s+/g, ' ').trim();
    if (TIME_TRAVEL_SQL.test(flat)) sql.push({ kind: 'time-travel', line: statement.line, text: clip(flat) });
    const kind = kindOf(flat);
    if (!kind) continue;
    const at = kind === 'dbt-model' ? queryStart(statement) : { text: flat, line: statement.line };
    sql.push({ kind, line: at.line, text: clip(at.text) });
    if (sql.length >= MAX_FACTS) break;
  }
  return sql.length > 0 ? { sql } : {};
}
