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
  /** Non-merge commits touching the repository's own code (own-source.ts). */
  sourceCommits: number;
  /** Lines added to own code present at HEAD (notebooks: code-cell share). */
  sourceLines: number;
}

/** An identity named in a `Co-authored-by:` trailer. */
export interface CoAuthor {
  name: string;
  email: string;
  /** Non-merge commits whose trailers name it. */
  commits: number;
  /** True when it matches the candidate; absent when no identity was given. */
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
  /** True when its author is the candidate (a neutral note, never copying); absent without an identity. */
  candidate?: boolean;
  /** True when it is the first commit touching the repository's own code (the history starts with it). */
  first: boolean;
}

export interface CandidateShare {
  /** The candidate's counted commits (authored, or co-authored by trailer). */
  commits: number;
  /** commits / countedCommits (0–1). */
  commitShare: number;
  /** The commits counted: those touching own code (`scope: 'source'`), or all when none does (`'all'`). */
  countedCommits: number;
  scope: 'source' | 'all';
  /** Of `commits`, those counted through a `Co-authored-by:` trailer naming the candidate. */
  coAuthored: number;
  /** Lines added to own code present at HEAD by the candidate, and by everyone. */
  linesAdded: number;
  totalLinesAdded: number;
  /** linesAdded / totalLinesAdded, or null when no own code was added. */
  lineShare: number | null;
  /** The candidate's commits that added no line (deletions, empty, or unreadable in a partial history). */
  unmeasuredCommits?: number;
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
  /** Non-merge commits touching the repository's own code (absent in reports older than this field). */
  sourceCommits?: number;
  authors: AuthorStats[];
  /** Identities named in `Co-authored-by:` trailers. */
  coAuthors?: CoAuthor[];
  /** Present when a candidate identity was given. */
  candidate?: CandidateShare;
  activity: { firstCommit?: string; lastCommit?: string; activeWeeks: number };
  /** Signs that history was rewritten or generated (information, not a verdict). */
  rewritten: { suspected: boolean; reasons: string[] };
  bulkImports: BulkCommit[];
  /** What the time budget left out (files not blamed), if anything. */
  budget: { exhausted: boolean; notBlamed: string[]; elapsedMs: number };
  /**
   * Present when the history could be read only in part: objects missing (a
   * partial clone, large blobs left out) or a time or output limit. Every
   * statistic above then comes from what could be read.
   */
  partial?: HistoryPartial;
}

/** What of a history could not be read. */
export interface HistoryPartial {
  /** Why, one line (for the report). */
  reason: string;
  /** Non-merge commits whose changes could not be read: counted as commits, their lines added are not. */
  unreadableCommits: number;
  /** The walk stopped before the first commit (a missing commit, or a limit): older commits are not counted. */
  truncated: boolean;
  /** Files of the repository's own code at HEAD whose blame failed (not in the blame share). */
  unblamedFiles: string[];
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
