// Also W&B dataset artifacts and datasets pushed to the Hugging Face Hub (in
// code, or with the `hf upload` CLI: lib/hub-cli-uploads.ts): both keep every
// version of the data, as DVC does.
import {
  DATA_VERSION_PATTERNS,
  DATASET_CONTEXT,
  DATASET_VERSION_FUNCTION,
  LFS_DATA,
  LFS_TEMPLATE_RULES,
  MODEL_FILE,
  TRACKER_IMPORTS,
  TRACKER_LOGS,
} from '../catalog/tools/mlops-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { isFixturePath, isTestPath } from './py-files.js';
import { callEvidence, importsAny } from './lib/code.js';
import { dvcStages } from './lib/dvc.js';
import { hubCliUploads } from './lib/hub-cli-uploads.js';
import type { Evidence } from './types.js';

export const dataVersioning = defineDetector({
  id: 'data_versioning',
  area: 'mlops',
  rule: 'data is versioned: DVC (`dvc.yaml`, `*.dvc`, `.dvc/`), lakeFS, Delta Lake / Iceberg time travel, Pachyderm, git-lfs for datasets.',
  // DVC's own files (`dvc.yaml`, `dvc.lock`, `*.dvc`, `.dvc/config`) are its config files.
  uses: 'import',
  toolFiles: true,
  patterns: DATA_VERSION_PATTERNS,
  detect: (ctx, found) => [...found, ...dvcDataOutputs(ctx), ...lfsData(ctx), ...handWrittenVersions(ctx), ...hubCliUploads(ctx, 'dataset'), ...sqlTimeTravel(ctx)],
});

/**
 * Dataset snapshots the project versions itself (borderline): a function
 * named for dataset versions or snapshots, and the version or manifest
 * recorded in an experiment tracker from code about the dataset.
 */
function handWrittenVersions(ctx: DetectContext): Evidence[] {
  const own = ctx.sourceFiles;
  const versions = own.flatMap((file) => file.facts.functions.filter((fn) => DATASET_VERSION_FUNCTION.test(fn.name)).map((fn) => ({ file, fn })));
  if (versions.length === 0) return [];
  for (const file of own.filter((f) => importsAny(f, TRACKER_IMPORTS))) {
    const log = file.facts.calls.find((c) => TRACKER_LOGS.test(c.name) && (DATASET_CONTEXT.test(c.inFunction ?? '') || c.strings.some((s) => DATASET_CONTEXT.test(s))));
    if (log) return [codeEvidence(versions[0].file.path, versions[0].fn, `def ${versions[0].fn.name}`, 'function'), callEvidence(file, log)];
  }
  return [];
}

/**
 * Delta Lake / Iceberg time travel in SQL scripts (parse/sql.ts `time-travel`
 * facts; Databricks SQL notebooks exported as `.sql` among them): a table read
 * or restored at an old version or time. Tests and fixtures are not the project's data.
 */
function sqlTimeTravel(ctx: DetectContext): Evidence[] {
  return ctx
    .ofFormat('sql')
    .filter((f) => !isTestPath(f.path) && !isFixturePath(f.path))
    .flatMap((f) => (f.sql ?? []).filter((s) => s.kind === 'time-travel').map((s) => configEvidence(f.path, s, s.text, 'delta-lake')));
}

/** The data outputs that `dvc.yaml` stages cache (and version). */
function dvcDataOutputs(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const { file, stage } of dvcStages(ctx)) {
    // Metrics, plots and models are outputs too; data outputs are what this signal is about.
    const data = stage.outs.filter((o) => !MODEL_FILE.test(o) && !/metrics?|plots?|scores?|eval/i.test(o));
    if (data.length > 0) out.push(configEvidence(file.path, stage, `${stage.name} outs: ${data.join(', ')}`, 'dvc'));
  }
  return out;
}

/**
 * `.gitattributes` rules that put data files or data folders in Git LFS. A
 * file with many rules is a blanket template (the Hugging Face default lists
 * `*.parquet` among 30 others): there only data folders count.
 */
function lfsData(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.matching(['**/.gitattributes'])) {
    const rules = (file.configs ?? []).filter((c) => c.key.startsWith('lfs:'));
    const template = rules.length > LFS_TEMPLATE_RULES;
    for (const rule of rules) {
      const pattern = rule.key.slice(4);
      if (LFS_DATA.test(pattern) && (!template || pattern.includes('/'))) out.push(configEvidence(file.path, rule, rule.text, 'git-lfs'));
    }
  }
  return out;
}
