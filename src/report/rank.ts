// Rank outputs: the sorted table (terminal), the shortlist CSV and the batch
// JSON. They read the ranked assessments only; `links` are the per-candidate
// HTML reports, aligned with `result.ranked`.
import { COMPETENCY_IDS } from '../assess/types.js';
import type { Assessment } from '../assess/types.js';
import type { RankResult } from '../model/rank.js';
import { formatCsv } from '../util/csv.js';
import { LOW_COVERAGE, isLowCoverage, strengthName } from './evidence-text.js';
import { terminalText as t } from '../util/safe-text.js';

export const RANK_CSV_COLUMNS = [
  'rank',
  'candidate',
  'id',
  'fit',
  'gates_met',
  'gates_total',
  'gates_missed',
  ...COMPETENCY_IDS,
  'maturity_best',
  'top_strengths',
  'red_flags',
  'coverage',
  'report',
] as const;

/** Up to three strengths: the role's nice-to-haves shown first, then tools the CV does not claim. */
export function topStrengths(a: Assessment, n = 3): string[] {
  return [...a.strengths.filter((s) => s.kind === 'signal'), ...a.strengths.filter((s) => s.kind === 'unclaimed')].slice(0, n).map((s) => (s.kind === 'unclaimed' ? `${strengthName(s)} (not in CV claims)` : s.id));
}

/** Red flag ids, warnings (flags the role lists) first. */
export function flagList(a: Assessment): string[] {
  return [...a.redFlags.filter((f) => f.severity === 'warning'), ...a.redFlags.filter((f) => f.severity === 'info')].map((f) => (f.severity === 'info' ? `${f.id} (info)` : f.id));
}

/** `80%`, or `25%: not enough evidence in the repositories screened to score`. */
export function coverageCell(a: Assessment): string {
  if (!a.coverage) return '';
  return isLowCoverage(a) ? `${a.coverage.share}%: ${LOW_COVERAGE}` : `${a.coverage.share}%`;
}

export function renderRankCsv(result: RankResult, links: readonly string[] = []): string {
  const rows: Array<Array<string | number>> = [[...RANK_CSV_COLUMNS]];
  for (const [i, r] of result.ranked.entries()) {
    const a = r.assessment;
    rows.push([
      r.rank ?? '',
      a.candidate.label,
      r.id ?? '',
      a.fit,
      a.gates.filter((g) => g.met).length,
      a.gates.length,
      a.gates.filter((g) => !g.met).map((g) => g.requirement).join('; '),
      ...COMPETENCY_IDS.map((id) => a.competencies.find((c) => c.id === id)?.score ?? 0),
      a.maturity.best,
      topStrengths(a).join('; '),
      flagList(a).join('; '),
      coverageCell(a),
      links[i] ?? '',
    ]);
  }
  return formatCsv(rows);
}

export function renderRankJson(result: RankResult, links: readonly string[] = []): string {
  const first = result.ranked[0]?.assessment;
  const doc = {
    schemaVersion: '1.1',
    kind: 'evident-rank',
    role: first?.role ?? null,
    asOf: first?.asOf ?? null,
    candidates: result.ranked.map((r, i) => ({
      rank: r.rank,
      ...(r.id !== undefined ? { id: r.id } : {}),
      label: r.assessment.candidate.label,
      fit: r.assessment.fit,
      coverage: r.assessment.coverage?.share ?? null,
      lowCoverage: isLowCoverage(r.assessment),
      gatesMet: r.assessment.gates.filter((g) => g.met).length,
      gatesTotal: r.assessment.gates.length,
      ...(links[i] ? { report: links[i] } : {}),
      assessment: r.assessment,
    })),
    failures: result.failures,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function cell(text: string, width: number): string {
  const clean = t(text);
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean.padEnd(width);
}

export function renderRankTerminal(result: RankResult): string {
  const out = [`${cell('#', 4)}${cell('candidate', 22)}${cell('fit', 5)}${cell('gates', 7)}${cell('top strengths', 36)}red flags`];
  const row = (r: RankResult['ranked'][number]) => {
    const a = r.assessment;
    const gates = `${a.gates.filter((g) => g.met).length}/${a.gates.length}`;
    return `${cell(r.rank === null ? '—' : String(r.rank), 4)}${cell(a.candidate.label, 22)}${cell(String(a.fit), 5)}${cell(gates, 7)}${cell(topStrengths(a).join(', ') || '—', 36)}${t(flagList(a).join(', ') || '—')}`;
  };
  const apart = result.ranked.filter((r) => r.rank === null);
  for (const r of result.ranked.filter((x) => x.rank !== null)) out.push(row(r));
  if (apart.length) {
    out.push('', `${apart.length} candidate(s) with ${LOW_COVERAGE}: not ranked, assess in the interview (fit shown for reference):`);
    for (const r of apart) out.push(`${row(r)}  [coverage ${r.assessment.coverage?.share ?? 0}%]`);
  }
  if (result.failures.length) {
    out.push('', `${result.failures.length} candidate(s) could not be screened:`);
    for (const f of result.failures) out.push(`  ${t(f.id)}: ${t(f.error)}`);
  }
  return `${out.join('\n')}\n`;
}
