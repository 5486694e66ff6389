// signals.md › classical_ml: scikit-learn, XGBoost, LightGBM, CatBoost, statsmodels are used to fit models.
// A model is fitted when one of their model classes or training functions is
// called (the catalogue's `calls`: `RandomForestClassifier(...)`, `xgb.train`,
// `smf.ols`), or a model class is imported into a file that calls `.fit()`.
// Metrics, splits, scalers and encoders alone fit no model.
import { getTool } from '../catalog/index.js';
import { CLASSICAL_TOOLS, NOT_A_FIT } from '../catalog/tools/ml-calls.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence } from './evidence.js';
import { isShadowed, orHints, toolUses } from './helpers/ml.js';
import type { Evidence } from './types.js';

const FIT = /(^|\.)(fit|fit_predict|partial_fit)$/;

/** Model classes imported into a file that fits something (`models = [SVC, RandomForestClassifier]` then `m().fit(...)`). */
function importedModelsFitted(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const id of CLASSICAL_TOOLS) {
    if (isShadowed(ctx, id)) continue;
    const patterns = getTool(id).calls ?? [];
    for (const file of ctx.python) {
      if (!file.facts.calls.some((c) => FIT.test(c.name))) continue;
      for (const { fact } of ctx.imports(patterns, [file])) out.push(codeEvidence(file.path, fact, fact.text, 'import', id));
    }
  }
  return out;
}

function detectClassicalMl(ctx: DetectContext): Evidence[] {
  const calls = toolUses(ctx, CLASSICAL_TOOLS, (e) => e.kind === 'call' && !NOT_A_FIT.test(e.match.replace(/\(\)$/, '')));
  const fitted = [...calls, ...importedModelsFitted(ctx)];
  return orHints(ctx, fitted, CLASSICAL_TOOLS);
}

export const classicalMl = defineDetector({
  id: 'classical_ml',
  area: 'ml',
  tools: [],
  detect: detectClassicalMl,
});
