// signals.md › data_versioning: data is versioned: DVC (dvc.yaml, *.dvc, .dvc/), lakeFS, Delta Lake / Iceberg time travel, Pachyderm, git-lfs for datasets.
// Also W&B dataset artifacts and datasets pushed to the Hugging Face Hub:
// both keep every version of the data, as DVC does.
import { DATA_VERSION_PATTERNS, LFS_DATA, LFS_TEMPLATE_RULES, MODEL_FILE } from '../catalog/tools/mlops-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { configEvidence, fileEvidence } from './evidence.js';
import { declaredHints, dvcStages, importUses, patternUses } from './helpers/mlops.js';
import type { Evidence } from './types.js';

const TOOLS = ['dvc', 'lakefs', 'pachyderm', 'dolt', 'quilt', 'oxen'];

export const dataVersioning = defineDetector({
  id: 'data_versioning',
  area: 'mlops',
  tools: [],
  detect(ctx) {
    const found = [...dvcFiles(ctx), ...importUses(ctx, TOOLS), ...patternUses(ctx, DATA_VERSION_PATTERNS), ...lfsData(ctx)];
    return [...found, ...declaredHints(ctx, TOOLS, found)];
  },
});

/** DVC's own files: `dvc.yaml` (and the outputs its stages cache), `dvc.lock`, `*.dvc`, `.dvc/config`. */
function dvcFiles(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const f of ctx.matching(['**/dvc.yaml', '**/dvc.yml', '**/dvc.lock', '**/*.dvc', '**/.dvc/config'])) {
    out.push(fileEvidence(f.path, 'DVC file', 'dvc'));
  }
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
