// signals.md › data_validation: data flowing into training or inference is validated by a schema or expectations: Great Expectations, pandera, TFDV, deepchecks data checks, soda, or pydantic models of dataset records or model fea...
import { defineDetector } from './define.js';

export const dataValidation = defineDetector({
  id: 'data_validation',
  area: 'mlops',
});
