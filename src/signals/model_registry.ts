// signals.md › model_registry: models are versioned as artefacts: MLflow model registry (register_model, models:/), W&B artifacts, DVC-tracked model files, Hugging Face Hub push_to_hub, BentoML model store, SageMaker model packa...
import { defineDetector } from './define.js';

export const modelRegistry = defineDetector({
  id: 'model_registry',
  area: 'mlops',
});
