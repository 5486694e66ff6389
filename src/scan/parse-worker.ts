// A parse worker thread (run by piscina, see parse-pool.ts): loads the
// tree-sitter grammar once, then parses batches of files by absolute path.
// It reads the files itself, so no file bytes cross between threads; only
// the facts come back, as JSON text: for these plain objects, stringify and
// parse cost about half of the structured clone a returned object would get.
import { initPython } from '../parse/index.js';
import type { FactCache } from './fact-cache.js';
import { parseJobs, type ParseJob, type ParseOutcome } from './parse-one.js';
import { markStarted } from './parse-watch.js';

export interface ParseBatch {
  jobs: ParseJob[];
  cache?: FactCache;
  /** Where this worker writes which file it is on and since when (parse-watch.ts). */
  progress?: SharedArrayBuffer;
}

let ready: Promise<void> | undefined;

/** The batch's outcomes (`ParseOutcome[]`) as JSON text. */
export async function parseBatch(batch: ParseBatch): Promise<string> {
  ready ??= initPython();
  await ready;
  const outcomes: ParseOutcome[] = await parseJobs(batch.jobs, batch.cache, undefined, (i) => markStarted(batch.progress, i));
  return JSON.stringify(outcomes);
}
