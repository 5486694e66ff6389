// The authorship judgements of signals.md › Authorship, from a HistoryReport:
// when authorship can be judged at all, how much of the own code came from
// other identities, the neutral note on an upload by the candidate, and the
// co-authors to name. Pure: shared by the two signals, the assessment notes
// and the reports.
import type { BulkCommit, HistoryReport } from './types.js';

/** "Most" and "at least half" in signals.md. */
export const MAJORITY = 0.5;
/** Co-authors named in a note at most (the report lists every author). */
export const MAX_NAMED = 5;

export const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Why authorship cannot be judged from this history (`undefined` when it
 * can): none, or a walk that stopped before the first commit (older commits,
 * perhaps the candidate's or someone else's, were never seen).
 */
export function authorshipGap(h: HistoryReport | undefined): string | undefined {
  if (!h) return 'history not read';
  if (!h.available) return `history unavailable${h.reason ? `: ${h.reason}` : ''}`;
  return h.partial?.truncated ? `history partial: ${h.partial.reason}` : undefined;
}

/**
 * A history read in part but with every commit listed (some commits' lines or
 * some files' blame missing): judged from what could be read, and said so.
 */
export function partialNote(h: HistoryReport): string | undefined {
  return h.available && h.partial && !h.partial.truncated ? `history partial, judged from what could be read: ${h.partial.reason}` : undefined;
}

/**
 * Every non-merge commit was listed and its changes read, so the commits
 * touching own code are all known (an unreadable commit might touch it or not).
 */
export function commitsComplete(h: HistoryReport): boolean {
  return h.available && !h.partial?.truncated && !h.partial?.unreadableCommits;
}

/** Blame shares count only when every own file was blamed within the budget. */
export function completeBlameShare(h: HistoryReport): number | null {
  const c = h.candidate;
  return c && c.blameShare !== null && !h.budget.exhausted ? c.blameShare : null;
}

export interface Taken {
  /** Share of the own-code lines at HEAD added (log) by identities other than the candidate; null when no line could be read. */
  byLines: number | null;
  /** Share of blamed own-code lines that are not the candidate's, when blame completed. */
  byBlame: number | null;
  /** Both measures (when blame ran) say most of the own code is others'. */
  taken: boolean;
}

/**
 * How much own code came from others: the log's lines added and, when blame
 * ran within its budget, the blamed lines; each measure available must say
 * "most". `undefined` without an identity or without any own code.
 */
export function takenShare(h: HistoryReport): Taken | undefined {
  const c = h.candidate;
  if (!c) return undefined;
  // In a partial history, a commit of the candidate's whose changes could not be read may hold their code.
  if (h.partial && (c.unmeasuredCommits ?? 0) > 0) return undefined;
  const byLines = c.lineShare === null ? null : 1 - c.lineShare;
  const blame = completeBlameShare(h);
  const byBlame = blame === null ? null : 1 - blame;
  if (byLines === null && byBlame === null) return undefined;
  return { byLines, byBlame, taken: (byLines === null || byLines > MAJORITY) && (byBlame === null || byBlame > MAJORITY) };
}

/** The neutral note for a bulk upload by the candidate's own identity. */
export function uploadNote(b: BulkCommit): string {
  return b.first
    ? `the history starts with one upload of ${b.files} files: it cannot show how the code was developed`
    : `one commit on ${b.date} uploaded ${b.files} files (${pct(b.share)} of the own code): the history cannot show how that code was developed`;
}

export function candidateUploads(h: HistoryReport): BulkCommit[] {
  return h.bulkImports.filter((b) => b.candidate === true);
}

/** Identities other than the candidate that touched own code (commits or trailers), most commits first. */
export function coAuthors(h: HistoryReport): Array<{ name: string; commits: number }> {
  const named = new Map<string, { name: string; commits: number }>();
  for (const a of h.authors) {
    if (a.candidate !== false || !(a.sourceCommits > 0)) continue;
    const e = named.get(a.name) ?? { name: a.name, commits: 0 };
    e.commits += a.sourceCommits;
    named.set(a.name, e);
  }
  for (const t of h.coAuthors ?? []) {
    if (t.candidate !== false) continue;
    const e = named.get(t.name) ?? { name: t.name, commits: 0 };
    e.commits += t.commits;
    named.set(t.name, e);
  }
  return [...named.values()].sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : 1));
}

/** Every author of own code, for reports without a candidate identity. */
export function sourceAuthors(h: HistoryReport): Array<{ name: string; commits: number }> {
  return h.authors.filter((a) => a.sourceCommits > 0).map((a) => ({ name: a.name, commits: a.sourceCommits }));
}

/** "Bob (12 commits), Carol (1 commit) and 3 more". */
export function nameList(people: ReadonlyArray<{ name: string; commits: number }>, max = MAX_NAMED): string {
  const shown = people.slice(0, max).map((p) => `${p.name} (${p.commits} commit${p.commits === 1 ? '' : 's'})`);
  const more = people.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
