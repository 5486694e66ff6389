// Hand-written data validation for data_validation, in three shapes:
// - a function of the project's own data code that checks a dataset against
//   a schema file (column names and count, dtypes, missing columns), as the
//   common "data_validation component + schema.yaml" layout does;
// - a feature contract applied at load: a checking function that raises,
//   called where the data is read (`df = pd.read_csv(p); validate_columns(df)`);
// - a schema test of the tables a model trains on: a test named for the
//   schema, columns or dtypes that loads the data, in a project that trains.
import { CONTRACT_ERROR, DATA_LOADER, HAND_VALIDATION_FUNCTION, SCHEMA_FILE, SCHEMA_TEST } from '../../catalog/tools/validation-calls.js';
import type { FunctionFact } from '../../parse/types.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, importsAny, lastSegment } from './code.js';
import { dataStep } from './data.js';

const DATAFRAME_LIBRARIES = ['pandas', 'polars', 'pyspark', 'dask', 'modin'];

/** The file names a schema (`read_yaml("config/schema.yaml")`, `SCHEMA_FILE_PATH = ...join("schema.yaml")`). */
function namesSchema(file: PyFile): boolean {
  return file.facts.calls.some((c) => c.strings.some((s) => SCHEMA_FILE.test(s)));
}

function defEvidence(file: PyFile, fn: FunctionFact): Evidence {
  return codeEvidence(file.path, fn, `def ${fn.name}`, 'function');
}

/** A checking function that raises when the data breaks its contract. */
function raises(file: PyFile, fn: FunctionFact): boolean {
  const owner = fn.className ? `${fn.className}.${fn.name}` : fn.name;
  return file.facts.calls.some((c) => c.inFunction === owner && CONTRACT_ERROR.test(lastSegment(c.name)));
}

/** Checks against a schema file, and contracts that raise applied where the data is read. */
function checkingFunctions(ctx: DetectContext): Evidence[] {
  const candidates = ctx.sourceFiles.filter(
    (f) => !f.path.endsWith('.pyi') && f.facts.functions.some((fn) => HAND_VALIDATION_FUNCTION.test(fn.name)) && importsAny(f, DATAFRAME_LIBRARIES),
  );
  if (candidates.length === 0) return [];
  const schemaFile = ctx.files.some((f) => SCHEMA_FILE.test(f.path));
  const readers = ctx.sourceFiles.filter((f) => dataStep(f).reads.length > 0);
  const out: Evidence[] = [];
  for (const file of candidates) {
    const checks = file.facts.functions.filter((f) => HAND_VALIDATION_FUNCTION.test(f.name));
    if (schemaFile || namesSchema(file)) {
      for (const fn of checks) out.push(defEvidence(file, fn));
      continue;
    }
    for (const fn of checks.filter((f) => raises(file, f))) {
      const at = readers.flatMap((r) => r.facts.calls.filter((c) => lastSegment(c.name) === fn.name).map((c) => callEvidence(r, c)))[0];
      if (at) out.push(defEvidence(file, fn), at);
    }
  }
  return out;
}

/** Tests named for the schema, columns or dtypes of data they load, in a project that trains a model. */
function schemaTests(ctx: DetectContext, trains: (path: string) => boolean): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.python.filter((f) => f.test && !f.notebook && trains(f.path))) {
    const loads = dataStep(file).reads.length > 0;
    for (const fn of file.facts.functions.filter((f) => f.name.startsWith('test') && SCHEMA_TEST.test(f.name) && !f.placeholder)) {
      if (loads || fn.calls.some((c) => DATA_LOADER.test(lastSegment(c)))) out.push(defEvidence(file, fn));
    }
  }
  return out;
}

/** Hand-written validation of the data; `trains`: whether a file's project trains or runs models of its own. */
export function schemaChecks(ctx: DetectContext, trains: (path: string) => boolean): Evidence[] {
  return [...checkingFunctions(ctx), ...schemaTests(ctx, trains)];
}
