// signals.md › classical_ml: scikit-learn, XGBoost, LightGBM, CatBoost, statsmodels are used to fit models.
import { defineDetector } from './define.js';

export const classicalMl = defineDetector({
  id: 'classical_ml',
  area: 'ml',
});
