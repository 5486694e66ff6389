// Authorship statistics from one log pass and a bounded blame of own code.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blameFile } from './blame.js';
import { buildMatcher, hasIdentity, type IdentityMatcher } from './identity.js';
import { countMerges, historyState, readLog } from './log.js';
import type { AuthorStats, BulkCommit, CandidateIdentity, CommitRecord, HistoryReport } from './types.js';

export interface HistoryOptions {
  identity?: CandidateIdentity;
  /** Repository-relative paths of the repository's own code (vendored, generated and notebooks excluded). */
  ownCode: readonly string[];
  /** Repository-relative paths of every scanned file (for lines-of-code shares). */
  scanned: readonly string[];
  /** Wall-clock budget for blame, in ms. */
  budgetMs?: number;
}

/** A bulk commit brings at least this share of the lines of today's files... */
export const BULK_SHARE = 0.5;
/** ...and at least this many lines, so a two-line repository is not "bulk imported". */
export const BULK_MIN_LINES = 200;
const DAY = 86_400;

export function unavailable(reason: string): HistoryReport {
  return {
    available: false,
    reason,
    nonMergeCommits: 0,
    mergeCommits: 0,
    authors: [],
    activity: { activeWeeks: 0 },
    rewritten: { suspected: false, reasons: [] },
    bulkImports: [],
    budget: { exhausted: false, notBlamed: [], elapsedMs: 0 },
  };
}

/** The history report, and the log records it was built from (for evidence attribution). */
export async function analyseHistory(dir: string, options: HistoryOptions): Promise<{ report: HistoryReport; commits: CommitRecord[] }> {
  const state = await historyState(dir);
  if (state === 'none') return { report: unavailable('no git history'), commits: [] };
  if (state === 'shallow') return { report: unavailable('shallow clone: history incomplete'), commits: [] };
  const started = Date.now();
  const commits = await readLog(dir);
  return { report: await analyseCommits(dir, commits, options, started), commits };
}

/** The report from the log records (and blame, when authorship is mixed). */
export async function analyseCommits(dir: string, commits: CommitRecord[], options: HistoryOptions, started = Date.now()): Promise<HistoryReport> {
  if (commits.length === 0) return unavailable('no commits could be read');
  const matcher = hasIdentity(options.identity) ? buildMatcher(options.identity) : undefined;
  const report: HistoryReport = {
    available: true,
    head: commits[0].hash,
    nonMergeCommits: commits.length,
    mergeCommits: await countMerges(dir),
    authors: authorStats(commits, matcher),
    activity: activity(commits),
    rewritten: rewriteSigns(commits),
    bulkImports: bulkImports(commits, new Set(options.scanned)),
    budget: { exhausted: false, notBlamed: [], elapsedMs: 0 },
  };
  if (matcher) {
    const own = report.authors.filter((a) => a.candidate).reduce((n, a) => n + a.commits, 0);
    // Blame is needed only when authorship is mixed: with every commit (or none)
    // by the candidate, every blamed line is (or is not) theirs.
    const blame =
      own === commits.length || own === 0
        ? await wholeShare(dir, options.ownCode, own > 0)
        : await blameShare(dir, options.ownCode, matcher, started + (options.budgetMs ?? 30_000));
    report.candidate = {
      commits: own,
      commitShare: own / commits.length,
      blamedLines: blame.mine,
      totalBlamedLines: blame.total,
      blameShare: blame.total > 0 ? blame.mine / blame.total : null,
    };
    report.budget.notBlamed = blame.notBlamed;
    report.budget.exhausted = blame.notBlamed.length > 0;
  }
  report.budget.elapsedMs = Date.now() - started;
  return report;
}

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function authorStats(commits: CommitRecord[], matcher?: IdentityMatcher): AuthorStats[] {
  const byKey = new Map<string, AuthorStats & { min: number; max: number }>();
  for (const c of commits) {
    const key = `${c.name}\u0000${c.email.toLowerCase()}`;
    const a = byKey.get(key) ?? { name: c.name, email: c.email, commits: 0, linesAdded: 0, first: '', last: '', min: Infinity, max: -Infinity };
    a.commits++;
    a.linesAdded += c.added;
    a.min = Math.min(a.min, c.authorTime);
    a.max = Math.max(a.max, c.authorTime);
    byKey.set(key, a);
  }
  return [...byKey.values()]
    .map(({ min, max, ...a }) => ({ ...a, first: isoDate(min), last: isoDate(max), ...(matcher ? { candidate: matcher(a.name, a.email) } : {}) }))
    .sort((x, y) => y.commits - x.commits || y.linesAdded - x.linesAdded || (x.email < y.email ? -1 : 1));
}

function activity(commits: CommitRecord[]): HistoryReport['activity'] {
  const times = commits.map((c) => c.authorTime);
  const weeks = new Set(times.map((t) => Math.floor(t / (7 * DAY))));
  return { firstCommit: isoDate(Math.min(...times)), lastCommit: isoDate(Math.max(...times)), activeWeeks: weeks.size };
}

function rewriteSigns(commits: CommitRecord[]): HistoryReport['rewritten'] {
  const reasons: string[] = [];
  if (commits.length >= 20) {
    const counts = new Map<number, number>();
    for (const c of commits) counts.set(c.authorTime, (counts.get(c.authorTime) ?? 0) + 1);
    const top = Math.max(...counts.values());
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

function bulkImports(commits: CommitRecord[], scanned: Set<string>): BulkCommit[] {
  const linesOf = (c: CommitRecord) => [...c.perPath].reduce((n, [p, a]) => n + (scanned.has(p) ? a : 0), 0);
  const total = commits.reduce((n, c) => n + linesOf(c), 0);
  if (total === 0) return [];
  return commits
    .map((c) => ({ c, lines: linesOf(c) }))
    .filter(({ lines }) => lines >= BULK_MIN_LINES && lines / total >= BULK_SHARE)
    .map(({ c, lines }) => ({
      commit: c.hash,
      date: isoDate(c.authorTime),
      author: c.name,
      email: c.email,
      files: c.files,
      linesAdded: lines,
      share: lines / total,
      subject: c.subject,
    }));
}

/** Line counts of the files at HEAD, all attributed to one side (no blame needed). */
async function wholeShare(dir: string, files: readonly string[], mine: boolean) {
  let total = 0;
  for (const path of files) {
    const text = await readFile(join(dir, path), 'utf8').catch(() => '');
    if (text) total += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return { mine: mine ? total : 0, total, notBlamed: [] as string[] };
}

async function blameShare(dir: string, files: readonly string[], matcher: IdentityMatcher, deadline: number) {
  let mine = 0;
  let total = 0;
  const notBlamed: string[] = [];
  const queue = [...files];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const left = deadline - Date.now();
      if (left <= 0) {
        notBlamed.push(path);
        continue;
      }
      const lines = await blameFile(dir, path, left);
      if (!lines) {
        if (Date.now() >= deadline) notBlamed.push(path);
        continue;
      }
      total += lines.length;
      mine += lines.filter((l) => matcher(l.name, l.email)).length;
    }
  };
  await Promise.all([worker(), worker()]);
  return { mine, total, notBlamed: notBlamed.sort() };
}
