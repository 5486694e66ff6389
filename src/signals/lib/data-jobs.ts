// data_engineering's jobs without data frames (signals/data_engineering.ts):
// transformation SQL held in Python strings and run from the module; a
// plain-Python ETL module that reads a file, an API or a table, transforms
// it in a function of its own and writes rows into a database; and a job run
// by an in-process scheduler (APScheduler, `schedule`) whose function reads
// and writes data. And what a training script writes: its model, not data.
import { DB_WRITES, MODEL_CALLS, NOT_SQL_PIPELINE, ROW_READS, SCHEDULER_CALLS, SERIALISE_WRITES, SQL_RUNNER, TRAINING_CALLS, TRANSFORM_NAME } from '../../catalog/tools/data-calls.js';
import type { CallFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence } from './code.js';
import { dataStep } from './data.js';

/** The module trains a model: it fits or trains (`model.fit`, `xgboost.train`), and builds an estimator or predicts; fitting a vectoriser alone is feature work. */
export function trainsModel(file: PyFile): boolean {
  const calls = file.facts.calls;
  return calls.some((c) => TRAINING_CALLS.test(c.name)) && calls.some((c) => MODEL_CALLS.test(c.name));
}

/** The data writes of a module; in one that trains a model, serialising objects (`joblib.dump(model)`, `np.save`) is saving the model, not writing data. */
export function dataWrites(file: PyFile): CallFact[] {
  const { writes } = dataStep(file);
  return trainsModel(file) ? writes.filter((c) => !SERIALISE_WRITES.test(c.name)) : writes;
}

/** Transformation SQL in a string of the module (INSERT ... SELECT with joins, CTAS, MERGE, UPDATE ... FROM) and the call that runs SQL, cited at both. */
export function sqlJobEvidence(file: PyFile): Evidence[] {
  const sql = file.facts.sql?.[0];
  if (!sql || NOT_SQL_PIPELINE.test(file.path)) return [];
  const runner = file.facts.calls.find((c) => SQL_RUNNER.test(c.name));
  return runner ? [codeEvidence(file.path, sql, sql.text), callEvidence(file, runner)] : [];
}

function reads(file: PyFile): CallFact[] {
  return [...dataStep(file).reads, ...file.facts.calls.filter((c) => ROW_READS.test(c.name))].sort((a, b) => a.line - b.line);
}

/** A plain-Python ETL module: it reads, transforms in a function named for it (`transform`, `clean_rows`), and writes rows into a database. */
export function rowEtlEvidence(file: PyFile): Evidence[] {
  const write = dataWrites(file).find((c) => DB_WRITES.test(c.name));
  const read = reads(file).find((c) => c !== write);
  if (!write || !read) return [];
  const transform = file.facts.functions.find((fn) => TRANSFORM_NAME.test(fn.name) && !fn.placeholder && fn.line !== undefined);
  if (!transform) return [];
  return [callEvidence(file, read), codeEvidence(file.path, transform, `def ${transform.name}`, 'function'), callEvidence(file, write)];
}

/** A job given to an in-process scheduler: the module schedules a function, reads data and writes data (a model saved after training is not data). */
export function scheduledJobEvidence(file: PyFile): Evidence[] {
  const schedule = file.facts.calls.find((c) => SCHEDULER_CALLS.test(c.name)) ?? file.facts.functions.flatMap((fn) => fn.decorators).find((d) => SCHEDULER_CALLS.test(d.name));
  if (!schedule) return [];
  const write = dataWrites(file)[0];
  const read = write && reads(file).find((r) => r !== write);
  return read ? [configOrCall(file, schedule), callEvidence(file, read), callEvidence(file, write)] : [];
}

function configOrCall(file: PyFile, at: { name: string; line: number; cell?: number }): Evidence {
  return codeEvidence(file.path, at, `${at.name}()`, 'call');
}
