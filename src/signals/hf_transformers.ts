// Data only: an import or call of a Hugging Face library of the catalogue
// (signal `hf_transformers`). `import datasets` counts only when it is not
// the repository's own `datasets` module (or the package is declared).
import { defineDetector } from './define.js';

export const hfTransformers = defineDetector({
  id: 'hf_transformers',
  area: 'ml',
  rule: 'Hugging Face `transformers`, `datasets`, `peft`, `trl`, `sentence-transformers`, `diffusers`.',
  uses: 'import',
});
