// A bare `import mlflow` is not tracking: an import used only to load a
// model (`mlflow.pyfunc.load_model`) or read a registry records no run. Only
// calls that record a run count; a declared package without them is a hint.
// LangSmith evaluation experiments are llm_evals, not experiment tracking.
import { REPORT_TO, TRACKING_PATTERNS } from '../catalog/tools/mlops-calls.js';
import { matchesAny } from '../catalog/index.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import type { Evidence } from './types.js';

export const experimentTracking = defineDetector({
  id: 'experiment_tracking',
  area: 'mlops',
  rule: 'runs are tracked: MLflow (`mlflow.log_*`, `mlflow.start_run`, autolog), Weights & Biases (`wandb.init`), Neptune, Comet, ClearML, Aim, DVCLive, Sacred, or a framework logger for one of them configured in code or config (e.g. Lightning\'s `WandbLogger`) with its package declared. TensorBoard alone does not count; a logger whose package is commented out does not count.',
  // The trackers' own `calls` record a run; so do MlflowClient methods and framework loggers (TRACKING_PATTERNS).
  uses: 'call',
  patterns: TRACKING_PATTERNS,
  detect: (ctx, found) => [...found, ...reportTo(ctx), ...configuredLoggers(ctx)],
});

/** Hugging Face `TrainingArguments(report_to="wandb")`: the tracker's package must be there too. */
function reportTo(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  // Every call of the repository, in order, read directly (the name index would first list them all).
  for (const { path, facts } of ctx.python) {
    for (const fact of facts.calls) {
      if (!fact.kwargs.includes('report_to')) continue;
      const tool = fact.strings.map((s) => REPORT_TO[s]).find(Boolean);
      if (!tool || !(ctx.usesTool(tool) || ctx.declaresTool(tool))) continue;
      out.push(codeEvidence(path, fact, `${fact.name}(report_to="${fact.strings.find((s) => REPORT_TO[s])}")`, 'call', tool));
    }
  }
  return out;
}

/**
 * A framework logger configured in a Hydra config (`_target_:
 * lightning.pytorch.loggers.WandbLogger`), as the code would construct it:
 * it counts when its tracker's package is declared. Templates ship configs
 * for every logger, and guard an `import wandb` with `find_spec`; the
 * declaration is what says this project uses one.
 */
function configuredLoggers(ctx: DetectContext): Evidence[] {
  const loggers = TRACKING_PATTERNS.filter((p) => p.needsPackage && ctx.declaresTool(p.tool));
  if (loggers.length === 0) return [];
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const config of file.configs ?? []) {
      if (config.key !== 'hydra:target') continue;
      const logger = loggers.find((p) => matchesAny(config.text, p.calls ?? []));
      if (logger) out.push(configEvidence(file.path, config, `_target_: ${config.text}`, logger.tool));
    }
  }
  return out;
}
