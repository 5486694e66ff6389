// GitHub: a user's own repositories (most recently pushed first), one
// repository named on the CV, whether a fork holds the candidate's own
// commits (the fork's parent, then a cross-fork compare), and the emails
// GitHub ties to the candidate's commits.
// https://docs.github.com/rest/repos/repos#list-repositories-for-a-user
import { GhCommit, GhCompare, GhRepo, isoDate, looseItems, looseOne } from './api-schemas.js';
import type { ApiClient } from './http.js';
import { listingOutcome, profileUrl } from './profiles.js';
import type { ForkInfo, FoundRepo, ProfileOutcome, ProfileRef } from './types.js';

const enc = encodeURIComponent;
const PYTHON = new Set(['python', 'jupyter notebook']);

function found(repo: GhRepo, user: string | undefined, via: string): FoundRepo {
  const language = repo.language ?? undefined;
  return {
    service: 'github',
    kind: 'repository',
    fullName: repo.full_name,
    webUrl: repo.html_url,
    cloneUrl: repo.clone_url,
    ...(repo.description ? { description: repo.description } : {}),
    ...(language ? { language } : {}),
    python: language ? PYTHON.has(language.toLowerCase()) : null,
    ...(isoDate(repo.pushed_at) ? { activeAt: isoDate(repo.pushed_at) } : {}),
    own: user !== undefined && repo.owner.login.toLowerCase() === user.toLowerCase(),
    ...(repo.fork ? { fork: { checked: false, ...(repo.parent ? { parent: repo.parent.full_name } : {}) } } : {}),
    archived: repo.archived === true,
    empty: repo.size === 0,
    ...(repo.disabled ? { gated: true } : {}),
    namedOnCv: false,
    claims: [],
    foundVia: [via],
    ...(repo.topics?.length ? { topics: repo.topics } : {}),
  };
}

/** A user's own repositories (`type=owner`), most recently pushed first. */
export async function listGitHubUser(client: ApiClient, ref: ProfileRef, maxItems: number): Promise<{ outcome: ProfileOutcome; repos: FoundRepo[] }> {
  const listing = await client.pages(`users/${enc(ref.user)}/repos?type=owner&sort=pushed&direction=desc&per_page=100`);
  const repos = looseItems(GhRepo, listing.items).map((r) => found(r, ref.user, profileUrl('github', ref.user)));
  return { outcome: listingOutcome(ref, listing.status, repos.length, listing.more, maxItems), repos };
}

/** One repository named on the CV; a string says why it could not be read. */
export async function getGitHubRepo(client: ApiClient, fullName: string, users: string[]): Promise<FoundRepo | string> {
  const answer = await client.get(`repos/${fullName.split('/').map(enc).join('/')}`);
  const repo = answer.status === 200 ? looseOne(GhRepo, answer.body) : undefined;
  if (!repo) return `github.com/${fullName} (named on the CV): ${answer.status === 404 ? 'not found or private (404)' : `GitHub answered ${answer.status}`}`;
  const owner = users.find((u) => u.toLowerCase() === repo.owner.login.toLowerCase());
  return found(repo, owner, 'the CV');
}

/** The candidate's commits in a fork that its parent does not have: the fork's details, then a cross-fork compare. */
export async function checkGitHubFork(client: ApiClient, repo: FoundRepo, logins: string[]): Promise<{ fork: ForkInfo; emails: string[] }> {
  const path = `repos/${repo.fullName.split('/').map(enc).join('/')}`;
  const details = await client.get(path);
  const full = details.status === 200 ? looseOne(GhRepo, details.body) : undefined;
  if (!full?.parent || !full.default_branch) return { fork: { ...repo.fork, checked: false }, emails: [] };
  const base = `${enc(full.parent.owner.login)}:${enc(full.parent.default_branch ?? full.default_branch)}`;
  const answer = await client.get(`${path}/compare/${base}...${enc(full.default_branch)}`);
  const compare = answer.status === 200 ? looseOne(GhCompare, answer.body) : undefined;
  if (!compare) return { fork: { parent: full.parent.full_name, checked: false }, emails: [] };
  const mine = ownCommits(looseItems(GhCommit, compare.commits ?? []), logins);
  return { fork: { parent: full.parent.full_name, checked: true, ownCommits: mine.length }, emails: emailsOf(mine) };
}

/** The emails on the candidate's commits in one of their repositories (one page: the latest 100). */
export async function gitHubCommitEmails(client: ApiClient, fullName: string, login: string): Promise<string[]> {
  const answer = await client.get(`repos/${fullName.split('/').map(enc).join('/')}/commits?author=${enc(login)}&per_page=100`);
  if (answer.status !== 200 || !Array.isArray(answer.body)) return [];
  return emailsOf(ownCommits(looseItems(GhCommit, answer.body), [login]));
}

function ownCommits(commits: GhCommit[], logins: string[]): GhCommit[] {
  const wanted = new Set(logins.map((l) => l.toLowerCase()));
  return commits.filter((c) => c.author && wanted.has(c.author.login.toLowerCase()));
}

function emailsOf(commits: GhCommit[]): string[] {
  const emails = commits.map((c) => c.commit.author?.email?.trim().toLowerCase()).filter((e): e is string => Boolean(e && e.includes('@')));
  return [...new Set(emails)];
}

/** The address GitHub gives commits made on its site under the login. */
export function noreplyEmail(login: string): string {
  return `${login.toLowerCase()}@users.noreply.github.com`;
}
