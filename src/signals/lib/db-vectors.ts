// Vector search done by the database (rag): pgvector and its kin store
// vectors in a table (`embedding vector(1536)`, an HNSW index) and rank rows
// by distance in SQL (`ORDER BY embedding <=> :q`), often inside a stored
// function the application calls by name (Supabase `rpc("match_documents")`).
import { DB_FUNCTION_CALLS, SQL_FUNCTION_NAME, SQL_RUN_CALLS, VECTOR_SEARCH_SQL, VECTOR_STORE_SQL } from '../../catalog/tools/llm-retrieval.js';
import type { CallFact } from '../../parse/types.js';
import type { DetectContext } from '../context.js';
import { configEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callStrings } from './call-strings.js';
import { callEvidence } from './code.js';

/** A Python string that is SQL: a query or a definition, not a regex that happens to hold `<=>`. */
const SQL_QUERY = /\bSELECT\b[\s\S]*\bFROM\b|\bORDER\s+BY\b/i;
const SQL_DDL = /\b(CREATE|ALTER)\s+(TABLE|INDEX|EXTENSION)\b|\bADD\s+COLUMN\b/i;

/** The SQL a call is given: its literals, and the constants it is given by name when it runs SQL (`cur.execute(sql)`, not `print(sql)`). */
function sqlStrings(call: CallFact): readonly string[] {
  return SQL_RUN_CALLS.test(call.name) ? callStrings(call) : call.strings;
}

/** Vectors the database stores: `.sql` statements, and SQL written in Python strings (in the call, or a constant it is given by name). */
export function databaseStores(ctx: DetectContext): Evidence[] {
  const files = ctx.ofFormat('sql').flatMap((f) => (f.sql ?? []).filter((s) => s.kind === 'vector-store').map((s) => configEvidence(f.path, s, s.text)));
  const code = ctx.python.flatMap((f) => f.facts.calls.filter((c) => sqlStrings(c).some((s) => VECTOR_STORE_SQL.test(s) && SQL_DDL.test(s))).map((c) => callEvidence(f, c)));
  return [...files, ...code];
}

/**
 * Vector searches the database runs for the application: a distance query
 * in a Python string (in the call, or a constant it is given by name:
 * `sql = "... ORDER BY embedding <=> %s"; cur.execute(sql, ...)`) or a `.sql`
 * query file, and a call of a stored function
 * whose body searches by distance (cited at the call; its definition beside).
 */
export function databaseSearches(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  const functions = new Map<string, Evidence>();
  for (const f of ctx.ofFormat('sql')) {
    for (const s of (f.sql ?? []).filter((x) => x.kind === 'vector-search')) {
      const name = SQL_FUNCTION_NAME.exec(s.text)?.[2];
      if (name) functions.set(name.toLowerCase(), configEvidence(f.path, s, s.text));
      else out.push(configEvidence(f.path, s, s.text));
    }
  }
  for (const file of ctx.python) {
    for (const c of file.facts.calls) {
      if (sqlStrings(c).some((s) => VECTOR_SEARCH_SQL.test(s) && SQL_QUERY.test(s))) out.push(callEvidence(file, c));
      const called = DB_FUNCTION_CALLS.test(c.name) ? functions.get(c.strings[0]?.toLowerCase() ?? '') : undefined;
      if (called) out.push(callEvidence(file, c), called);
    }
  }
  return out;
}
