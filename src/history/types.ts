// The history stage's result types, defined with their zod schemas in
// src/model (docs/authorship.md); CommitRecord is internal (it holds a Map).
export {
  AuthorStats,
  BulkCommit,
  CandidateIdentity,
  CandidateShare,
  CoAuthor,
  Credit,
  HistoryPartial,
  HistoryReport,
} from '../model/history.js';
export type { Authorship } from '../model/evidence.js';

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
  /** Lines added per path (after the log is read: each path under its name at HEAD, renames.ts). */
  perPath: Map<string, number>;
  /** Files this commit renamed (old path, new path), as git's rename detection found them. */
  renames?: Array<[from: string, to: string]>;
  /**
   * Its changes could not be read at all (objects missing): only the paths it
   * changed are known, with no lines; no one is credited with its files.
   */
  unread?: boolean;
  /**
   * Paths whose lines this commit changed could not be read (a blob missing,
   * or a file that may be a rename of a missing one): counted with no lines,
   * and no one is credited with them from this commit. Names at HEAD once
   * renames are followed.
   */
  unknownPaths?: Set<string>;
  /** In a bounded history (bound.ts): only the paths were read; lines added are `estimate`. */
  summarised?: boolean;
  /** In a bounded history: read in full as part of the sample the estimate is made from. */
  sampled?: boolean;
  /** Estimated own-code lines at HEAD of a summarised commit. */
  estimate?: number;
}
