// signals.md › custom_model_code: the author defines model code of their own rather than only calling a high-level API: an nn.Module subclass with forward, a Keras Model/Layer subclass, a Flax module, or a scikit-learn BaseEstimato...
import { defineDetector } from './define.js';

export const customModelCode = defineDetector({
  id: 'custom_model_code',
  area: 'ml',
});
