// Authorship statistics from one log pass and a bounded blame of own code.
// Every git command runs on a shadow git dir (git.ts): the repository's own
// config is never read. A history with unreadable objects still gives what
// can be read, and says what it could not (`partial`).
import { authorshipView, type AuthorshipView, type Side } from './authorship.js';
import { blameShare, MAX_BLAME_FILES, wholeShare } from './blame-share.js';
import { chooseFull, DEFAULT_BOUND, estimateSummarised, type BoundLimits } from './bound.js';
import { coAuthoredByCandidate, readCoAuthors, type Trailer } from './coauthors.js';
import { withCandidateRepo, type CandidateRepo } from './git.js';
import { buildMatcher, hasIdentity, withAliases } from './identity.js';
import { possibleAccount } from './identity-mailbox.js';
import { countMerges, headReadable, readLog, type LogBound, type LogGaps } from './log.js';
import { boundedByHead, scopeOf, sourceLinesOf, unknownOwnPaths, type SourceScope } from './shares.js';
import type { AuthorStats, CandidateIdentity, CommitRecord, HistoryPartial, HistoryReport } from './types.js';

export interface HistoryOptions {
  identity?: CandidateIdentity;
  /** Repository-relative paths of the repository's own code to blame (own-source.ts; notebooks excluded). */
  ownCode: readonly string[];
  /** Repository-relative paths of every scanned file (for lines-of-code shares). */
  scanned: readonly string[];
  /** Which paths are own code, and notebooks' code shares; default: by path alone over `scanned`. */
  scope?: SourceScope;
  /** Wall-clock budget for blame, in ms (a safety net). */
  budgetMs?: number;
  /** Most own-code files blamed, the first of `ownCode` (largest first); default MAX_BLAME_FILES. */
  maxBlameFiles?: number;
  /** Bounds on reading a large history (bound.ts); defaults DEFAULT_BOUND. */
  bound?: Partial<BoundLimits>;
}

export { BULK_MIN_LINES, BULK_SHARE } from './shares.js';
export { MAX_BLAME_FILES } from './blame-share.js';
const DAY = 86_400;

export function unavailable(reason: string): HistoryReport {
  return {
    available: false,
    reason,
    nonMergeCommits: 0,
    mergeCommits: 0,
    authors: [],
    coAuthors: [],
    activity: { activeWeeks: 0 },
    rewritten: { suspected: false, reasons: [] },
    bulkImports: [],
    budget: { exhausted: false, notBlamed: [] },
  };
}

/** The history report, and the log records it was built from (for evidence attribution). */
export async function analyseHistory(dir: string, options: HistoryOptions): Promise<{ report: HistoryReport; commits: CommitRecord[] }> {
  const none = (reason: string) => ({ report: unavailable(reason), commits: [] });
  return withCandidateRepo(
    dir,
    async (repo) => {
      if (repo.shallow) return none('shallow clone: history incomplete');
      if (!(await headReadable(repo))) return none(repo.notes.length > 0 ? `git history not read: ${repo.notes[0]}` : 'no git history');
      const started = Date.now();
      const trailers = await readCoAuthors(repo);
      const log = await readLog(repo, { bound: logBound(options, trailers) });
      const report = await analyseCommits(dir, repo, log.commits, options, started, log.gaps, trailers);
      if (log.bounded) report.bounded = log.bounded;
      return { report, commits: log.commits };
    },
    none,
  );
}

/** How a large history is bounded: the candidate's commits (as the shares will match them) are always read in full. */
function logBound(options: HistoryOptions, trailers: ReadonlyMap<string, Trailer[]>): LogBound {
  const limits = { ...DEFAULT_BOUND, ...options.bound };
  const scope = options.scope ?? scopeOf(options.scanned);
  const identity = hasIdentity(options.identity) ? buildMatcher(options.identity) : undefined;
  return {
    limits,
    select: (headers) => {
      const matcher = identity ? withAliases(identity, headers) : undefined;
      const coAuthored = coAuthoredByCandidate(trailers, matcher);
      return chooseFull(headers, scope, (c) => Boolean(matcher?.(c.name, c.email)) || coAuthored.has(c.hash), limits.maxOtherCommits);
    },
  };
}

/** The report from the log records (and blame, when authorship of own code is mixed). */
async function analyseCommits(
  dir: string,
  repo: CandidateRepo,
  commits: CommitRecord[],
  options: HistoryOptions,
  started: number,
  gaps: LogGaps | undefined,
  trailers: ReadonlyMap<string, Trailer[]>,
): Promise<HistoryReport> {
  if (commits.length === 0) return unavailable('no commits could be read');
  const scope = options.scope ?? scopeOf(options.scanned);
  if (commits.some((c) => c.summarised)) estimateSummarised(commits, scope, (c) => sourceLinesOf(c, scope));
  const identity = hasIdentity(options.identity) ? buildMatcher(options.identity) : undefined;
  const view = authorshipView(commits, scope, identity, trailers, identity ? possibleAccount(options.identity) : undefined);
  const report: HistoryReport = {
    available: true,
    head: commits[0].hash,
    nonMergeCommits: commits.length,
    mergeCommits: await countMerges(repo),
    sourceCommits: view.sourceCommits,
    authors: view.withSourceStats(authorStats(commits)),
    coAuthors: view.coAuthors,
    activity: activity(commits),
    rewritten: rewriteSigns(commits),
    bulkImports: view.bulkImports,
    budget: { exhausted: false, notBlamed: [] },
  };
  let unblamed: string[] = [];
  if (view.shares) {
    // Blame is needed only when authorship of own code is mixed: otherwise
    // every line at HEAD is (or is not) the candidate's.
    const blame = view.mixed
      ? await blameShare(repo, options.ownCode.slice(0, options.maxBlameFiles ?? MAX_BLAME_FILES), view.lineSide, started + (options.budgetMs ?? 30_000), options.ownCode.length)
      : await wholeShare(dir, options.ownCode, view.whole);
    report.candidate = {
      ...view.shares,
      blamedLines: blame.mine,
      totalBlamedLines: blame.total,
      blameShare: blame.total > 0 ? blame.mine / blame.total : null,
      ...(blame.machine > 0 ? { unattributedBlamedLines: blame.machine } : {}),
    };
    report.budget.notBlamed = blame.notBlamed;
    report.budget.exhausted = blame.notBlamed.length > 0;
    if (blame.capped) report.budget.capped = blame.capped;
    if (!report.budget.exhausted) report.bulkImports = boundedByHead(report.bulkImports, blame.total + blame.machine);
    unblamed = blame.failed;
  }
  const partial = partialOf(gaps, unblamed, repo.notes, unreadOwn(commits, scope));
  if (partial) report.partial = partial;
  return report;
}

/** What the log could not read of the own code at HEAD (log.ts readAround). */
interface Unread {
  /** Commits of which no line could be read, that changed own code at HEAD (or whose paths could not be listed). */
  commits: number;
  /** Own-code files at HEAD whose lines could not be read in commits otherwise read, and those commits. */
  files: number;
  partCommits: number;
}

/**
 * The commits whose unreadable changes matter: those touching own code at
 * HEAD. A missing video, data set or document changes no share, so a commit
 * that lost only such files (whole or in part) does not make the history
 * partial.
 */
function unreadOwn(commits: readonly CommitRecord[], scope: SourceScope): Unread {
  const files = new Set<string>();
  const out: Unread = { commits: 0, files: 0, partCommits: 0 };
  for (const c of commits) {
    if (c.unread) {
      if (!c.unknownPaths || unknownOwnPaths(c, scope).length > 0) out.commits++;
      continue;
    }
    const own = c.unknownPaths ? unknownOwnPaths(c, scope) : [];
    if (own.length === 0) continue;
    out.partCommits++;
    for (const p of own) files.add(p);
  }
  out.files = files.size;
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function partialOf(gaps: LogGaps | undefined, unblamedFiles: string[], notes: readonly string[], unread: Unread): HistoryPartial | undefined {
  // A walk that stopped early keeps the log's own account; otherwise only what touches own code counts.
  const truncated = gaps?.truncated ?? false;
  const missing = [
    ...(unread.commits > 0 ? [`the changes of ${plural(unread.commits, 'commit')} could not be read`] : []),
    ...(unread.files > 0 ? [`the lines of ${plural(unread.files, 'own-code file')} in ${plural(unread.partCommits, 'commit')} could not be read`] : []),
  ];
  const logReason = truncated ? gaps?.reason : missing.length > 0 ? `objects missing from the repository: ${missing.join(', and ')}` : undefined;
  if (!logReason && unblamedFiles.length === 0) return undefined;
  const reasons = [
    ...(logReason ? [logReason] : []),
    ...(unblamedFiles.length > 0 ? [`${unblamedFiles.length} files could not be blamed (objects missing)`] : []),
    ...notes,
  ];
  return { reason: reasons.join('; '), unreadableCommits: truncated ? (gaps?.unreadableCommits ?? 0) : unread.commits, truncated, unblamedFiles };
}

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Commits and lines per author (own-code counts and the candidate flag are added by the authorship view). */
function authorStats(commits: CommitRecord[]): AuthorStats[] {
  const byKey = new Map<string, AuthorStats & { min: number; max: number }>();
  for (const c of commits) {
    const key = `${c.name}\u0000${c.email.toLowerCase()}`;
    const a = byKey.get(key) ?? { name: c.name, email: c.email, commits: 0, linesAdded: 0, first: '', last: '', sourceCommits: 0, sourceLines: 0, min: Infinity, max: -Infinity };
    a.commits++;
    a.linesAdded += c.added;
    a.min = Math.min(a.min, c.authorTime);
    a.max = Math.max(a.max, c.authorTime);
    byKey.set(key, a);
  }
  return [...byKey.values()]
    .map(({ min, max, ...a }) => ({ ...a, first: isoDate(min), last: isoDate(max) }))
    .sort((x, y) => y.commits - x.commits || y.linesAdded - x.linesAdded || (x.email < y.email ? -1 : 1));
}

// Loops, not Math.min(...array): spreading a history of ~125k commits into one call overflows the stack.
export function activity(commits: readonly CommitRecord[]): HistoryReport['activity'] {
  let first = Infinity;
  let last = -Infinity;
  const weeks = new Set<number>();
  for (const c of commits) {
    first = Math.min(first, c.authorTime);
    last = Math.max(last, c.authorTime);
    weeks.add(Math.floor(c.authorTime / (7 * DAY)));
  }
  return { firstCommit: isoDate(first), lastCommit: isoDate(last), activeWeeks: weeks.size };
}

export function rewriteSigns(commits: readonly CommitRecord[]): HistoryReport['rewritten'] {
  const reasons: string[] = [];
  if (commits.length >= 20) {
    const counts = new Map<number, number>();
    for (const c of commits) counts.set(c.authorTime, (counts.get(c.authorTime) ?? 0) + 1);
    let top = 0;
    for (const n of counts.values()) top = Math.max(top, n);
    if (top / commits.length >= 0.5) reasons.push(`${top} of ${commits.length} commits share one author timestamp`);
  }
  if (commits.length >= 10) {
    const far = commits.filter((c) => Math.abs(c.commitTime - c.authorTime) > 30 * DAY).length;
    if (far / commits.length > 0.5) reasons.push(`${far} of ${commits.length} commits have author dates over 30 days from their committer dates`);
  }
  const future = commits.filter((c) => c.authorTime * 1000 > Date.now() + DAY * 1000).length;
  if (future > 0) reasons.push(`${future} commits are dated in the future`);
  return { suspected: reasons.length > 0, reasons };
}

/** Blamed own-code lines: the candidate's, and the total without those of unattributed machine identities (counted apart). */
