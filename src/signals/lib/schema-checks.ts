// Hand-written data validation for data_validation: a function of the
// project's own data code that checks a dataset against a schema file
// (column names and count, dtypes, missing columns), as the common
// "data_validation component + schema.yaml" project layout does. Both halves
// are needed: the checking function, in a module that handles dataframes,
// and a schema it checks against.
import { HAND_VALIDATION_FUNCTION, SCHEMA_FILE } from '../../catalog/tools/mlops-calls.js';
import type { DetectContext, PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { importsAny } from './code.js';

const DATAFRAME_LIBRARIES = ['pandas', 'polars', 'pyspark', 'dask', 'modin'];

/** The file names a schema (`read_yaml("config/schema.yaml")`, `SCHEMA_FILE_PATH = ...join("schema.yaml")`). */
function namesSchema(file: PyFile): boolean {
  return file.facts.calls.some((c) => c.strings.some((s) => SCHEMA_FILE.test(s)));
}

export function schemaChecks(ctx: DetectContext): Evidence[] {
  const candidates = ctx.sourceFiles.filter(
    (f) => !f.path.endsWith('.pyi') && f.facts.functions.some((fn) => HAND_VALIDATION_FUNCTION.test(fn.name)) && importsAny(f, DATAFRAME_LIBRARIES),
  );
  if (candidates.length === 0) return [];
  const schemaFile = ctx.files.some((f) => SCHEMA_FILE.test(f.path));
  const out: Evidence[] = [];
  for (const file of candidates) {
    if (!schemaFile && !namesSchema(file)) continue;
    for (const fn of file.facts.functions.filter((f) => HAND_VALIDATION_FUNCTION.test(f.name))) {
      out.push(codeEvidence(file.path, fn, `def ${fn.name}`, 'function'));
    }
  }
  return out;
}
