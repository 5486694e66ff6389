// Bases are resolved through imports (`nn.Module` after `from torch import
// nn` is `torch.nn.Module`), and a subclass of the author's own model class
// counts too (one level of local inheritance), as does a model written from
// scratch in NumPy (lib/numpy-models.ts). Test doubles do not count.
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { classEvidence, modelClasses } from './lib/models.js';
import { numpyModelClasses } from './lib/numpy-models.js';
import type { Evidence } from './types.js';

/** Subclasses of the author's own model classes shown beside the direct ones: enough to see the pattern. */
const MAX_INHERITED = 3;

function detectCustomModels(ctx: DetectContext): Evidence[] {
  const models = modelClasses(ctx);
  const inherited = models.filter((m) => m.inherited).slice(0, MAX_INHERITED);
  return [...[...models.filter((m) => !m.inherited), ...inherited].map(classEvidence), ...numpyModelClasses(ctx)];
}

export const customModelCode = defineDetector({
  id: 'custom_model_code',
  area: 'ml',
  rule: 'the author defines model code of their own rather than only calling a high-level API: an `nn.Module` subclass with `forward`, a Keras `Model`/`Layer` subclass, a Flax module, or a scikit-learn `BaseEstimator`/`TransformerMixin` subclass.',
  detect: detectCustomModels,
});
