// The competency weights and scoring factors, kept as data in data/competencies.yaml.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SIGNAL_IDS } from '../signals/ids.js';
import { dataPath } from '../util/paths.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { COMPETENCY_IDS } from './types.js';

const SignalId = z.enum(SIGNAL_IDS);
/** Every figure of the data file is finite and in a sane range, so no sum can overflow to Infinity or NaN. */
const SignalWeight = z.number().positive().max(100);
const Factor = z.number().min(0).max(10);
const Competency = z.object({
  title: z.string(),
  signals: z.partialRecord(SignalId, SignalWeight),
  raise: z.string(),
});
export const CompetencyData = z.object({
  competencies: z.object(Object.fromEntries(COMPETENCY_IDS.map((id) => [id, Competency])) as Record<(typeof COMPETENCY_IDS)[number], typeof Competency>),
  scoring: z.object({
    strength: z.object({ used: Factor, 'config+used': Factor }),
    authorship: z.object({ candidate: Factor, unknown: Factor, other: Factor, course: Factor }),
    forked_repository: Factor,
    breadth: z.object({ per_extra_repository: Factor, max: Factor }),
    recency: z.object({ within_months: z.number().int().min(1).max(1200), recent: Factor, stale: Factor, unknown: Factor }),
  }),
});
export type CompetencyData = z.infer<typeof CompetencyData>;

let cached: CompetencyData | undefined;

export function loadCompetencyData(): CompetencyData {
  if (cached) return cached;
  const file = dataPath('competencies.yaml');
  cached = parseYamlStrict(readFileSync(file, 'utf8'), file, CompetencyData);
  return cached;
}
