// The authorship judgements of signals.md › Authorship, from a HistoryReport:
// when authorship can be judged at all, how much of the own code came from
// other identities, the neutral note on an upload by the candidate, and the
// co-authors to name. Pure: shared by the two signals, the assessment notes
// and the reports.
import { isAiTool, isMachineIdentity } from './identity.js';
import { People } from './people.js';
import { BULK_MIN_LINES, BULK_SHARE } from './shares.js';
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
  if (h.partial?.truncated) return `history partial: ${h.partial.reason}`;
  const c = h.candidate;
  if (c && c.countedCommits === 0 && (c.unattributedCommits ?? 0) > 0) return 'the own code was committed only by unattributed machine identities';
  if (c && !h.authors.some((a) => a.candidate === true) && !(h.coAuthors ?? []).some((t) => t.candidate === true)) return noMatchGap(h);
  // Their only commits touch no code (GitHub's "Initial commit" of a README or a licence): the
  // code's authors may be them under an identity nobody gave, as above (real-people review).
  if (c && c.scope === 'source' && c.commits === 0 && c.countedCommits > 0) return noMatchGap(h, 'none of the candidate\'s commits here touches its code');
  return undefined;
}

/**
 * Not one commit of the repository matches the candidate, while others were
 * given as theirs: the same person under an identity nobody gave (a work
 * address, another name) cannot be told from someone else, so authorship is
 * unknown here, never "taken" (real-people review: a work account's commits
 * in the candidate's own repository). The authors are named for the reviewer.
 */
function noMatchGap(h: HistoryReport, why = "no commit here matches the candidate's identities"): string {
  const people = sourceAuthors(h).filter((p) => !h.authors.some((a) => a.name === p.name && a.machine) && !h.authors.some((a) => a.name === p.name && a.candidate === true));
  const who = people.length > 0 ? `; its own code is by ${nameList(people, 3)}` : '';
  return `${why}${who}: if one of them is the candidate, give that identity`;
}

/**
 * A history read in part but with every commit listed (some commits' lines or
 * some files' blame missing): judged from what could be read, and said so.
 */
export function partialNote(h: HistoryReport): string | undefined {
  const credit = creditNote(h);
  const parts = [historyPartialNote(h), credit && `${credit}: ${CREDIT_VERDICT}`].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The history part of partialNote: commits or blame that could not be read. */
export function historyPartialNote(h: HistoryReport): string | undefined {
  return h.available && h.partial && !h.partial.truncated ? `history partial, judged from what could be read: ${h.partial.reason}` : undefined;
}

/** What follows a credit in every note: neutral, never a red flag. */
export const CREDIT_VERDICT = 'the code cannot be attributed with confidence; not a red flag';

/**
 * The README (NOTICE, CREDITS) credits another source for the code: the
 * history cannot show who wrote it, whoever uploaded it (credits.ts).
 * `README credits another source: "<line>" (README.md:3)`.
 */
export function creditNote(h: HistoryReport): string | undefined {
  const [first, ...more] = h.available ? (h.credits ?? []) : [];
  if (!first) return undefined;
  const file = first.path.replace(/\.[^.]*$/, '').toUpperCase();
  const others = more.length > 0 ? ` and ${more.length} more line${more.length === 1 ? '' : 's'}` : '';
  return `${file} credits another source: "${first.text}" (${first.path}:${first.line})${others}`;
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
  const n = uploadedFiles(b);
  return b.first
    ? `the history starts with one upload of ${n} files: it cannot show how the code was developed`
    : `one commit on ${b.date} uploaded ${n} files (${pct(netShare(b))} of the own code): the history cannot show how that code was developed`;
}

/** The own-code files an upload added (not the ones it modified or deleted, nor licences, lock files or data). */
export function uploadedFiles(b: BulkCommit): number {
  return b.addedFiles ?? b.files;
}

/** The upload's own-code lines less those of the own files it deleted (moved code), and their share of the own code. */
const netLines = (b: BulkCommit) => Math.max(0, b.linesAdded - (b.movedLines ?? 0));
const netShare = (b: BulkCommit) => (b.linesAdded > 0 ? (b.share * netLines(b)) / b.linesAdded : 0);

/**
 * Still mostly new code once the own code it moved is taken out (`movedLines`: the lines older commits wrote to the own
 * files it deleted, as a restructure adds them back moved and edited): as many lines and as large a share as a bulk commit.
 */
function mostlyNew(b: BulkCommit): boolean {
  return !b.movedLines || (netLines(b) >= BULK_MIN_LINES && netShare(b) >= BULK_SHARE);
}

/** One long file written and committed is how code is written, not an upload: the note needs this many files. */
export const UPLOAD_NOTE_MIN_FILES = 2;

/**
 * An upload whose code later commits went on to change is developed in the
 * history, not just uploaded: the note is not given when at least
 * UPLOAD_DEVELOPED_COMMITS later commits added, to the files it brought,
 * lines amounting to UPLOAD_DEVELOPED_SHARE of its own lines or more. One
 * follow-up commit, or a few small fixes, leave it an upload.
 */
export const UPLOAD_DEVELOPED_SHARE = 0.2;
export const UPLOAD_DEVELOPED_COMMITS = 2;

/** Whether later commits changed little of what the upload brought (see UPLOAD_DEVELOPED_SHARE). */
export function undeveloped(b: BulkCommit): boolean {
  return (b.laterCommits ?? 0) < UPLOAD_DEVELOPED_COMMITS || (b.laterLines ?? 0) < UPLOAD_DEVELOPED_SHARE * b.linesAdded;
}

/** The candidate's uploads that get the neutral note: two files or more, and little changed by later commits. */
export function candidateUploads(h: HistoryReport): BulkCommit[] {
  return h.bulkImports.filter((b) => b.candidate === true && uploadedFiles(b) >= UPLOAD_NOTE_MIN_FILES && mostlyNew(b) && undeveloped(b));
}

/** A person named in a note: their commits, (when fewer) how many touched own code, and (when shown) their share of the own code's lines. */
export interface Named {
  name: string;
  commits: number;
  codeCommits?: number;
  lineShare?: number;
}

/** Commit and line shares this far apart (in points), on either side of MAJORITY, make a commit count misleading: lines are shown beside it. */
export const SHARES_APART = 0.3;

/**
 * Identities other than the candidate that touched own code (commits or
 * trailers), most commits first. One person is one entry, whatever names and
 * addresses they committed under: authors sharing a name or an address
 * (case-insensitive) are merged ("Amin Abyaneh" and "aminabyaneh" at one
 * address), named by the name with most commits. Commits are every non-merge
 * commit they made (and the commits their trailers are on), not only those
 * touching own code; when fewer touched own code, `codeCommits` says how many
 * ("Ehsan (11 commits, 1 to code)": a course's starter material is mostly its
 * README). With `lineShares`, when the candidate's commit and line shares are
 * far apart (linesApart), each carries `lineShare`, its share of the own
 * code's lines (the assessment's note shows them beside the commit counts).
 */
export function coAuthors(h: HistoryReport, lineShares = false): Named[] {
  const people = new People();
  for (const a of h.authors) {
    // An account named after a login given is possibly the candidate's (not verified): never a co-author (others.ts).
    if (a.candidate !== false || a.machine || a.possibleCandidate) continue;
    people.add(a.name, a.email, a.commits, a.sourceCommits, a.sourceLines);
  }
  for (const t of h.coAuthors ?? []) {
    if (t.candidate !== false || isMachineIdentity(t.name, t.email)) continue;
    people.add(t.name, t.email, t.commits, t.commits, 0);
  }
  const total = lineShares && linesApart(h) ? h.candidate?.totalLinesAdded : undefined;
  return people
    .list()
    .filter((e) => e.code > 0)
    .map(({ name, commits, code, lines }): Named => ({
      name,
      commits,
      ...(code < commits ? { codeCommits: code } : {}),
      ...(total ? { lineShare: Math.min(1, lines / total) } : {}),
    }))
    .sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : 1));
}

/**
 * Whether the candidate's share of the commits and of the own code's lines
 * (added, or blamed at HEAD) are SHARES_APART or more apart, one a majority
 * and the other not: one commit that brought in most of the code reads as a
 * minor part by commit counts alone (and many small commits as a major one).
 */
export function linesApart(h: HistoryReport): boolean {
  const c = h.candidate;
  if (!c || c.totalLinesAdded <= 0) return false;
  const shares = [c.lineShare, c.blameShare].filter((x): x is number => x !== null);
  return shares.some((x) => Math.abs(x - c.commitShare) >= SHARES_APART && x >= MAJORITY !== c.commitShare >= MAJORITY);
}

/** "the candidate: 1 of 31 commits to own code (3%), 98% of its lines added, 98% of its lines at HEAD", when linesApart. */
export function candidateLinesNote(h: HistoryReport): string | undefined {
  const c = h.candidate;
  if (!c || !linesApart(h)) return undefined;
  const added = c.lineShare === null ? '' : `, ${pct(c.lineShare)} of its lines added`;
  const blamed = c.blameShare === null ? '' : `, ${pct(c.blameShare)} of its lines at HEAD (blame)`;
  return `the candidate: ${c.commits} of ${c.countedCommits} ${c.scope === 'source' ? 'commits to own code' : 'commits'} (${pct(c.commitShare)})${added}${blamed}`;
}

/**
 * Commits whose trailers name an AI coding tool (Cursor, Claude, Copilot,
 * aider, Codex...): a tool the author used, never a co-author. A neutral
 * note: "commits co-authored with an AI coding tool: Cursor Agent (3 commits)".
 */
export function aiToolNote(h: HistoryReport): string | undefined {
  const tools = new Map<string, number>();
  for (const t of h.coAuthors ?? []) if (isAiTool(t.name, t.email)) tools.set(t.name, (tools.get(t.name) ?? 0) + t.commits);
  for (const a of h.authors) if (a.machine && a.sourceCommits > 0 && isAiTool(a.name, a.email)) tools.set(a.name, (tools.get(a.name) ?? 0) + a.sourceCommits);
  if (tools.size === 0) return undefined;
  const list = [...tools].map(([name, commits]) => ({ name, commits })).sort((a, b) => b.commits - a.commits || (a.name < b.name ? -1 : 1));
  return `commits co-authored with an AI coding tool: ${nameList(list)} (a tool, not a co-author; not a red flag)`;
}

/** What bounding a large history left out (bound.ts), one sentence; undefined when nothing was. */
export function boundNote(h: HistoryReport): string | undefined {
  const b = h.available ? h.bounded : undefined;
  if (!b || b.summarisedCommits === 0) return undefined;
  const n = (x: number) => x.toLocaleString('en-US');
  const candidate = h.candidate ? "; the candidate's commits were all read in full" : '';
  return `history bounded: ${n(b.summarisedCommits)} of ${n(b.otherCommits)} other commits summarised (counted, their own-code lines estimated from ${n(b.sampledCommits)} sampled commits${candidate})`;
}

/** Machine identities' share of own code above which a note says so. */
export const MACHINE_NOTE_SHARE = 0.2;

/**
 * The neutral note on unattributed machine identities, when they hold a
 * large share of the own code (commits or lines); `named`: with their
 * identities (not in blind reports: a host name can name a person).
 */
export function machineNote(h: HistoryReport, named = true): string | undefined {
  const c = h.candidate;
  const commits = c?.unattributedCommits ?? 0;
  if (!c || commits === 0) return undefined;
  const lines = c.unattributedLines ?? 0;
  const byLines = lines + c.totalLinesAdded > 0 ? lines / (lines + c.totalLinesAdded) : 0;
  const byCommits = commits / (commits + c.countedCommits);
  if (Math.max(byLines, byCommits) < MACHINE_NOTE_SHARE) return undefined;
  const who = h.authors.filter((a) => a.machine && a.sourceCommits > 0).map((a) => `${a.name} <${a.email}>`);
  const shown = named && who.length > 0 ? `: ${who.slice(0, 3).join(', ')}${who.length > 3 ? ` and ${who.length - 3} more` : ''}` : '';
  const share = lines > 0 ? `${pct(byLines)} of the own-code lines (${commits} commit${commits === 1 ? '' : 's'})` : `${commits} commit${commits === 1 ? '' : 's'} to own code`;
  return `${share} come from unattributed machine identities${shown} (a default identity of a machine or a tool, not a person): they count neither for nor against the candidate`;
}

/** Every author of own code, for reports without a candidate identity. */
export function sourceAuthors(h: HistoryReport): Array<{ name: string; commits: number }> {
  // One person under several names at one address is named once.
  const people = new People();
  for (const a of h.authors) if (a.sourceCommits > 0) people.add(a.name, a.email, a.sourceCommits, a.sourceCommits, a.sourceLines);
  return people.list().map(({ name, commits }) => ({ name, commits }));
}

/** "Bob (12 commits), Carol (1 commit), Dan (11 commits, 1 to code) and 3 more". */
export function nameList(people: readonly Named[], max = MAX_NAMED): string {
  const code = (p: Named) => (p.codeCommits !== undefined && p.codeCommits < p.commits ? `, ${p.codeCommits} to code` : '');
  const lines = (p: Named) => (p.lineShare !== undefined ? `, ${pct(p.lineShare)} of own-code lines added` : '');
  const shown = people.slice(0, max).map((p) => `${p.name} (${p.commits} commit${p.commits === 1 ? '' : 's'}${code(p)}${lines(p)})`);
  const more = people.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
