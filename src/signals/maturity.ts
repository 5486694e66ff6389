// signals.md › Derived: production maturity level. The highest level whose
// conditions all hold (each level includes the one below).
import type { SignalId } from './ids.js';
import type { Maturity, MaturityCondition, SignalResult } from './types.js';

const CONDITIONS: ReadonlyArray<{ level: 1 | 2 | 3; anyOf: readonly SignalId[] }> = [
  { level: 1, anyOf: ['python_package', 'pinned_dependencies'] },
  { level: 1, anyOf: ['tests', 'ci'] },
  { level: 1, anyOf: ['experiment_tracking', 'pipeline_orchestration', 'data_versioning', 'model_registry', 'llm_evals', 'prompt_management'] },
  { level: 2, anyOf: ['serving_api', 'infra_as_code'] },
  { level: 2, anyOf: ['containerized'] },
  { level: 2, anyOf: ['ci'] },
  { level: 3, anyOf: ['drift_monitoring', 'observability'] },
  { level: 3, anyOf: ['automated_retraining', 'model_registry', 'llm_evals'] },
];

const NAMES = ['exploration', 'reproducible', 'deployed', 'operated'] as const;

export function computeMaturity(signals: readonly SignalResult[]): Maturity {
  const present = new Set(signals.filter((s) => s.present === true).map((s) => s.id));
  const conditions: MaturityCondition[] = CONDITIONS.map(({ level, anyOf }) => {
    const by = anyOf.filter((id) => present.has(id));
    return { level, condition: anyOf.join(' or '), met: by.length > 0, by };
  });
  let level: 0 | 1 | 2 | 3 = 0;
  for (const l of [1, 2, 3] as const) {
    if (conditions.filter((c) => c.level === l).every((c) => c.met)) level = l;
    else break;
  }
  return { level, name: NAMES[level], conditions };
}
