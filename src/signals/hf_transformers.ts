// signals.md › hf_transformers: Hugging Face `transformers`, `datasets`, `peft`, `trl`, `sentence-transformers`, `diffusers`.
// Evidence: an import or call of one of them. `import datasets` counts only
// when it is not the repository's own `datasets` module (or the package is
// declared); a declaration alone is a hint.
import { HF_TOOLS } from '../catalog/tools/ml-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { orHints, toolUses } from './helpers/ml.js';
import type { Evidence } from './types.js';

function detectHfTransformers(ctx: DetectContext): Evidence[] {
  return orHints(ctx, toolUses(ctx, HF_TOOLS), HF_TOOLS);
}

export const hfTransformers = defineDetector({
  id: 'hf_transformers',
  area: 'ml',
  tools: [],
  detect: detectHfTransformers,
});
