// SQL an application runs while setting up its database: data_engineering
// (signals.md) counts transformation jobs, and a backfill run beside the DDL
// that creates or alters the tables is a schema migration's, like those under
// `migrations/` (catalog/tools/data-calls.ts NOT_SQL_PIPELINE), wherever the
// app keeps it (`app/core/database.py`'s `init_db`). Used by the SQL-string
// jobs (lib/data-jobs.ts) and the SQL calls of a data step (lib/data.ts).
import { SQL_RUNNER } from '../../catalog/tools/data-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { lastSegment } from './code.js';

/**
 * DDL that changes a schema: altering a table, adding a column or a constraint, creating an index or an
 * extension (`ALTER TABLE dogs ADD COLUMN ...`, `CREATE INDEX IF NOT EXISTS ...`, a `DO $$ ... ADD CONSTRAINT`).
 */
const SCHEMA_CHANGE = /\bALTER\s+TABLE\b|\bCREATE\s+(?:UNIQUE\s+)?INDEX\b|\bADD\s+(?:CONSTRAINT|COLUMN)\b|\bCREATE\s+EXTENSION\b/i;
/** A table created from its columns, not from a query (`CREATE TABLE IF NOT EXISTS t (id ...)`, not `CREATE TABLE t AS SELECT`). */
const CREATE_TABLE = /\bCREATE\s+(?:TEMP\w*\s+)?TABLE\b(?![\s\S]*\bAS\b[\s(]*(?:WITH|SELECT)\b)/i;
/** An ORM creating its tables: SQLAlchemy's `metadata.create_all` (also handed to `conn.run_sync`), SQLModel's. */
const ORM_CREATE = /(^|\.)create_all$/;
/** A function named for setting up an application's database: `init_db`, `setup_database`, `create_tables`, `migrate`, `on_startup`. */
const SETUP_NAME = /init|set_?up|migrat|schema|bootstrap|startup|lifespan|create_tables|ensure_tables/i;
/** A module named for a data job: what it runs is the job even when it creates or indexes its own tables. */
const JOB_MODULE = /(^|[/_.-])(etl|elt|pipelines?|jobs?|dags?|tasks?|transforms?|transformations?|warehouse|marts?|dbt|aggregat\w*|ingest\w*|load\w*|batch\w*)([/_.-]|$)/i;

/** The calls made in a function's body, nested functions included. */
function callsIn(file: PyFile, fn: FunctionFact): CallFact[] {
  return file.facts.calls.filter((c) => c.line >= fn.line && c.line <= fn.endLine);
}

/**
 * A function that sets up the database's schema: it alters tables or adds indexes, columns or constraints, or
 * has the ORM create its tables, or, named for set-up (`init_db`), creates tables from their columns.
 */
function setsUpSchema(file: PyFile, fn: FunctionFact): boolean {
  let known = SETS_UP.get(fn);
  if (known === undefined) SETS_UP.set(fn, (known = readsAsSetup(file, fn)));
  return known;
}

const SETS_UP = new WeakMap<FunctionFact, boolean>();

function readsAsSetup(file: PyFile, fn: FunctionFact): boolean {
  const calls = callsIn(file, fn);
  const sql = calls.filter((c) => SQL_RUNNER.test(c.name)).flatMap((c) => c.strings);
  if (sql.some((s) => SCHEMA_CHANGE.test(s))) return true;
  if (calls.some((c) => ORM_CREATE.test(c.name) || [...(c.names ?? []), ...(c.refs ?? [])].some((n) => ORM_CREATE.test(n)))) return true;
  return SETUP_NAME.test(fn.name) && sql.some((s) => CREATE_TABLE.test(s));
}

/**
 * SQL an application runs while setting up its database (signals.md: a transformation job, not a schema's
 * history): the statement stands in a function that changes the schema, or in one such a function of the
 * module calls (`init_db()` altering tables, then `_backfill_threads(conn)` filling a new table from old rows
 * with `INSERT ... SELECT ... GROUP BY`). The backfill of a schema change is a migration's, like those under
 * `migrations/` (NOT_SQL_PIPELINE), wherever it is kept. Not in a module named for a data job (`etl/`,
 * `pipelines/`, `load_marts.py`), where creating and indexing the job's own tables is part of the job.
 */
export function inSchemaSetup(file: PyFile, line: number): boolean {
  if (JOB_MODULE.test(file.path)) return false;
  const enclosing = file.facts.functions
    .filter((fn) => fn.line !== undefined && fn.line <= line && line <= fn.endLine)
    .sort((a, b) => b.line - a.line)[0];
  if (!enclosing) return false;
  if (setsUpSchema(file, enclosing)) return true;
  return file.facts.functions.some((fn) => fn !== enclosing && fn.calls.some((n) => lastSegment(n) === enclosing.name) && setsUpSchema(file, fn));
}

/** A call that runs SQL written in it (`conn.execute("INSERT ... SELECT ...")`) while setting up a schema. */
export function runsSchemaSetupSql(file: PyFile, call: CallFact): boolean {
  return SQL_RUNNER.test(call.name) && call.strings.length > 0 && inSchemaSetup(file, call.line);
}
