// Labels shared by the kit and decision renderers (they only read the objects).
import type { CompetencyId } from '../assess/types.js';
import { loadCompetencyData } from '../assess/weights.js';
import { NO_EVIDENCE_SCORE } from '../model/assessment.js';
import { claimedName } from './candidate.js';
import type { Kit, KitQuestion, Reason } from './types.js';

export function competencyTitle(id: CompetencyId): string {
  return loadCompetencyData().competencies[id]?.title ?? id;
}

/** The assessment's score for a competency as the kit shows it: never a bare 0 when nothing screened speaks to it. */
export function evidenceScoreText(kit: Pick<Kit, 'evidence'>, id: CompetencyId): string {
  if (kit.evidence.unevidenced?.includes(id)) return NO_EVIDENCE_SCORE;
  return String(kit.evidence.competencies[id] ?? '-');
}

const CLAIM_WHERE: Record<string, string> = { role: 'in a dated role', project: 'in a project', prose: 'in the text', list: 'in a skills list' };

/** Why a question is in the kit, with the finding it probes. */
export function reasonText(r: Reason, q: Pick<KitQuestion, 'competency'>): string {
  switch (r.kind) {
    case 'core':
      return 'core question for this role';
    case 'claim':
      return `claimed on the CV${r.context ? ` (${CLAIM_WHERE[r.context] ?? r.context})` : ''}, not shown in the repositories screened, so unverified: ${claimedName(r.tool, r.cvText)}`;
    case 'red-flag':
      return `probes red flag ${r.flag}${r.finding ? ` (${r.finding})` : ''}`;
    case 'topic':
      return `asks neutrally about ${r.topic.replace(/_/g, ' ')}, which the repositories screened cannot settle (${r.finding})`;
    case 'evidence':
      return `deep-dive into their evidence for ${r.signal}: ${r.location}`;
    case 'coverage':
      return `covers ${competencyTitle(q.competency)}`;
  }
}

export const RUBRIC_LEVELS = { '1': 'well below the bar', '2': 'below the bar', '3': 'meets the bar', '4': 'exceeds the bar' } as const;

export function totalMinutes(rounds: ReadonlyArray<{ minutes: number }>): number {
  return rounds.reduce((n, r) => n + r.minutes, 0);
}
