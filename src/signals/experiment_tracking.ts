// A bare `import mlflow` is not tracking: an import used only to load a
// model (`mlflow.pyfunc.load_model`) or read a registry records no run. Only
// calls that record a run count; a declared package without them is a hint.
// LangSmith evaluation experiments are llm_evals, not experiment tracking.
// MLflow's LLM tracing (`mlflow.openai.autolog()`, `@mlflow.trace`) records
// traces, not runs (observability's); the experiment a tracing file sets is
// where its traces go, so there `set_experiment` is no run either.
import { MLFLOW_EXPERIMENT_CHOICE, MLFLOW_TRACED_FLAVOURS, MLFLOW_TRACING, REPORT_TO, TRACKING_PATTERNS } from '../catalog/tools/mlops-calls.js';
import { matchesAny } from '../catalog/index.js';
import type { ConfigFact } from '../parse/types.js';
import type { DetectContext } from './context.js';
import { defineDetector } from './define.js';
import { codeEvidence, configEvidence } from './evidence.js';
import { shellCommands } from './lib/shell.js';
import type { Evidence } from './types.js';

export const experimentTracking = defineDetector({
  id: 'experiment_tracking',
  area: 'mlops',
  rule: 'runs are tracked: MLflow (`mlflow.log_*`, `mlflow.start_run`, autolog), Weights & Biases (`wandb.init`), Neptune, Comet, ClearML, Aim, DVCLive, Sacred, or a framework logger for one of them configured in code or config (e.g. Lightning\'s `WandbLogger`) with its package declared. TensorBoard alone does not count; a logger whose package is commented out does not count.',
  // The trackers' own `calls` record a run; so do MlflowClient methods and framework loggers (TRACKING_PATTERNS),
  // and trainers configured to report to a tracker: `report_to` / `log_with` in code, config or a launch command.
  uses: 'call',
  patterns: TRACKING_PATTERNS,
  detect: (ctx, found) => [...withoutTraceDestinations(ctx, found), ...reportTo(ctx), ...configuredLoggers(ctx), ...launchedTrackers(ctx)],
});

/** Files that trace with MLflow: an LLM flavour's autolog, or spans and traced functions. */
function mlflowTracingFiles(ctx: DetectContext): Set<string> {
  const tracing = (name: string): boolean => MLFLOW_TRACED_FLAVOURS.test(name) || matchesAny(name, MLFLOW_TRACING);
  return new Set(
    ctx.python
      .filter((f) => f.facts.calls.some((c) => tracing(c.name)) || f.facts.functions.some((fn) => fn.decorators.some((d) => tracing(d.name))))
      .map((f) => f.path),
  );
}

/** The evidence less `mlflow.set_experiment()` in files that trace with MLflow: the traces' destination records no run. */
function withoutTraceDestinations(ctx: DetectContext, found: Evidence[]): Evidence[] {
  const choice = new Set(MLFLOW_EXPERIMENT_CHOICE.map((n) => `${n}()`));
  if (!found.some((e) => choice.has(e.match))) return found;
  const tracing = mlflowTracingFiles(ctx);
  return found.filter((e) => !(choice.has(e.match) && tracing.has(e.path)));
}

/**
 * The keywords that name the trackers a trainer reports to: Hugging Face
 * `TrainingArguments(report_to=...)`, Accelerate's `Accelerator(log_with=...)`
 * and TRL configs that pass it on.
 */
const REPORT_KWARGS = ['report_to', 'log_with'];

/** `TrainingArguments(report_to="wandb")`, `Accelerator(log_with="wandb")`: the tracker's package must be there too. */
function reportTo(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  // Every call of the repository, in order, read directly (the name index would first list them all).
  for (const { path, facts } of ctx.python) {
    for (const fact of facts.calls) {
      const kwarg = REPORT_KWARGS.find((k) => fact.kwargs.includes(k));
      if (!kwarg) continue;
      const tool = fact.strings.map((s) => REPORT_TO[s]).find(Boolean);
      if (!tool || !(ctx.usesTool(tool) || ctx.declaresTool(tool))) continue;
      out.push(codeEvidence(path, fact, `${fact.name}(${kwarg}="${fact.strings.find((s) => REPORT_TO[s])}")`, 'call', tool));
    }
  }
  return out;
}

/**
 * `--report_to wandb`, `--report_to=mlflow`, `--log_with wandb` (and the
 * dashed spellings) on a command in a shell script or Makefile: the training
 * script is launched reporting to a tracker, as HfArgumentParser and
 * Accelerate read those flags. The tracker's package must be used or declared.
 */
const LAUNCH_FLAG = /^--(report[_-]to|log[_-]with)(?:=(.*))?$/;

/** The trackers a command's flags name, read from its words (text an `echo` prints is one word, not a flag). */
function launchFlags(words: readonly string[]): { flag: string; value: string }[] {
  const out: { flag: string; value: string }[] = [];
  for (let i = 1; i < words.length; i++) {
    const m = LAUNCH_FLAG.exec(words[i]);
    const value = m ? (m[2] ?? words[i + 1]) : undefined;
    if (m && value !== undefined && /^[A-Za-z_]+$/.test(value)) out.push({ flag: m[1], value });
  }
  return out;
}

function launchedTrackers(ctx: DetectContext): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const command of file.commands ?? []) {
      const flags = shellCommands(command.text).flatMap((c) => launchFlags(c.words));
      const found = flags.find(({ value }) => Object.hasOwn(REPORT_TO, value) && (ctx.usesTool(REPORT_TO[value]) || ctx.declaresTool(REPORT_TO[value])));
      if (found) out.push(configEvidence(file.path, command, `--${found.flag} ${found.value}`, REPORT_TO[found.value]));
    }
  }
  return out;
}

/**
 * A framework logger configured in a config file rather than in code, as the
 * code would construct it: a Hydra `_target_` or LightningCLI `class_path`
 * naming a tracker's logger (`lightning.pytorch.loggers.WandbLogger`) counts
 * when the tracker's package is declared. Templates ship configs for every
 * logger, and guard an `import wandb` with `find_spec`; the declaration is
 * what says this project uses one.
 */
function configuredLoggers(ctx: DetectContext): Evidence[] {
  const loggers = TRACKING_PATTERNS.filter((p) => p.needsPackage && ctx.declaresTool(p.tool));
  const out: Evidence[] = [];
  for (const file of ctx.files) {
    for (const config of file.configs ?? []) {
      if (config.key === 'report_to') {
        const e = configuredReportTo(ctx, file.path, config);
        if (e) out.push(e);
        continue;
      }
      if (config.key !== 'hydra:target' && config.key !== 'lightning:class_path') continue;
      const logger = loggers.find((p) => matchesAny(config.text, p.calls ?? []));
      const key = config.key === 'hydra:target' ? '_target_' : 'class_path';
      if (logger) out.push(configEvidence(file.path, config, `${key}: ${config.text}`, logger.tool));
    }
  }
  return out;
}

/**
 * A training config's `report_to` (parse/report-to.ts) naming a tracker, as
 * `TrainingArguments(report_to=...)` does in code: the tracker's package must
 * be declared or used. `none`, `all` and `tensorboard` name no tracker.
 */
function configuredReportTo(ctx: DetectContext, path: string, config: ConfigFact): Evidence | undefined {
  const tool = REPORT_TO[config.text];
  if (!tool || !(ctx.usesTool(tool) || ctx.declaresTool(tool))) return undefined;
  return configEvidence(path, config, `report_to: ${config.text}`, tool);
}
