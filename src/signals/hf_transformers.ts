// signals.md › hf_transformers: Hugging Face transformers, datasets, peft, trl, sentence-transformers, diffusers.
import { defineDetector } from './define.js';

export const hfTransformers = defineDetector({
  id: 'hf_transformers',
  area: 'ml',
});
