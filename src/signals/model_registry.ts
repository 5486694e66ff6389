// Loading a model from a run or a local file is not a registry; a folder or
// module merely named "registry" is not one either. A model uploaded to a Hub
// model repository counts in code (lib/hub-uploads.ts), by the `hf upload`
// CLI in a script, Makefile or CI step (lib/hub-cli-uploads.ts), and by a
// Hugging Face trainer that trains with arguments set to push to the Hub
// (`TrainingArguments(push_to_hub=True)`, lib/hub-trainer-pushes.ts).
import { MODEL_FILE, REGISTRY_MANIFESTS, REGISTRY_PATTERNS } from '../catalog/tools/mlops-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { configEvidence, fileEvidence } from './evidence.js';
import { dvcStages } from './lib/dvc.js';
import { hubCliUploads } from './lib/hub-cli-uploads.js';
import { hubTrainerPushes } from './lib/hub-trainer-pushes.js';
import { hubModelUploads } from './lib/hub-uploads.js';
import type { Evidence } from './types.js';

export const modelRegistry = defineDetector({
  id: 'model_registry',
  area: 'mlops',
  rule: 'models are versioned as artefacts: MLflow model registry (`register_model`, `models:/`), W&B artifacts, DVC-tracked model files, Hugging Face Hub `push_to_hub`, BentoML model store, SageMaker model packages.',
  // MLflow, W&B and BentoML do other jobs too: only their registry calls count (REGISTRY_PATTERNS).
  uses: 'declared',
  patterns: REGISTRY_PATTERNS,
  detect: (ctx, found) => [...found, ...hubModelUploads(ctx), ...hubTrainerPushes(ctx), ...hubCliUploads(ctx, 'model'), ...dvcModels(ctx), ...manifests(ctx)],
});

/** Model files whose versions DVC keeps: `dvc.yaml` outs, DVC artifacts of type model, `*.dvc` files. */
function dvcModels(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const { file, stage } of dvcStages(ctx)) {
    const models = stage.outs.filter((p) => MODEL_FILE.test(p));
    if (models.length > 0) out.push(configEvidence(file.path, stage, `${stage.name} outs: ${models.join(', ')}`, 'dvc'));
  }
  for (const file of ctx.ofFormat('dvc')) {
    for (const c of file.configs ?? []) {
      if (c.key === 'dvc:artifacts' && /\(type: model\)/.test(c.text)) out.push(configEvidence(file.path, c, c.text, 'dvc'));
    }
  }
  for (const file of ctx.matching(['**/*.dvc'])) {
    if (MODEL_FILE.test(file.path.replace(/\.dvc$/, ''))) out.push(fileEvidence(file.path, 'DVC-tracked model file', 'dvc'));
  }
  return out;
}

function manifests(ctx: DetectContext): Evidence[] {
  return ctx.files.flatMap((f) =>
    (f.manifests ?? []).filter((m) => REGISTRY_MANIFESTS.includes(m.kind)).map((m) => configEvidence(f.path, m, m.text)),
  );
}
