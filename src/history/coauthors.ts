// `Co-authored-by:` trailers (GitHub's convention for pair work and squashed
// suggestions). A commit whose trailer names the candidate counts as the
// candidate's; the other names are co-authors to report. One `git log` pass
// over the commits whose message mentions the trailer.
import { tryGit, type CandidateRepo } from './git.js';
import type { IdentityMatcher } from './identity.js';
import type { CoAuthor, CommitRecord } from './types.js';

export interface Trailer {
  name: string;
  email: string;
}

const TRAILER = /^co-authored-by:[ \t]*(.*?)[ \t]*<([^<>\s]+)>[ \t]*$/gim;
/** Trailers read per commit at most (a hostile message cannot grow the report). */
export const MAX_TRAILERS_PER_COMMIT = 20;

/** Commit hash → the identities its trailers name. */
export function parseCoAuthors(out: string): Map<string, Trailer[]> {
  const byCommit = new Map<string, Trailer[]>();
  for (const chunk of out.split('\x1e')) {
    const nl = chunk.indexOf('\n');
    const hash = (nl === -1 ? chunk : chunk.slice(0, nl)).trim();
    if (!/^[0-9a-f]{40}$/.test(hash)) continue;
    const trailers: Trailer[] = [];
    for (const m of chunk.slice(nl + 1).matchAll(TRAILER)) {
      if (trailers.length >= MAX_TRAILERS_PER_COMMIT) break;
      trailers.push({ name: m[1].slice(0, 200), email: m[2].slice(0, 200) });
    }
    if (trailers.length > 0) byCommit.set(hash, trailers);
  }
  return byCommit;
}

/** Most bytes of trailer log read. */
export const MAX_TRAILER_LOG_BYTES = 64 * 1024 * 1024;

/** Trailers of every non-merge commit whose message mentions one; empty when git fails. */
export async function readCoAuthors(repo: CandidateRepo, timeoutMs = 60_000): Promise<Map<string, Trailer[]>> {
  const args = ['log', '--no-merges', '-i', '--grep=co-authored-by:', '--format=%x1e%H%n%b', repo.head];
  const out = await tryGit(repo, args, { timeoutMs, maxStdout: MAX_TRAILER_LOG_BYTES });
  return out === undefined ? new Map() : parseCoAuthors(out);
}

/** The commits a trailer credits to the candidate. */
export function coAuthoredByCandidate(trailers: ReadonlyMap<string, Trailer[]>, matcher: IdentityMatcher | undefined): Set<string> {
  const out = new Set<string>();
  if (!matcher) return out;
  for (const [hash, list] of trailers) if (list.some((t) => matcher(t.name, t.email))) out.add(hash);
  return out;
}

/** Identities named in trailers of the given commits, most commits first. */
export function coAuthorList(commits: readonly CommitRecord[], trailers: ReadonlyMap<string, Trailer[]>, matcher: IdentityMatcher | undefined): CoAuthor[] {
  const byEmail = new Map<string, CoAuthor>();
  for (const c of commits) {
    const seen = new Set<string>();
    for (const t of trailers.get(c.hash) ?? []) {
      const key = t.email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byEmail.get(key) ?? { name: t.name, email: t.email, commits: 0, ...(matcher ? { candidate: matcher(t.name, t.email) } : {}) };
      entry.commits++;
      byEmail.set(key, entry);
    }
  }
  return [...byEmail.values()].sort((a, b) => b.commits - a.commits || (a.email < b.email ? -1 : 1));
}
