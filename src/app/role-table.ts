// A role's candidates compared: one row per candidate with their fit,
// coverage, competency scores, gates, red flags and interview progress, best
// fit first (unscreened last, in the order they were added).
import type { RankedRow } from '../model/api.js';
import type { Candidate, CandidateStatus, Store } from '../store/index.js';

export type { RankedRow };

export interface RankedFilter {
  status?: CandidateStatus;
  minFit?: number;
  gates?: 'met';
  /** Label contains (case-insensitive). */
  q?: string;
}

async function rowOf(store: Store, roleId: string, c: Candidate): Promise<RankedRow> {
  const assessment = (await store.assessments.get(c.id, roleId))?.assessment;
  const assignments = await store.assignments.listByCandidate(c.id);
  const cards = await store.scorecards.listSubmitted(c.id);
  const decision = await store.decisions.get(c.id);
  return {
    rank: null,
    id: c.id,
    label: c.label,
    status: c.status,
    error: c.error,
    fit: assessment?.fit ?? null,
    coverage: assessment ? { share: assessment.coverage.share, low: assessment.coverage.low } : null,
    competencies: Object.fromEntries((assessment?.competencies ?? []).map((x) => [x.id, x.score])),
    gates: { met: assessment?.gates.filter((g) => g.met).length ?? 0, total: assessment?.gates.length ?? 0 },
    redFlags: assessment?.redFlags.filter((f) => f.severity === 'warning').length ?? 0,
    interviewers: new Set(assignments.map((a) => a.interviewerId)).size,
    scorecards: cards.length,
    recommendation: decision?.decision.recommendation.value ?? null,
  };
}

/** Every candidate of the role, ranked by fit. */
export async function roleTable(store: Store, roleId: string): Promise<RankedRow[]> {
  const rows: RankedRow[] = [];
  for (const c of await store.candidates.listByRole(roleId)) rows.push(await rowOf(store, roleId, c));
  const scored = rows.filter((r) => r.fit !== null).sort((a, b) => (b.fit as number) - (a.fit as number) || a.label.localeCompare(b.label));
  scored.forEach((r, i) => (r.rank = i + 1));
  return [...scored, ...rows.filter((r) => r.fit === null)];
}

/** The rows a filter keeps, in their order (ranks unchanged). */
export function filterRows(rows: readonly RankedRow[], filter: RankedFilter): RankedRow[] {
  const q = filter.q?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!filter.status || r.status === filter.status) &&
      (filter.minFit === undefined || (r.fit ?? -1) >= filter.minFit) &&
      (!filter.gates || r.gates.met === r.gates.total) &&
      (!q || r.label.toLowerCase().includes(q)),
  );
}
