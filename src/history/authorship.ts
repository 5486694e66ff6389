// Authorship of the repository's own code, from the log records: what the
// history report carries beyond the raw log (commits and lines of own code
// per author, co-author trailers, bulk imports of own code, the candidate's
// shares) and whether blame is needed to split the lines at HEAD.
import { coAuthorList, coAuthoredByCandidate, type Trailer } from './coauthors.js';
import { isMachineIdentity, withAliases, type IdentityMatcher } from './identity.js';
import { bulkImports, commitShares, sourceLinesOf, touchesSource, type SourceScope } from './shares.js';
import type { AuthorStats, BulkCommit, CandidateShare, CoAuthor, CommitRecord } from './types.js';

/** Whose a commit or a line is: the candidate's, another person's, or an unattributed machine identity's. */
export type Side = 'candidate' | 'other' | 'machine';

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
  /** Own code was changed from more than one side: only blame can split its lines. */
  mixed: boolean;
  /** When not mixed: whose every own-code line at HEAD is. */
  whole: Side;
  /** Whose a blamed line is (its author, or a trailer of its commit naming the candidate). */
  lineSide(name: string, email: string, commit: string): Side;
}

export function authorshipView(
  commits: readonly CommitRecord[],
  scope: SourceScope,
  identityMatcher: IdentityMatcher | undefined,
  trailers: ReadonlyMap<string, Trailer[]> = new Map(),
  possible?: IdentityMatcher,
): AuthorshipView {
  const matcher = identityMatcher ? withAliases(identityMatcher, commits) : undefined;
  const coAuthored = coAuthoredByCandidate(trailers, matcher);
  // One judgement per identity (a history repeats a few identities thousands of times).
  const byIdentity = new Map<string, Side>();
  const identitySide = (name: string, email: string): Side => {
    const key = `${name}\u0000${email}`;
    let side = byIdentity.get(key);
    if (side === undefined) byIdentity.set(key, (side = matcher?.(name, email) ? 'candidate' : isMachineIdentity(name, email) ? 'machine' : 'other'));
    return side;
  };
  const lineSide = (name: string, email: string, commit: string): Side => (coAuthored.has(commit) ? 'candidate' : identitySide(name, email));
  const side = (c: CommitRecord) => lineSide(c.name, c.email, c.hash);
  const source = commits.filter((c) => touchesSource(c, scope));
  // Without an identity no one is the candidate: every person is "other".
  const sides = new Set(source.map(side));
  const view: AuthorshipView = {
    sourceCommits: source.length,
    coAuthors: coAuthorList(commits, trailers, matcher),
    bulkImports: bulkImports(commits, scope, matcher ? (c) => side(c) === 'candidate' : undefined),
    withSourceStats: (authors) => withSourceStats(authors, commits, scope, matcher, possible),
    mixed: sides.size > 1,
    whole: sides.size === 1 ? [...sides][0] : 'candidate',
    lineSide,
  };
  if (matcher) {
    view.matcher = matcher;
    view.shares = commitShares(commits, scope, (c) => identitySide(c.name, c.email) === 'candidate', coAuthored, (c) => identitySide(c.name, c.email) === 'machine');
  }
  return view;
}

function withSourceStats(authors: AuthorStats[], commits: readonly CommitRecord[], scope: SourceScope, matcher?: IdentityMatcher, possible?: IdentityMatcher): AuthorStats[] {
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
    const candidate = matcher?.(a.name, a.email);
    const machine = !candidate && isMachineIdentity(a.name, a.email);
    // An account named after a login given (identity-mailbox.ts): possibly theirs, not verified; counted as another's.
    const maybe = matcher && !candidate && !machine && possible?.(a.name, a.email) ? { possibleCandidate: true as const } : {};
    return { ...a, ...(matcher ? { candidate: Boolean(candidate) } : {}), ...(machine ? { machine } : {}), ...maybe, sourceCommits: s?.commits ?? 0, sourceLines: s?.lines ?? 0 };
  });
}
