// signals.md › serving_api: a model, an ML function or an LLM pipeline is exposed over a network API: FastAPI, Flask, Django REST, BentoML, Ray Serve, TorchServe handlers, Triton model repository, KServe / Seldon predictors, ...
import { defineDetector } from './define.js';

export const servingApi = defineDetector({
  id: 'serving_api',
  area: 'deployment',
});
