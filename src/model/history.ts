// Authorship from git history (src/history): who wrote the repository, the
// candidate's share, bulk imports (docs/authorship.md).
import { z } from 'zod';

/** Who the candidate is in git: any of these emails or names. */
export const CandidateIdentity = z.object({ emails: z.array(z.string()), names: z.array(z.string()) });
export type CandidateIdentity = z.infer<typeof CandidateIdentity>;

export const AuthorStats = z.object({
  /** Name and email as recorded in the commits (a repository's `.mailmap` is never applied). */
  name: z.string(),
  email: z.string(),
  /** Non-merge commits. */
  commits: z.number().int(),
  linesAdded: z.number().int(),
  /** ISO dates (YYYY-MM-DD) of the first and last non-merge commit. */
  first: z.string(),
  last: z.string(),
  /** True when this author matches the candidate; absent when no identity was given. */
  candidate: z.boolean().optional(),
  /** True for a default identity of a machine or a tool (`ubuntu@ip-….ec2.internal`, `root`, a bot): unattributed, counted neither for nor against the candidate, never a co-author. */
  machine: z.boolean().optional(),
  /**
   * True for another author whose name, mailbox or noreply login holds a login given for the candidate as a whole word
   * (`murilobiss-dataeng` for `murilobiss`): possibly the candidate under another account, not verified; never called a co-author.
   */
  possibleCandidate: z.literal(true).optional(),
  /** Non-merge commits touching the repository's own code (own-source.ts). */
  sourceCommits: z.number().int(),
  /** Lines added to own code present at HEAD (notebooks: code-cell share). */
  sourceLines: z.number(),
});
export type AuthorStats = z.infer<typeof AuthorStats>;

/** An identity named in a `Co-authored-by:` trailer. */
export const CoAuthor = z.object({
  name: z.string(),
  email: z.string(),
  /** Non-merge commits whose trailers name it. */
  commits: z.number().int(),
  /** True when it matches the candidate; absent when no identity was given. */
  candidate: z.boolean().optional(),
});
export type CoAuthor = z.infer<typeof CoAuthor>;

/** A commit that brought in a large share of the code at once. */
export const BulkCommit = z.object({
  commit: z.string(),
  date: z.string(),
  author: z.string(),
  email: z.string(),
  /** Files it added lines to (any file). */
  files: z.number().int(),
  /** Own-code files it added (git's status A: no older commit touched them); what an upload note counts. */
  addedFiles: z.number().int().optional(),
  linesAdded: z.number(),
  /**
   * Own-code lines later commits (by anyone) added to the own files it added
   * lines to: how far the code it brought was developed afterwards (the
   * upload note needs little: verdict.ts UPLOAD_DEVELOPED_SHARE).
   */
  laterLines: z.number().optional(),
  /** The later commits that added those lines. */
  laterCommits: z.number().int().optional(),
  /**
   * Own-code files the same commit deleted that older commits had written, and the lines those commits added to them:
   * code moved or restructured (`ann.py` → `vektordb/ann.py` edited past git's rename detection), not uploaded.
   */
  movedFiles: z.number().int().optional(),
  movedLines: z.number().optional(),
  /** Its share of all lines added in the history (0–1). */
  share: z.number(),
  subject: z.string(),
  /** True when its author is the candidate (a neutral note, never copying); absent without an identity. */
  candidate: z.boolean().optional(),
  /** True when it is the first commit touching the repository's own code (the history starts with it). */
  first: z.boolean(),
});
export type BulkCommit = z.infer<typeof BulkCommit>;

export const CandidateShare = z.object({
  /** The candidate's counted commits (authored, or co-authored by trailer). */
  commits: z.number().int(),
  /** commits / countedCommits (0–1). */
  commitShare: z.number(),
  /** The commits counted: those touching own code (`scope: 'source'`), or all when none does (`'all'`). */
  countedCommits: z.number().int(),
  scope: z.enum(['source', 'all']),
  /** Of `commits`, those counted through a `Co-authored-by:` trailer naming the candidate. */
  coAuthored: z.number().int(),
  /** Lines added to own code present at HEAD by the candidate, and by everyone. */
  linesAdded: z.number(),
  totalLinesAdded: z.number(),
  /** linesAdded / totalLinesAdded, or null when no own code was added. */
  lineShare: z.number().nullable(),
  /** The candidate's commits that added no line (deletions, empty, or unreadable in a partial history). */
  unmeasuredCommits: z.number().int().optional(),
  /** Commits to own code, own-code lines added and blamed own-code lines of unattributed machine identities: outside every share above. */
  unattributedCommits: z.number().int().optional(),
  unattributedLines: z.number().optional(),
  unattributedBlamedLines: z.number().optional(),
  /** Lines of the repository's own code whose blame is the candidate, and the lines blamed. */
  blamedLines: z.number(),
  totalBlamedLines: z.number(),
  /** blamedLines / totalBlamedLines, or null when nothing was blamed. */
  blameShare: z.number().nullable(),
});
export type CandidateShare = z.infer<typeof CandidateShare>;

/** What of a history could not be read. */
export const HistoryPartial = z.object({
  /** Why, one line (for the report). */
  reason: z.string(),
  /** Non-merge commits whose changes could not be read: counted as commits, their lines added are not. */
  unreadableCommits: z.number().int(),
  /** The walk stopped before the first commit (a missing commit, or a limit): older commits are not counted. */
  truncated: z.boolean(),
  /** Files of the repository's own code at HEAD whose blame failed (not in the blame share). */
  unblamedFiles: z.array(z.string()),
});
export type HistoryPartial = z.infer<typeof HistoryPartial>;

/** A line of the README (or NOTICE, CREDITS) that credits another source for the code (src/history/credits.ts). */
export const Credit = z.object({
  path: z.string(),
  /** 1-based line number. */
  line: z.number().int(),
  /** The line as text (Markdown removed, clipped). */
  text: z.string(),
  /** The credit names a course or a tutorial (the repository is its exercises): its evidence counts as partial authorship. */
  course: z.literal(true).optional(),
});
export type Credit = z.infer<typeof Credit>;

export const HistoryReport = z.object({
  available: z.boolean(),
  /** Why not, when unavailable: `no git history`, `shallow clone`. */
  reason: z.string().optional(),
  head: z.string().optional(),
  nonMergeCommits: z.number().int(),
  mergeCommits: z.number().int(),
  /** Non-merge commits touching the repository's own code (absent in reports older than this field). */
  sourceCommits: z.number().int().optional(),
  authors: z.array(AuthorStats),
  /** Identities named in `Co-authored-by:` trailers. */
  coAuthors: z.array(CoAuthor).optional(),
  /** Present when a candidate identity was given. */
  candidate: CandidateShare.optional(),
  /**
   * Present when identities were given but match no commit author in any
   * repository screened together: authorship is then not judged (no
   * `candidate`). The identities given; empty in a blind report.
   */
  unmatchedIdentities: z.array(z.string()).optional(),
  activity: z.object({ firstCommit: z.string().optional(), lastCommit: z.string().optional(), activeWeeks: z.number().int() }),
  /** Signs that history was rewritten or generated (information, not a verdict). */
  rewritten: z.object({ suspected: z.boolean(), reasons: z.array(z.string()) }),
  bulkImports: z.array(BulkCommit),
  /** What the time budget left out (files not blamed), if anything. */
  budget: z.object({ exhausted: z.boolean(), notBlamed: z.array(z.string()), capped: z.number().int().nonnegative().optional() }),
  /**
   * Present when the history could be read only in part: objects missing (a
   * partial clone, large blobs left out) or a time or output limit. Every
   * statistic above then comes from what could be read.
   */
  partial: HistoryPartial.optional(),
  /**
   * Lines of the README (NOTICE, CREDITS) crediting another source for the
   * code ("based on the tutorial by …", "forked from …"): authorship is then
   * partial, said neutrally; never a red flag, never a lower score.
   */
  credits: z.array(Credit).optional(),
  /**
   * Present when a large history was bounded (src/history/bound.ts): of the
   * `otherCommits` (not the candidate's), `summarisedCommits` were read
   * without their lines, which are estimated from `sampledCommits` read in
   * full. The candidate's commits are always read in full.
   */
  bounded: z.object({ otherCommits: z.number().int(), summarisedCommits: z.number().int(), sampledCommits: z.number().int() }).optional(),
});
export type HistoryReport = z.infer<typeof HistoryReport>;
