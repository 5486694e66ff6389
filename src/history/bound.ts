// Large histories are bounded (issue 15): `git log --numstat` diffs every
// commit's files, about 6 s over 11,000 commits. Above MAX_FULL_COMMITS
// non-merge commits, every commit's header and changed paths are read (cheap:
// tree comparisons only), and lines added are read for the candidate's
// commits in full and for at most MAX_OTHER_COMMITS others: the fifth that
// touch the most own files at HEAD (bulk imports are among them), and an
// evenly spaced sample of the rest. Reading a commit's lines out of log order
// costs about what it costs in the log (measured on real packs), so the
// saving is the share of commits summarised. The other commits are "summarised":
// their commits count exactly (they touch own code or not), their own-code
// lines are estimated from the sample, lines per own file touched.
import type { SourceScope } from './shares.js';
import type { CommitRecord } from './types.js';

/** Histories up to this many non-merge commits are read whole. */
export const MAX_FULL_COMMITS = 2_000;
/** In a bounded history, commits of others read with their lines at most. */
export const MAX_OTHER_COMMITS = 1_000;
/** Of those, the share chosen as the heaviest (most own files touched); the rest are the sample. */
export const HEAVIEST_SHARE = 0.2;

export interface BoundLimits {
  maxFullCommits: number;
  maxOtherCommits: number;
}

export const DEFAULT_BOUND: BoundLimits = { maxFullCommits: MAX_FULL_COMMITS, maxOtherCommits: MAX_OTHER_COMMITS };

/** Which commits of a bounded history are read with their lines. */
export interface Selection {
  /** Read in full: the candidate's, the heaviest others', the sample. */
  full: Set<string>;
  /** Of `full`, the evenly spaced sample of the others (the base of the estimate). */
  sample: Set<string>;
  /** Commits that are not the candidate's. */
  others: number;
}

/** Own files at HEAD a commit touched (paths under their names at HEAD). */
export function ownTouches(c: CommitRecord, scope: SourceScope): number {
  let n = 0;
  for (const p of c.perPath.keys()) if (scope.atHead.has(p) && scope.own(p)) n++;
  return n;
}

/**
 * The commits to read in full, from the log's headers and changed paths
 * (newest first): every commit of the candidate's, then others up to
 * `maxOthers`: a fifth touching the most own files at HEAD, and an evenly
 * spaced sample of the rest.
 */
export function chooseFull(commits: readonly CommitRecord[], scope: SourceScope, isCandidate: (c: CommitRecord) => boolean, maxOthers: number): Selection {
  const full = new Set<string>();
  const others: CommitRecord[] = [];
  for (const c of commits) {
    if (isCandidate(c)) full.add(c.hash);
    else others.push(c);
  }
  const sample = new Set<string>();
  if (others.length <= maxOthers) {
    for (const c of others) full.add(c.hash);
    return { full, sample, others: others.length };
  }
  const weight = new Map(others.map((c) => [c.hash, ownTouches(c, scope)]));
  const heaviest = others
    .filter((c) => (weight.get(c.hash) ?? 0) > 0)
    .sort((a, b) => (weight.get(b.hash) ?? 0) - (weight.get(a.hash) ?? 0) || b.authorTime - a.authorTime)
    .slice(0, Math.floor(maxOthers * HEAVIEST_SHARE));
  for (const c of heaviest) full.add(c.hash);
  const rest = others.filter((c) => !full.has(c.hash));
  const k = Math.min(rest.length, maxOthers - heaviest.length);
  for (let i = 0; i < k; i++) {
    const c = rest[Math.floor((i * rest.length) / k)];
    full.add(c.hash);
    sample.add(c.hash);
  }
  return { full, sample, others: others.length };
}

/**
 * Own-code lines of each summarised commit, estimated from the sample:
 * lines added to own files at HEAD per own file touched, times the files it
 * touched. Sets `estimate` on the summarised commits (shares.ts reads it).
 */
export function estimateSummarised(commits: readonly CommitRecord[], scope: SourceScope, linesOf: (c: CommitRecord) => number): void {
  let lines = 0;
  let touches = 0;
  for (const c of commits) {
    if (!c.sampled) continue;
    lines += linesOf(c);
    touches += ownTouches(c, scope);
  }
  const perTouch = touches > 0 ? lines / touches : 0;
  for (const c of commits) if (c.summarised) c.estimate = ownTouches(c, scope) * perTouch;
}
