// An evaluation of the author's own pointed at held-out data by its
// configuration (model_evaluation): a call outside tests that hands a path to
// a held-out split (`data/SCD_test.csv`, `.../train_set_5sec_val`,
// `splits/val/`) to an evaluation's configuration, by the call's or the bound
// name's words (`EvaluatorConfig(data_path=...)`, `eval_config =
// dict(csv_path=...)`), in a repository with an evaluation routine that runs
// and scores: a function named for evaluation (EVAL_FUNCTION_NAMES) that some
// other code calls (a method: its class is built or named somewhere, a
// registry config's `type=Evaler` too) and that either rolls an agent out
// over an environment, keeping what the steps return (lib/rollouts.ts), or
// computes an error by hand from two series (`mse = ((pred - orig) **
// 2).mean()`), itself or in a function of the repository it calls. A
// held-out path given to anything else (a training config, a download), a
// routine nothing calls, one that only predicts or plots, or metrics bound
// to names that are no metric, is no evaluation.
import { EVAL_FUNCTION_NAMES, OWN_METRIC } from '../../catalog/tools/ml-evaluation-calls.js';
import type { CallFact, FunctionFact } from '../../parse/types.js';
import type { PyFile } from '../context.js';
import { codeEvidence } from '../evidence.js';
import type { Evidence } from '../types.js';
import { callEvidence, callsIn, lastSegment } from './code.js';
import { isUsed, rolloutSteps } from './rollouts.js';

/** Words that name an evaluation's configuration or runner (`eval_config`, `EvaluatorConfig`, `val_settings`, `EEGEvaler`). */
const EVAL_WORDS = new Set(['eval', 'evaluate', 'evaluation', 'evaluator', 'evaler', 'validate', 'validation', 'validator', 'val', 'valid']);
/** A held-out split's word in a path's last part (`SCD_test.csv`, `train_set_5sec_val`, `val/`, `holdout-2020.parquet`). */
const HELD_OUT_PART = /(^|[_.-])(test|testing|val|valid|validation|holdout|heldout|held_out)([_.-]|$)/i;
/** Files that are code or settings, not data (`val.py`, `test.yaml`). */
const NOT_DATA = /\.(py|ipynb|sh|md|rst|ya?ml|toml|cfg|ini|html?|js|ts)$/i;

/** `EvaluatorConfig` → evaluator, config; `eval_config` → eval, config. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_.]/)
    .filter((w) => w !== '');
}

/** A string that is a path to held-out data: a folder or a data file whose last part has a held-out split's word. */
export function isHeldOutDataPath(s: string): boolean {
  if (!s.includes('/') || /\s/.test(s) || /^\w+:\/\//.test(s) || NOT_DATA.test(s)) return false;
  const last = s.replace(/\/+$/, '').split('/').pop() ?? '';
  return HELD_OUT_PART.test(last.replace(/\.\w+$/, ''));
}

/** A call that hands a held-out data path to an evaluation's configuration, by its name or the name it is bound to. */
function evaluationConfig(call: CallFact): boolean {
  const named = [lastSegment(call.name), ...(call.bound ?? [])].some((n) => words(n).some((w) => EVAL_WORDS.has(w)));
  return named && call.strings.some(isHeldOutDataPath);
}

/** An error computed by hand from two values and bound to a metric's name (`mse = ((pre - ori) ** 2).mean()`). */
function handError(calls: readonly CallFact[]): boolean {
  return calls.some((c) => new Set(c.compared ?? []).size >= 2 && (c.bound ?? []).some((b) => OWN_METRIC.test(b)));
}

/** Functions of the repository by name, outside tests. */
function functionsByName(files: readonly PyFile[]): Map<string, { file: PyFile; fn: FunctionFact }[]> {
  const by = new Map<string, { file: PyFile; fn: FunctionFact }[]>();
  for (const file of files) {
    if (file.test) continue;
    for (const fn of file.facts.functions) by.set(fn.name, [...(by.get(fn.name) ?? []), { file, fn }]);
  }
  return by;
}

function scopeOf(fn: FunctionFact): string {
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

/** The routine scores: a rollout whose results are kept, or an error by hand in its body or in a bare-named helper of the repository it calls. */
function scores(file: PyFile, fn: FunctionFact, by: Map<string, { file: PyFile; fn: FunctionFact }[]>): boolean {
  const calls = callsIn(file, scopeOf(fn));
  if (rolloutSteps(calls).length > 0 || handError(calls)) return true;
  return calls.some((c) => !c.name.includes('self.') && (by.get(lastSegment(c.name)) ?? []).some((h) => !h.fn.className && h.fn !== fn && handError(callsIn(h.file, scopeOf(h.fn)))));
}

/** Evaluation configurations given held-out data, with the repository's evaluation routines that run and score. */
export function evaluationConfigs(files: readonly PyFile[]): Evidence[] {
  const configs = files.flatMap((file) => (file.test ? [] : file.facts.calls.filter(evaluationConfig).map((c) => callEvidence(file, c))));
  if (configs.length === 0) return [];
  const by = functionsByName(files);
  const routines = files.flatMap((file) =>
    file.test ? [] : file.facts.functions.filter((fn) => EVAL_FUNCTION_NAMES.test(fn.name) && !fn.placeholder && scores(file, fn, by) && isUsed(fn, files)).map((fn) => codeEvidence(file.path, fn, `def ${scopeOf(fn)}()`, 'function')),
  );
  return routines.length > 0 ? [...configs, ...routines] : [];
}
