// Two readings of the other authors of a repository that are not teamwork
// (docs/authorship.md): an account that may be the candidate's own, and a
// starting point others made before the candidate's first commit.
import { completeBlameShare, nameList, pct, type Named } from './verdict.js';
import type { HistoryReport } from './types.js';

/**
 * Authors whose name, mailbox or noreply login holds a login given for the
 * candidate as a whole word (identity-mailbox.ts): "possibly the candidate
 * under another account (not verified): murilobiss-dataeng (120 commits)".
 * Their commits still count as another identity's in every share.
 */
export function possibleAccountsNote(h: HistoryReport, named = true): string | undefined {
  const maybe = h.authors.filter((a) => a.possibleCandidate && a.sourceCommits > 0);
  if (maybe.length === 0) return undefined;
  const who = named ? nameList(maybe.map((a): Named => ({ name: a.name, commits: a.commits, ...(a.sourceCommits < a.commits ? { codeCommits: a.sourceCommits } : {}) }))) : `${maybe.length} identit${maybe.length === 1 ? 'y' : 'ies'}`;
  return `${who}: an account named after the login given, possibly the candidate under another account (not verified); its commits are not counted as the candidate's: if it is theirs, give that identity`;
}

/** Every other person's commits come before the candidate's first one: how many, and by whom. */
export interface StartingPoint {
  commits: number;
  people: number;
}

/**
 * The candidate built on a starting point by others (a template, a course's
 * scaffold, a fork's upstream): every other person's commits (machine
 * identities aside) are dated before the candidate's first commit, on an
 * earlier day, so nobody worked beside them. Undefined otherwise, or with
 * no other person.
 */
export function startingPoint(h: HistoryReport): StartingPoint | undefined {
  if (!h.available || !h.candidate) return undefined;
  const mine = h.authors.filter((a) => a.candidate === true);
  const others = h.authors.filter((a) => a.candidate === false && !a.machine);
  if (mine.length === 0 || others.length === 0 || !others.some((a) => a.sourceCommits > 0)) return undefined;
  const first = mine.map((a) => a.first).sort()[0];
  if (!others.every((a) => a.last < first)) return undefined;
  const people = new Set(others.map((a) => a.email.toLowerCase())).size;
  return { commits: others.reduce((n, a) => n + a.commits, 0), people };
}

/** "built on a starting point by others (21 commits before theirs); of the own-code lines at HEAD, 62% are the candidate's (blame)". */
export function startingPointNote(h: HistoryReport, start: StartingPoint): string {
  const c = h.candidate;
  const blame = completeBlameShare(h);
  const split =
    blame !== null
      ? `; of the own-code lines at HEAD, ${pct(blame)} are the candidate's (blame)`
      : c?.lineShare !== null && c?.lineShare !== undefined
        ? `; of the own-code lines added, ${pct(c.lineShare)} are the candidate's`
        : '';
  return `the candidate built on a starting point by others (${start.commits} commit${start.commits === 1 ? '' : 's'} before theirs)${split}: not a team project and not a red flag`;
}
