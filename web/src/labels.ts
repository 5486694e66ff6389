// Names readers see for the model's ids, typed so a new id cannot be
// forgotten. The web app imports only types from src/model: titles that
// src/model defines (red flags, interview red flags, the recommendation order) come
// from labels.generated.ts, written from it by scripts/gen-web-labels.ts.
import * as generated from './labels.generated.js';
import type { CandidateStatus, CompetencyId, InterviewRedFlag, Recommendation, RedFlagId, SignalId, UserRole } from './types.js';

export const COMPETENCIES = {
  ml_fundamentals: 'ML fundamentals',
  framework_depth: 'Framework depth',
  data_engineering: 'Data engineering',
  mlops_production: 'MLOps and production',
  llm_genai: 'LLM and generative AI',
  engineering_basics: 'Engineering basics',
} as const satisfies Record<CompetencyId, string>;

export const COMPETENCY_IDS = Object.keys(COMPETENCIES) as CompetencyId[];

/** Column heads of the comparison table. */
export const COMPETENCY_SHORT = {
  ml_fundamentals: 'ML',
  framework_depth: 'Depth',
  data_engineering: 'Data',
  mlops_production: 'MLOps',
  llm_genai: 'LLM',
  engineering_basics: 'Eng',
} as const satisfies Record<CompetencyId, string>;

export const RED_FLAGS = generated.RED_FLAG_TITLES satisfies Record<RedFlagId, string>;

export const INTERVIEW_FLAGS = generated.INTERVIEW_FLAGS satisfies Record<InterviewRedFlag, string>;

export const SIGNALS = {
  notebook_only: 'Notebook-only',
  python_package: 'Python package',
  pinned_dependencies: 'Pinned dependencies',
  tests: 'Tests',
  ci: 'Continuous integration',
  lint_typecheck: 'Lint and type check',
  type_hints: 'Type hints',
  containerized: 'Containerised',
  serving_api: 'Serving API',
  demo_ui: 'Demo UI',
  infra_as_code: 'Infrastructure as code',
  experiment_tracking: 'Experiment tracking',
  model_registry: 'Model registry',
  data_versioning: 'Data versioning',
  pipeline_orchestration: 'Pipeline orchestration',
  automated_retraining: 'Automated retraining',
  drift_monitoring: 'Drift monitoring',
  observability: 'Observability',
  data_validation: 'Data validation',
  classical_ml: 'Classical ML',
  deep_learning: 'Deep learning',
  hf_transformers: 'Hugging Face Transformers',
  data_engineering: 'Data engineering',
  hyperparameter_tuning: 'Hyperparameter tuning',
  model_evaluation: 'Model evaluation',
  custom_model_code: 'Custom model code',
  custom_training_loop: 'Custom training loop',
  llm_integration: 'LLM integration',
  rag: 'Retrieval-augmented generation',
  llm_evals: 'LLM evaluations',
  guardrails: 'Guardrails',
  agents_tool_use: 'Agents and tool use',
  prompt_management: 'Prompt management',
  candidate_authored: 'Written by the candidate',
  fork_or_copy: 'Fork or copy',
} as const satisfies Record<SignalId, string>;

export const SIGNAL_IDS = Object.keys(SIGNALS) as SignalId[];

export const RECOMMENDATIONS = {
  'strong-no': 'Strong no',
  no: 'No',
  yes: 'Yes',
  'strong-yes': 'Strong yes',
} as const satisfies Record<Recommendation, string>;

export const RECOMMENDATION_ORDER: readonly Recommendation[] = generated.RECOMMENDATION_ORDER;

export const STATUSES = {
  new: 'Not screened',
  screening: 'Screening',
  screened: 'Screened',
  failed: 'Failed',
} as const satisfies Record<CandidateStatus, string>;

export const USER_ROLES = {
  admin: 'Admin',
  recruiter: 'Recruiter',
  interviewer: 'Interviewer',
} as const satisfies Record<UserRole, string>;

/** The 1–4 rubric's anchors (docs/interviews.md). */
export const RATINGS: Record<1 | 2 | 3 | 4, string> = {
  1: 'Well below the bar',
  2: 'Below the bar',
  3: 'Meets the bar',
  4: 'Exceeds the bar',
};

export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
