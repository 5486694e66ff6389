// signals.md › custom_training_loop: the author writes a training loop: loss.backward() with optimizer.step(), tf.GradientTape, a JAX gradient update, or a Lightning training_step; .fit() or Trainer(...).train() alone does not count.
import { defineDetector } from './define.js';

export const customTrainingLoop = defineDetector({
  id: 'custom_training_loop',
  area: 'ml',
});
