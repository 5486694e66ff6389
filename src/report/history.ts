// Text lines describing a repository's history and who wrote an evidence line;
// shared by the terminal and Markdown renderers.
import type { HistoryReport } from '../history/types.js';
import type { Evidence } from '../signals/types.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "written by the candidate in 2025-03" / "written by Bob (bob@x.org) in 2024-01". */
export function describeBlame(e: Evidence): string | undefined {
  const b = e.blame;
  if (!b) return undefined;
  const who = b.candidate === true ? 'the candidate' : b.candidate === false ? `someone else (${b.author})` : b.author;
  const file = b.scope === 'file' ? ', file mostly' : '';
  return `written by ${who} in ${b.date.slice(0, 7)}${file}`;
}

export function describeHistory(h: HistoryReport): string[] {
  if (!h.available) return [`history unavailable: ${h.reason ?? 'unknown'}`];
  const lines = [
    `${h.nonMergeCommits} commits (+${h.mergeCommits} merges) from ${h.activity.firstCommit} to ${h.activity.lastCommit}, active in ${h.activity.activeWeeks} weeks`,
  ];
  for (const a of h.authors.slice(0, 5)) {
    const mark = a.candidate ? ' [candidate]' : '';
    lines.push(`  ${a.name} <${a.email}>${mark}: ${a.commits} commits, +${a.linesAdded} lines, ${a.first} → ${a.last}`);
  }
  if (h.authors.length > 5) lines.push(`  ... ${h.authors.length - 5} more authors`);
  const c = h.candidate;
  if (c) {
    const blame = c.blameShare === null ? 'no lines blamed' : `${c.blamedLines} of ${c.totalBlamedLines} blamed lines (${pct(c.blameShare)})`;
    lines.push(`candidate: ${c.commits} commits (${pct(c.commitShare)}), ${blame}`);
  }
  for (const b of h.bulkImports) {
    lines.push(`bulk import ${b.commit.slice(0, 12)} ${b.date} by ${b.author}: ${b.linesAdded} lines in ${b.files} files (${pct(b.share)})`);
  }
  if (h.rewritten.suspected) lines.push(`history may be rewritten: ${h.rewritten.reasons.join('; ')}`);
  if (h.budget.exhausted) lines.push(`blame budget ran out; not blamed: ${h.budget.notBlamed.length} files`);
  return lines;
}
