// A `.py` module outside tests is a transformation step when it reads data,
// transforms it and writes it (catalog/tools/data-calls.ts: `read_csv`,
// `groupby`, `to_parquet`; loaders, splitters and vector-store writes for a
// document-ingestion job), or reads data and applies three or more distinct
// transformations, one of them a join or aggregation (a preprocessing module
// that hands its result on in memory). A feature-transformer class
// whose methods aggregate or merge data frames counts (borderline), and so
// do a dbt project and SQL transformation files (`.sql` statements that
// write joined or aggregated data: parse/sql.ts), outside migrations and
// test fixtures. ORM sessions are not in the vocabulary.
import { NOT_SQL_PIPELINE, STRUCTURAL_OPS } from '../catalog/tools/data-calls.js';
import type { DetectContext, PyFile } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { callEvidence } from './lib/code.js';
import { dataStep, distinctOps, frameOpsIn, isTransformerClass } from './lib/data.js';
import type { Evidence } from './types.js';

const MIN_OPS_WITHOUT_WRITE = 3;

function stepEvidence(file: PyFile): Evidence[] {
  const { reads, transforms, writes } = dataStep(file);
  if (reads.length === 0 || transforms.length === 0) return [];
  const ops = distinctOps(transforms);
  if (writes.length > 0) return [reads[0], transforms[0], writes[0]].map((c) => callEvidence(file, c));
  const structural = ops.filter((c) => STRUCTURAL_OPS.test(c.name));
  if (ops.length >= MIN_OPS_WITHOUT_WRITE && structural.length > 0) return [reads[0], ...structural.slice(0, 2)].map((c) => callEvidence(file, c));
  return [];
}

function transformerEvidence(file: PyFile): Evidence[] {
  const out: Evidence[] = [];
  for (const cls of file.facts.classes) {
    if (!isTransformerClass(cls)) continue;
    const ops = frameOpsIn(file, cls);
    if (ops.length === 0) continue;
    out.push(codeEvidence(file.path, cls, `class ${cls.name}`, 'class'), callEvidence(file, ops[0]));
  }
  return out;
}

/** The first transforming statement of each SQL script. */
function sqlEvidence(ctx: DetectContext): Evidence[] {
  return ctx
    .ofFormat('sql')
    .filter((f) => f.sql?.length && !NOT_SQL_PIPELINE.test(f.path))
    .map((f) => configEvidence(f.path, f.sql?.[0], f.sql?.[0].text ?? ''));
}

function detectDataEngineering(ctx: DetectContext): Evidence[] {
  const modules = ctx.python.filter((f) => !f.notebook && !f.test);
  return [...modules.flatMap(stepEvidence), ...modules.flatMap(transformerEvidence), ...sqlEvidence(ctx)];
}

export const dataEngineering = defineDetector({
  id: 'data_engineering',
  area: 'ml',
  rule: 'the repository has its own data-transformation step outside notebooks: modules or jobs that load, transform (join, aggregate, compute features, clean) and write data with pandas, polars, Dask, PySpark, DuckDB, SQL transformation files or dbt; ETL/ELT and streaming jobs. Cleaning done only in notebook cells, and ORM create/read/update/delete in a web app, do not count.',
  // A dbt project (`dbt_project.yml`, dbt's config file) counts as a file.
  uses: 'declared',
  toolFiles: true,
  detect: detectDataEngineering,
});
