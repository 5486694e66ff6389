// The signal ids of ../shared/signals.md, in its order. A conformance test
// (catalogue.test.ts) checks this list, the registry and the detector files
// against signals.md.
export const SIGNAL_IDS = [
  'notebook_only',
  'python_package',
  'pinned_dependencies',
  'tests',
  'ci',
  'lint_typecheck',
  'type_hints',
  'containerized',
  'serving_api',
  'demo_ui',
  'infra_as_code',
  'experiment_tracking',
  'model_registry',
  'data_versioning',
  'pipeline_orchestration',
  'automated_retraining',
  'drift_monitoring',
  'observability',
  'data_validation',
  'classical_ml',
  'deep_learning',
  'hf_transformers',
  'data_engineering',
  'hyperparameter_tuning',
  'model_evaluation',
  'custom_model_code',
  'custom_training_loop',
  'llm_integration',
  'rag',
  'llm_evals',
  'guardrails',
  'agents_tool_use',
  'prompt_management',
  'candidate_authored',
  'fork_or_copy',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export const AREAS = ['engineering', 'deployment', 'mlops', 'ml', 'llm', 'authorship'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_TITLES: Record<Area, string> = {
  engineering: 'Engineering basics',
  deployment: 'Deployment and infrastructure',
  mlops: 'MLOps',
  ml: 'Machine learning and data',
  llm: 'LLM and generative AI',
  authorship: 'Authorship',
};
