// The registry: every detector, in signals.md order. catalogue.test.ts checks
// it against ../shared/signals.md and the files in this folder.
import { agentsToolUse } from './agents_tool_use.js';
import { automatedRetraining } from './automated_retraining.js';
import { candidateAuthored } from './candidate_authored.js';
import { ci } from './ci.js';
import { classicalMl } from './classical_ml.js';
import { containerized } from './containerized.js';
import { customModelCode } from './custom_model_code.js';
import { customTrainingLoop } from './custom_training_loop.js';
import { dataEngineering } from './data_engineering.js';
import { dataValidation } from './data_validation.js';
import { dataVersioning } from './data_versioning.js';
import { deepLearning } from './deep_learning.js';
import { demoUi } from './demo_ui.js';
import { driftMonitoring } from './drift_monitoring.js';
import { experimentTracking } from './experiment_tracking.js';
import { forkOrCopy } from './fork_or_copy.js';
import { guardrails } from './guardrails.js';
import { hfTransformers } from './hf_transformers.js';
import { hyperparameterTuning } from './hyperparameter_tuning.js';
import { infraAsCode } from './infra_as_code.js';
import { lintTypecheck } from './lint_typecheck.js';
import { llmEvals } from './llm_evals.js';
import { llmIntegration } from './llm_integration.js';
import { modelEvaluation } from './model_evaluation.js';
import { modelRegistry } from './model_registry.js';
import { notebookOnly } from './notebook_only.js';
import { observability } from './observability.js';
import { pinnedDependencies } from './pinned_dependencies.js';
import { pipelineOrchestration } from './pipeline_orchestration.js';
import { promptManagement } from './prompt_management.js';
import { pythonPackage } from './python_package.js';
import { rag } from './rag.js';
import { servingApi } from './serving_api.js';
import { tests } from './tests.js';
import { typeHints } from './type_hints.js';
import type { Detector } from './define.js';

export const DETECTORS: readonly Detector[] = [
  notebookOnly,
  pythonPackage,
  pinnedDependencies,
  tests,
  ci,
  lintTypecheck,
  typeHints,
  containerized,
  servingApi,
  demoUi,
  infraAsCode,
  experimentTracking,
  modelRegistry,
  dataVersioning,
  pipelineOrchestration,
  automatedRetraining,
  driftMonitoring,
  observability,
  dataValidation,
  classicalMl,
  deepLearning,
  hfTransformers,
  dataEngineering,
  hyperparameterTuning,
  modelEvaluation,
  customModelCode,
  customTrainingLoop,
  llmIntegration,
  rag,
  llmEvals,
  guardrails,
  agentsToolUse,
  promptManagement,
  candidateAuthored,
  forkOrCopy,
];
