// The competency weights and scoring factors, kept as data in data/competencies.yaml.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SIGNAL_IDS } from '../signals/ids.js';
import { dataPath } from '../util/paths.js';
import { parseYamlStrict } from '../util/yaml-file.js';
import { COMPETENCY_IDS } from './types.js';

const SignalId = z.enum(SIGNAL_IDS);
const Competency = z.object({
  title: z.string(),
  signals: z.partialRecord(SignalId, z.number().positive()),
  raise: z.string(),
});
export const CompetencyData = z.object({
  competencies: z.object(Object.fromEntries(COMPETENCY_IDS.map((id) => [id, Competency])) as Record<(typeof COMPETENCY_IDS)[number], typeof Competency>),
  scoring: z.object({
    strength: z.object({ used: z.number(), 'config+used': z.number() }),
    authorship: z.object({ candidate: z.number(), unknown: z.number(), other: z.number() }),
    forked_repository: z.number(),
    breadth: z.object({ per_extra_repository: z.number(), max: z.number() }),
    recency: z.object({ within_months: z.number(), recent: z.number(), stale: z.number(), unknown: z.number() }),
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
