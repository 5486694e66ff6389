// Whether a repository shows its own deployment, said once for the claims
// matrix's `production` rung and the "no drift handling" red flag
// (docs/assessment.md). A container beside a web route is how a project is
// run on a laptop as often as in production (real-people review: a local
// docker-compose demo and a dev database read as "production"), so it needs
// more: the maturity ladder's `deployed` level (a serving API or
// infrastructure as code, a container, CI and the level below), or a
// container together with infrastructure as code that runs it.
import type { RepoScan } from './types.js';

// Signal ids as strings: src/scan stays below src/signals (test/layers.test.ts).
const present = (scan: RepoScan, id: string) => scan.signals.some((s) => s.id === id && s.present === true);

/** The reason a repository counts as deployed, or undefined when it shows no deployment of its own. */
export function deploymentReason(scan: RepoScan): string | undefined {
  if (scan.maturity.level >= 2) return `maturity ${scan.maturity.level}, ${scan.maturity.name}`;
  if (present(scan, 'containerized') && present(scan, 'infra_as_code')) return 'a container and infrastructure as code';
  return undefined;
}

export const isDeployed = (scan: RepoScan): boolean => deploymentReason(scan) !== undefined;

/** Signals of machine-learning code: without any, the maturity ladder (an ML ladder) does not apply. */
export const ML_CODE_SIGNALS: readonly string[] = ['classical_ml', 'deep_learning', 'hf_transformers', 'llm_integration', 'rag', 'custom_model_code', 'custom_training_loop'];

export const holdsMlCode = (scan: RepoScan): boolean => ML_CODE_SIGNALS.some((id) => present(scan, id));

/**
 * Signals of a model of the candidate's own, trained or loaded (scikit-learn, PyTorch, a Hugging Face checkpoint, their
 * own model code). An app that only calls a hosted LLM (`llm_integration`, `rag`) holds none: it has no model whose
 * data can drift, and what it needs is observability and evaluation, not drift monitoring.
 */
export const OWN_MODEL_SIGNALS: readonly string[] = ['classical_ml', 'deep_learning', 'hf_transformers', 'custom_model_code', 'custom_training_loop'];

export const holdsOwnModel = (scan: RepoScan): boolean => OWN_MODEL_SIGNALS.some((id) => present(scan, id));
