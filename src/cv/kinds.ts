// What kind of tool a skill is, in words a reader knows ("web framework",
// "experiment tracker", "pipeline orchestrator"): an interview question about
// a claim names the tool's own kind, never a default such as "MLOps tool"
// (a FastAPI claim is a web framework, not an MLOps tool).
import type { SkillCategory } from './types.js';

/** The kind of a catalogue tool, from the first of its signals listed here. */
const SIGNAL_KIND: Record<string, string> = {
  tests: 'test framework',
  lint_typecheck: 'linter or type checker',
  ci: 'CI service',
  containerized: 'container tool',
  infra_as_code: 'infrastructure or deployment tool',
  serving_api: 'model-serving framework',
  demo_ui: 'demo app framework',
  experiment_tracking: 'experiment tracker',
  model_registry: 'model registry',
  data_versioning: 'data-versioning tool',
  pipeline_orchestration: 'pipeline orchestrator',
  drift_monitoring: 'drift-monitoring library',
  observability: 'observability tool',
  data_validation: 'data-validation library',
  data_engineering: 'data-transformation tool',
  classical_ml: 'ML library',
  hyperparameter_tuning: 'hyperparameter-tuning library',
  model_evaluation: 'model-evaluation library',
  deep_learning: 'deep-learning framework',
  hf_transformers: 'Hugging Face library',
  llm_integration: 'LLM SDK',
  rag: 'vector store or index',
  llm_evals: 'LLM evaluation tool',
  guardrails: 'LLM guardrails library',
  agents_tool_use: 'agent framework',
  prompt_management: 'prompt-management tool',
};

/** A web tool's signals say what it serves: web apps, not models. */
const WEB_SIGNAL_KIND: Record<string, string> = { serving_api: 'web framework', demo_ui: 'demo app framework' };

/** The kind of a skill nothing more specific describes. */
const CATEGORY_KIND: Record<SkillCategory, string> = {
  ml: 'ML library',
  'deep-learning': 'deep-learning library',
  data: 'data tool',
  mlops: 'ML platform',
  llm: 'LLM tool',
  engineering: 'engineering tool',
  cloud: 'cloud service',
  language: 'programming language',
  web: 'web or mobile technology',
  other: 'tool',
};

/**
 * A skill's kind: the lexicon's own `kind` when it gives one, else what the
 * catalogue tool's signals say (read as web signals for a web tool), else
 * its category's.
 */
export function kindOf(category: SkillCategory, signals: readonly string[], explicit?: string): string {
  if (explicit) return explicit;
  const bySignal = category === 'web' ? WEB_SIGNAL_KIND : SIGNAL_KIND;
  return signals.map((s) => bySignal[s]).find(Boolean) ?? CATEGORY_KIND[category];
}
