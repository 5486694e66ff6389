import type { Authorship } from '../signals/types.js';

/** Who the candidate is in git: any of these emails or names. */
export interface CandidateIdentity {
  emails: string[];
  names: string[];
}

export interface AuthorStats {
  /** Name and email after `.mailmap`. */
  name: string;
  email: string;
  /** Non-merge commits. */
  commits: number;
  linesAdded: number;
  /** ISO dates (YYYY-MM-DD) of the first and last non-merge commit. */
  first: string;
  last: string;
  /** True when this author matches the candidate; absent when no identity was given. */
  candidate?: boolean;
}

/** A commit that brought in a large share of the code at once. */
export interface BulkCommit {
  commit: string;
  date: string;
  author: string;
  email: string;
  files: number;
  linesAdded: number;
  /** Its share of all lines added in the history (0–1). */
  share: number;
  subject: string;
}

export interface CandidateShare {
  commits: number;
  /** Share of non-merge commits (0–1). */
  commitShare: number;
  /** Lines of the repository's own code whose blame is the candidate, and the lines blamed. */
  blamedLines: number;
  totalBlamedLines: number;
  /** blamedLines / totalBlamedLines, or null when nothing was blamed. */
  blameShare: number | null;
}

export interface HistoryReport {
  available: boolean;
  /** Why not, when unavailable: `no git history`, `shallow clone`. */
  reason?: string;
  head?: string;
  nonMergeCommits: number;
  mergeCommits: number;
  authors: AuthorStats[];
  /** Present when a candidate identity was given. */
  candidate?: CandidateShare;
  activity: { firstCommit?: string; lastCommit?: string; activeWeeks: number };
  /** Signs that history was rewritten or generated (information, not a verdict). */
  rewritten: { suspected: boolean; reasons: string[] };
  bulkImports: BulkCommit[];
  /** What the time budget left out (files not blamed), if anything. */
  budget: { exhausted: boolean; notBlamed: string[]; elapsedMs: number };
}

/** One non-merge commit from the log pass. */
export interface CommitRecord {
  hash: string;
  name: string;
  email: string;
  authorTime: number;
  commitTime: number;
  subject: string;
  files: number;
  added: number;
  /** Lines added per path. */
  perPath: Map<string, number>;
}

export type { Authorship };
