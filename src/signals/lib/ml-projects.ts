// Whether a project of the repository does any ML at all (pipeline_orchestration:
// "the ML workflow is a pipeline of steps"). A flow or DAG in a project with
// no model training or inference, no ML or LLM library, no LLM call and no
// experiment tracking orchestrates data jobs, not an ML workflow. Generous on
// purpose: one ML file anywhere in the project (a notebook too) is enough.
import { TOOLS } from '../../catalog/index.js';
import type { SignalId } from '../ids.js';
import { importTarget, type DetectContext, type PyFile } from '../context.js';
import { matchesAny } from '../../catalog/index.js';
import { usesModel } from './data-jobs.js';
import { numpyModelClasses } from './numpy-models.js';
import { runsModel } from './web-api.js';

/** Signals whose tools are ML work: models, LLMs, their tracking, tuning, monitoring and evaluation. */
const ML_WORK: readonly SignalId[] = [
  'classical_ml',
  'deep_learning',
  'hf_transformers',
  'experiment_tracking',
  'model_registry',
  'hyperparameter_tuning',
  'drift_monitoring',
  'llm_integration',
  'rag',
  'llm_evals',
  'agents_tool_use',
  'guardrails',
];

let mlImports: string[] | undefined;

function mlImportPatterns(): string[] {
  mlImports ??= TOOLS.filter((t) => t.signals.some((s) => ML_WORK.includes(s))).flatMap((t) => t.imports);
  return mlImports;
}

/** The file uses an ML tool (an import it uses), loads or runs a model or an LLM, or trains or predicts with one. */
export function doesMl(file: PyFile): boolean {
  const patterns = mlImportPatterns();
  const imported = file.facts.imports.some((i) => !i.unused && (matchesAny(i.module, patterns) || matchesAny(importTarget(i), patterns)));
  return imported || runsModel(file) || usesModel(file);
}

const CACHE = new WeakMap<DetectContext, Set<string>>();

/** The projects (DetectContext.projectOf) holding ML work in their own files, notebooks included, tests not. */
export function mlProjects(ctx: DetectContext): Set<string> {
  let out = CACHE.get(ctx);
  if (!out) {
    out = ctx.projectsWhere((f) => !f.test && !f.path.endsWith('.pyi') && doesMl(f));
    for (const e of numpyModelClasses(ctx)) out.add(ctx.projectOf(e.path));
    CACHE.set(ctx, out);
  }
  return out;
}
