// Authorship of the repository's own code, from the log records: what the
// history report carries beyond the raw log (commits and lines of own code
// per author, co-author trailers, bulk imports of own code, the candidate's
// shares) and whether blame is needed to split the lines at HEAD.
import { coAuthorList, coAuthoredByCandidate, type Trailer } from './coauthors.js';
import { withNoreplyAliases, type IdentityMatcher } from './identity.js';
import { bulkImports, commitShares, sourceLinesOf, touchesSource, type SourceScope } from './shares.js';
import type { AuthorStats, BulkCommit, CandidateShare, CoAuthor, CommitRecord } from './types.js';

export interface AuthorshipView {
  sourceCommits: number;
  coAuthors: CoAuthor[];
  bulkImports: BulkCommit[];
  /** Adds own-code commits and lines to each author of `authorStats` (and `candidate` by the widened matcher). */
  withSourceStats(authors: AuthorStats[]): AuthorStats[];
  /** The matcher, widened to the candidate's GitHub web-UI identity (see identity.ts). */
  matcher?: IdentityMatcher;
  /** The candidate's commits and lines (blame shares are added by the caller); absent without an identity. */
  shares?: Omit<CandidateShare, 'blamedLines' | 'totalBlamedLines' | 'blameShare'>;
  /** Own code was changed both by the candidate and by others: only blame can split its lines. */
  mixed: boolean;
  /** When not mixed: every own-code line at HEAD is the candidate's. */
  allMine: boolean;
  /** Whether a blamed line is the candidate's (its author, or a trailer of its commit). */
  isMineLine(name: string, email: string, commit: string): boolean;
}

export function authorshipView(
  commits: readonly CommitRecord[],
  scope: SourceScope,
  identityMatcher: IdentityMatcher | undefined,
  trailers: ReadonlyMap<string, Trailer[]> = new Map(),
): AuthorshipView {
  const matcher = identityMatcher ? withNoreplyAliases(identityMatcher, commits) : undefined;
  const coAuthored = coAuthoredByCandidate(trailers, matcher);
  const isCandidate = matcher ? (c: CommitRecord) => matcher(c.name, c.email) || coAuthored.has(c.hash) : undefined;
  const source = commits.filter((c) => touchesSource(c, scope));
  const others = isCandidate ? source.some((c) => !isCandidate(c)) : true;
  const mine = isCandidate ? source.some(isCandidate) : false;
  const view: AuthorshipView = {
    sourceCommits: source.length,
    coAuthors: coAuthorList(commits, trailers, matcher),
    bulkImports: bulkImports(commits, scope, isCandidate),
    withSourceStats: (authors) => withSourceStats(authors, commits, scope, matcher),
    mixed: others && mine,
    allMine: !others,
    isMineLine: (name, email, commit) => Boolean(matcher?.(name, email)) || coAuthored.has(commit),
  };
  if (matcher) {
    view.matcher = matcher;
    view.shares = commitShares(commits, scope, (c) => matcher(c.name, c.email), coAuthored);
  }
  return view;
}

function withSourceStats(authors: AuthorStats[], commits: readonly CommitRecord[], scope: SourceScope, matcher?: IdentityMatcher): AuthorStats[] {
  const key = (name: string, email: string) => `${name}\u0000${email.toLowerCase()}`;
  const stats = new Map<string, { commits: number; lines: number }>();
  for (const c of commits) {
    const k = key(c.name, c.email);
    const s = stats.get(k) ?? { commits: 0, lines: 0 };
    if (touchesSource(c, scope)) s.commits++;
    s.lines += sourceLinesOf(c, scope);
    stats.set(k, s);
  }
  return authors.map((a) => {
    const s = stats.get(key(a.name, a.email));
    return { ...a, ...(matcher ? { candidate: matcher(a.name, a.email) } : {}), sourceCommits: s?.commits ?? 0, sourceLines: s?.lines ?? 0 };
  });
}
