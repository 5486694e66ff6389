// signals.md › deep_learning: PyTorch, TensorFlow/Keras, JAX/Flax, PyTorch Lightning, fastai are used to build, train, fine-tune or run neural-network models.
import { defineDetector } from './define.js';

export const deepLearning = defineDetector({
  id: 'deep_learning',
  area: 'ml',
});
