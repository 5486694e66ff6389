// Ranking a batch: every candidate screened against one role, a bounded number
// at a time, failures recorded rather than fatal, then sorted by fit (then
// gates met, then label). A candidate whose public evidence speaks to too
// little of the role (low coverage, docs/assessment.md) is not ranked below
// the others: such candidates are listed apart, by label, with no rank.
// The sort is the only thing added to the assessments.
import type { Assessment } from '../assess/types.js';
import type { RankFailure, Ranked, RankResult } from '../model/rank.js';
import { isUserError } from '../util/errors.js';
import { redactSecrets } from '../util/redact.js';
import type { BatchCandidate } from '../screen/candidates.js';
import { emptyTimings, screenCandidate, type ScreenOptions, type StageTimings } from './screen-candidate.js';

export interface RankOptions extends Omit<ScreenOptions, 'blindLabel' | 'onInputError' | 'timings' | 'onProgress'> {
  /** Candidates screened at once (default 2). */
  jobs?: number;
  /** Called as each candidate finishes (or fails). */
  onCandidate?: (event: { done: number; total: number; id: string; ok: boolean }) => void;
}

export type { RankFailure, Ranked, RankResult } from '../model/rank.js';

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

function byLabel(a: Assessment, b: Assessment): number {
  return a.candidate.label < b.candidate.label ? -1 : a.candidate.label > b.candidate.label ? 1 : 0;
}

function compare(a: Assessment, b: Assessment): number {
  const met = (x: Assessment) => x.gates.filter((g) => g.met).length;
  return b.fit - a.fit || met(b) - met(a) || byLabel(a, b);
}

export async function rankCandidates(batch: readonly BatchCandidate[], options: RankOptions): Promise<RankResult> {
  const start = performance.now();
  const timings = emptyTimings();
  let done = 0;
  const outcomes = await mapBounded(batch, options.jobs ?? 2, async (c, index) => {
    let outcome: RankOutcome;
    if (!c.input) outcome = { id: c.id, error: c.error ?? 'unreadable' };
    else {
      try {
        const assessment = await screenCandidate(c.input, { ...options, blindLabel: `Candidate ${index + 1}`, onInputError: 'note', timings });
        outcome = { id: c.id, assessment };
      } catch (err) {
        outcome = { id: c.id, error: errorText(err) };
      }
    }
    done++;
    options.onCandidate?.({ done, total: batch.length, id: c.id, ok: Boolean(outcome.assessment) });
    return outcome;
  });
  return rankOutcomes(batch, outcomes, { blind: options.blind, timings, wallMs: performance.now() - start });
}

/** One candidate of a batch screened: its assessment, or why there is none. */
export interface RankOutcome {
  id: string;
  assessment?: Assessment;
  error?: string;
}

/**
 * The ranking of screened candidates (in the batch's order): scored ones by
 * fit, low-coverage ones apart by label, failures listed. `rank --submit`
 * ranks the workers' stored assessments with it too.
 */
export function rankOutcomes(batch: readonly BatchCandidate[], outcomes: readonly RankOutcome[], options: { blind?: boolean; timings: StageTimings; wallMs: number }): RankResult {
  const ok = outcomes.filter((o): o is { id: string; assessment: Assessment } => Boolean(o.assessment));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const scored = ok.filter((o) => !o.assessment.coverage.low).sort((a, b) => compare(a.assessment, b.assessment) || byId(a, b));
  const apart = ok.filter((o) => o.assessment.coverage.low).sort((a, b) => byLabel(a.assessment, b.assessment) || byId(a, b));
  const entry = (o: { id: string; assessment: Assessment }, rank: number | null): Ranked => ({ rank, ...(options.blind ? {} : { id: o.id }), assessment: o.assessment });
  return {
    ranked: [...scored.map((o, i) => entry(o, i + 1)), ...apart.map((o) => entry(o, null))],
    failures: outcomes.filter((o) => o.error).map((o) => failureOf(o.id, o.error as string, batch, options.blind)),
    timings: options.timings,
    wallMs: options.wallMs,
  };
}

/** Blind: the folder name may be the candidate's name, so it becomes the label in the id and the message. */
function failureOf(id: string, error: string, batch: readonly BatchCandidate[], blind?: boolean): RankFailure {
  if (!blind) return { id, error };
  const label = `Candidate ${batch.findIndex((c) => c.id === id) + 1}`;
  return { id: label, error: error.split(id).join(label) };
}

function errorText(err: unknown): string {
  if (isUserError(err)) return redactSecrets(err.message);
  return redactSecrets(`internal error: ${(err as Error)?.message ?? String(err)}`);
}
