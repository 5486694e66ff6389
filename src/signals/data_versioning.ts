// Also W&B dataset artifacts and datasets pushed to the Hugging Face Hub:
// both keep every version of the data, as DVC does.
import { DATA_VERSION_PATTERNS, LFS_DATA, LFS_TEMPLATE_RULES, MODEL_FILE } from '../catalog/tools/mlops-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { configEvidence } from './evidence.js';
import { dvcStages } from './lib/dvc.js';
import type { Evidence } from './types.js';

export const dataVersioning = defineDetector({
  id: 'data_versioning',
  area: 'mlops',
  rule: 'data is versioned: DVC (`dvc.yaml`, `*.dvc`, `.dvc/`), lakeFS, Delta Lake / Iceberg time travel, Pachyderm, git-lfs for datasets.',
  // DVC's own files (`dvc.yaml`, `dvc.lock`, `*.dvc`, `.dvc/config`) are its config files.
  uses: 'import',
  toolFiles: true,
  patterns: DATA_VERSION_PATTERNS,
  detect: (ctx, found) => [...found, ...dvcDataOutputs(ctx), ...lfsData(ctx)],
});

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
