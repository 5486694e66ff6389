// Ids shared by every stage and by the store, server and web app: signal ids
// (../shared/signals.md order), areas, competencies, red flags, user roles and
// the ids of stored entities. Unions come from const data (no enums).
import { z } from 'zod';

/** The signal ids of ../shared/signals.md, in its order (src/signals/catalogue.test.ts checks them). */
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
export const SignalId = z.enum(SIGNAL_IDS);
export type SignalId = z.infer<typeof SignalId>;

export const AREAS = ['engineering', 'deployment', 'mlops', 'ml', 'llm', 'authorship'] as const;
export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;

export const AREA_TITLES: Record<Area, string> = {
  engineering: 'Engineering basics',
  deployment: 'Deployment and infrastructure',
  mlops: 'MLOps',
  ml: 'Machine learning and data',
  llm: 'LLM and generative AI',
  authorship: 'Authorship',
};

export const COMPETENCY_IDS = [
  'ml_fundamentals',
  'framework_depth',
  'data_engineering',
  'mlops_production',
  'llm_genai',
  'engineering_basics',
] as const;
export const CompetencyId = z.enum(COMPETENCY_IDS);
export type CompetencyId = z.infer<typeof CompetencyId>;

export const RED_FLAG_IDS = [
  'notebook_only',
  'no_deployment',
  'no_tests',
  'no_monitoring',
  'keyword_cv',
  'hidden_text',
  'forked_or_copied',
  'web_without_ml',
  'stale_portfolio',
] as const;
export const RedFlagId = z.enum(RED_FLAG_IDS);
export type RedFlagId = z.infer<typeof RedFlagId>;

/**
 * The red flags' titles. A flag drawn from what the repositories lack speaks only of the repositories screened:
 * the candidate's other and private work was not seen (real-people review: "No deployment anywhere" for a researcher
 * whose four screened repositories are paper code). The web app shows them too (scripts/web-labels.ts).
 */
export const RED_FLAG_TITLES = {
  notebook_only: 'Notebooks only in the repositories screened',
  no_deployment: 'No deployment in the repositories screened',
  no_tests: 'No Python tests in the repositories screened',
  no_monitoring: 'No drift handling or monitoring in the repositories screened',
  keyword_cv: 'Claims without evidence or context (keyword CV)',
  hidden_text: 'Hidden text in the CV',
  forked_or_copied: 'Code mostly by other identities',
  web_without_ml: 'Web Python without ML in the repositories screened',
  stale_portfolio: 'No recent commits in the repositories screened',
} as const satisfies Record<RedFlagId, string>;

/** Accounts of the team app: an admin manages users; a recruiter manages roles and candidates; an interviewer sees only their assignments. */
export const USER_ROLES = ['admin', 'recruiter', 'interviewer'] as const;
export const UserRole = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRole>;

/**
 * The id of a stored entity (user, role, candidate, file, job, scorecard):
 * opaque, URL-safe, 1–64 characters, chosen by the store.
 */
export const EntityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id is letters, digits, _ and -');
export type EntityId = z.infer<typeof EntityId>;
export const UserId = EntityId;
export type UserId = EntityId;
export const RoleId = EntityId;
export type RoleId = EntityId;
export const CandidateId = EntityId;
export type CandidateId = EntityId;
export const FileId = EntityId;
export type FileId = EntityId;
export const JobId = EntityId;
export type JobId = EntityId;
