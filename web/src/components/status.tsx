// Status and recommendation badges, and a fit figure with its coverage.
import { RECOMMENDATIONS, STATUSES } from '../labels.js';
import type { CandidateStatus, Recommendation } from '../types.js';
import { Badge } from './ui.js';

export function StatusBadge({ status }: { status: CandidateStatus }) {
  const tone = status === 'screened' ? 'ok' : status === 'failed' ? 'bad' : status === 'screening' ? 'info' : 'neutral';
  return <Badge tone={tone}>{STATUSES[status]}</Badge>;
}

export function RecommendationBadge({ value }: { value: Recommendation | null }) {
  if (!value) return <span className="dim">—</span>;
  const tone = value === 'strong-yes' || value === 'yes' ? 'ok' : 'bad';
  return <Badge tone={tone}>{RECOMMENDATIONS[value]}</Badge>;
}
