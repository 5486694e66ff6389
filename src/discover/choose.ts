// The choosing rules: some repositories are left out by rule (empty, gated,
// a fork without the candidate's own commits, a clone URL refused); the rest
// earn points (docs/discover.md) and the best `maxRepos` are chosen. Every
// repository gets one line saying why, so a reviewer can override.
import type { FoundRepo, JudgedRepo } from './types.js';

/** Points for each fact; the sum orders the repositories (ties: most recently active, then name). */
export const POINTS = {
  namedOnCv: 40,
  own: 30,
  forkWithOwnCommits: 10,
  python: 20,
  languageUnknown: 5,
  activeLastYear: 15,
  activeLastThreeYears: 5,
  claim: 5,
  claimsAtMost: 3,
  archived: -25,
} as const;

const DAY = 86_400_000;
/** What the host's `language` is for each kind: a model's library, a Space's SDK. */
const LANGUAGE_WORD: Record<FoundRepo['kind'], string> = { repository: 'language', model: 'library', space: 'SDK', dataset: 'language' };

/** Why a repository is left out whatever its points, or undefined. */
export function leftOutBecause(repo: FoundRepo, cloneProblem: string | undefined): string | undefined {
  if (cloneProblem) return cloneProblem;
  if (repo.empty) return 'empty repository: nothing to scan';
  if (repo.gated) return 'gated or disabled on the host: it cannot be cloned without the owner’s consent';
  if (repo.fork?.checked && !repo.fork.ownCommits) return `${forkOf(repo)} without commits of the candidate’s own`;
  return undefined;
}

function forkOf(repo: FoundRepo): string {
  return repo.fork?.parent ? `fork of ${repo.fork.parent}` : 'fork';
}

function daysBefore(asOf: string, date: string | undefined): number | undefined {
  if (!date) return undefined;
  const d = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(d) ? undefined : Math.floor((Date.parse(`${asOf}T00:00:00Z`) - d) / DAY);
}

/** The repository's points, and the facts that earned them, in words. */
export function pointsOf(repo: FoundRepo, asOf: string): { points: number; facts: string[] } {
  let points = 0;
  const facts: string[] = [];
  const add = (n: number, fact: string) => {
    points += n;
    facts.push(fact);
  };
  if (repo.fork) {
    const commits = repo.fork.checked ? ` with ${repo.fork.ownCommits} commit${repo.fork.ownCommits === 1 ? '' : 's'} of the candidate’s own` : ' (commits not checked yet)';
    add(POINTS.forkWithOwnCommits, `${forkOf(repo)}${commits}`);
  } else if (repo.own) add(POINTS.own, kindWords(repo, 'own'));
  else facts.push(kindWords(repo, 'someone else’s'));
  if (repo.python === true) add(POINTS.python, repo.language && !/^python$/i.test(repo.language) ? `Python (${repo.language})` : 'Python');
  else if (repo.python === null) add(POINTS.languageUnknown, repo.language ? `${LANGUAGE_WORD[repo.kind]} ${repo.language}` : 'language unknown');
  else facts.push(repo.kind === 'dataset' ? 'data rather than code' : `written in ${repo.language ?? 'another language'}`);
  const days = daysBefore(asOf, repo.activeAt);
  if (days !== undefined && days <= 365) add(POINTS.activeLastYear, `active ${repo.activeAt} (within a year)`);
  else if (days !== undefined && days <= 3 * 365) add(POINTS.activeLastThreeYears, `active ${repo.activeAt} (within three years)`);
  else facts.push(repo.activeAt ? `last active ${repo.activeAt}` : 'activity unknown');
  if (repo.namedOnCv) add(POINTS.namedOnCv, 'named on the CV');
  if (repo.claims.length > 0) add(POINTS.claim * Math.min(repo.claims.length, POINTS.claimsAtMost), `matches CV claims: ${repo.claims.join(', ')}`);
  if (repo.archived) add(POINTS.archived, 'archived');
  return { points, facts };
}

function kindWords(repo: FoundRepo, whose: string): string {
  return repo.kind === 'repository' ? `${whose} repository` : `${whose} ${repo.kind === 'space' ? 'Space' : repo.kind}`;
}

/** Best first: points, then most recently active, then name. */
export function byRank(a: { points: number; repo: FoundRepo }, b: { points: number; repo: FoundRepo }): number {
  return (
    b.points - a.points ||
    (b.repo.activeAt ?? '').localeCompare(a.repo.activeAt ?? '') ||
    a.repo.fullName.localeCompare(b.repo.fullName) ||
    a.repo.kind.localeCompare(b.repo.kind)
  );
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** The reason line of a chosen repository. */
export function chosenReason(rank: number, points: number, facts: string[]): string {
  return `chosen, ${ordinal(rank)} (${points} points): ${facts.join('; ')}`;
}

/** The reason line of a repository ranked below the chosen ones. */
export function belowReason(rank: number, points: number, facts: string[], maxRepos: number): string {
  return `not chosen: ranked ${ordinal(rank)} (${points} points: ${facts.join('; ')}), below the ${maxRepos} chosen (--max-repos)`;
}

/** A judged repository. */
export function judged(repo: FoundRepo, chosen: boolean, points: number, reason: string, rank?: number): JudgedRepo {
  return { ...repo, chosen, ...(rank !== undefined ? { rank } : {}), points, reason };
}
