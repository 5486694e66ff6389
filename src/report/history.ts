// Text lines describing a repository's history and who wrote an evidence line;
// shared by the terminal and Markdown renderers.
import type { HistoryReport } from '../history/types.js';
import { isAiTool, isMachineIdentity } from '../history/identity.js';
import { aiToolNote, authorshipGap, boundNote, coAuthors, CREDIT_VERDICT, creditNote, machineNote, nameList, pct, uploadNote } from '../history/verdict.js';
import type { Evidence } from '../signals/types.js';

/** "written by the candidate in 2025-03" / "written by Bob (bob@x.org) in 2024-01". */
export function describeBlame(e: Evidence): string | undefined {
  const b = e.blame;
  // A comment of its file or function credits another source: committed by someone, written elsewhere (provenance.ts).
  const adapted = e.adapted ? `adapted from another source (${e.adapted.location})` : undefined;
  if (!b) return adapted;
  const who = b.candidate === true ? 'the candidate' : b.candidate === false ? `someone else (${b.author})` : b.author;
  const file = b.scope === 'file' ? ', file mostly' : '';
  return adapted ? `${adapted}, committed by ${who} in ${b.date.slice(0, 7)}${file}` : `written by ${who} in ${b.date.slice(0, 7)}${file}`;
}

export function describeHistory(h: HistoryReport): string[] {
  if (!h.available) return [`history unavailable: ${h.reason ?? 'unknown'}; authorship unknown`];
  const lines = [
    `${h.nonMergeCommits} commits (+${h.mergeCommits} merges) from ${h.activity.firstCommit} to ${h.activity.lastCommit}, active in ${h.activity.activeWeeks} weeks` +
      (h.sourceCommits !== undefined ? `; ${h.sourceCommits} touch own code` : ''),
  ];
  const gap = authorshipGap(h);
  if (gap) lines.push(`${gap}: authorship not judged`);
  const credit = creditNote(h);
  if (credit) lines.push(`${credit}: authorship partial (${CREDIT_VERDICT})`);
  const bounded = boundNote(h);
  if (bounded) lines.push(bounded);
  for (const a of h.authors.slice(0, 5)) {
    const mark = a.candidate ? ' [candidate]' : a.machine ? ` [${isAiTool(a.name, a.email) ? 'AI coding tool' : 'machine identity'}: unattributed]` : '';
    const own = a.sourceCommits !== undefined ? ` (${a.sourceCommits} to own code, +${a.sourceLines} own lines)` : '';
    lines.push(`  ${a.name} <${a.email}>${mark}: ${a.commits} commits${own}, +${a.linesAdded} lines, ${a.first} → ${a.last}`);
  }
  if (h.authors.length > 5) lines.push(`  ... ${h.authors.length - 5} more authors`);
  // Trailers naming a tool, a bot or a machine are no co-author (verdict.ts aiToolNote says so about tools).
  for (const t of (h.coAuthors ?? []).filter((x) => x.candidate || !isMachineIdentity(x.name, x.email)).slice(0, 5)) {
    lines.push(`  co-author ${t.name} <${t.email}>${t.candidate ? ' [candidate]' : ''}: named in ${t.commits} commits`);
  }
  const tools = aiToolNote(h);
  if (tools) lines.push(tools);
  const c = h.candidate;
  if (c) {
    const blame = c.blameShare === null ? 'no lines blamed' : `${c.blamedLines} of ${c.totalBlamedLines} blamed lines (${pct(c.blameShare)})`;
    const added = c.lineShare === null ? '' : `, ${c.linesAdded} of ${c.totalLinesAdded} own-code lines added (${pct(c.lineShare)})`;
    const trailers = c.coAuthored ? `, ${c.coAuthored} through Co-authored-by` : '';
    lines.push(`candidate: ${c.commits} of ${c.countedCommits} ${c.scope === 'source' ? 'commits to own code' : 'commits'} (${pct(c.commitShare)}${trailers})${added}, ${blame}`);
    const others = coAuthors(h);
    if (others.length) lines.push(`co-authors: ${nameList(others)}`);
    const machines = machineNote(h);
    if (machines) lines.push(machines);
  } else {
    const given = h.unmatchedIdentities;
    const listed = given && given.length > 0 ? ` (${given.join(', ')})` : '';
    lines.push(given ? `the identities given${listed} match no commit author: authors listed without judging` : 'no candidate identity given: authors listed without judging');
  }
  for (const b of h.bulkImports) {
    if (b.candidate) {
      lines.push(`upload ${b.commit.slice(0, 12)} ${b.date} by the candidate: ${uploadNote(b)}`);
      continue;
    }
    lines.push(`bulk import ${b.commit.slice(0, 12)} ${b.date} by ${b.author}: ${b.linesAdded} own-code lines in ${b.files} files (${pct(b.share)})`);
  }
  if (h.rewritten.suspected) lines.push(`history may be rewritten: ${h.rewritten.reasons.join('; ')}`);
  if (h.budget.exhausted) lines.push(`blame budget ran out; not blamed: ${h.budget.notBlamed.length} files (authorship of their lines unknown)`);
  if (h.budget.capped) lines.push(`blame read the largest own files only; ${h.budget.capped} smaller ones not blamed (left out of the line shares)`);
  return lines;
}
