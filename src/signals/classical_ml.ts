// A model is fitted when one of the tools' model classes or training
// functions is called (the catalogue's `calls`: `RandomForestClassifier(...)`,
// `xgb.train`, `smf.ols`), or a model class is imported into a file that
// calls `.fit()`. Metrics, splits, scalers and encoders alone fit no model.
import { getTool, toolsFor } from '../catalog/index.js';
import { NOT_A_FIT } from '../catalog/tools/ml-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import type { Evidence } from './types.js';

const FIT = /(^|\.)(fit|fit_predict|partial_fit)$/;

/** Model classes imported into a file that fits something (`models = [SVC, RandomForestClassifier]` then `m().fit(...)`). */
function importedModelsFitted(ctx: DetectContext): Evidence[] {
  const fitting = ctx.python.filter((file) => file.facts.calls.some((c) => FIT.test(c.name)));
  if (fitting.length === 0) return [];
  const out: Evidence[] = [];
  for (const id of toolsFor('classical_ml')) {
    if (ctx.isShadowed(id)) continue;
    const patterns = getTool(id).calls ?? [];
    for (const { path, fact } of ctx.imports(patterns, fitting)) out.push(codeEvidence(path, fact, fact.text, 'import', id));
  }
  return out;
}

export const classicalMl = defineDetector({
  id: 'classical_ml',
  area: 'ml',
  rule: 'scikit-learn, XGBoost, LightGBM, CatBoost, statsmodels are used to fit models.',
  uses: 'call',
  detect: (ctx, found) => [...found.filter((e) => !NOT_A_FIT.test(e.match.replace(/\(\)$/, ''))), ...importedModelsFitted(ctx)],
});
