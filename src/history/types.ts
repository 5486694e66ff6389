// The history stage's result types, defined with their zod schemas in
// src/model (docs/authorship.md); CommitRecord is internal (it holds a Map).
export {
  AuthorStats,
  BulkCommit,
  CandidateIdentity,
  CandidateShare,
  CoAuthor,
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
  /** Lines added per path. */
  perPath: Map<string, number>;
}
