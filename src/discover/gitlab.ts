// GitLab: a user (looked up by name), their projects (most recently active
// first), the main language of the first few, one project named on the CV,
// and whether a fork holds commits of the candidate's own (a compare against
// the project it was forked from; GitLab ties commits to no account, so a
// commit is the candidate's by their name, user name or public email).
// https://docs.gitlab.com/api/projects/#list-a-users-projects
import { normalizeEmail, normalizeName } from '../history/identity.js';
import { GlCommit, GlCompare, GlLanguages, GlProject, GlUser, isoDate, looseItems, looseOne } from './api-schemas.js';
import type { ApiClient } from './http.js';
import { listingOutcome, profileUrl } from './profiles.js';
import type { ForkInfo, FoundRepo, ProfileOutcome, ProfileRef } from './types.js';

const enc = encodeURIComponent;
/** A project is Python when this share (%) of its code is Python or notebooks. */
const PYTHON_SHARE = 25;

function found(p: GlProject, own: boolean, via: string): FoundRepo {
  return {
    service: 'gitlab',
    kind: 'repository',
    fullName: p.path_with_namespace,
    webUrl: p.web_url,
    cloneUrl: p.http_url_to_repo,
    ...(p.description ? { description: p.description } : {}),
    ...(p.topics?.length ? { topics: p.topics } : {}),
    python: null,
    ...(isoDate(p.last_activity_at) ? { activeAt: isoDate(p.last_activity_at) } : {}),
    own,
    ...(p.forked_from_project ? { fork: { checked: false, parent: p.forked_from_project.path_with_namespace } } : {}),
    archived: p.archived === true,
    empty: p.empty_repo === true,
    namedOnCv: false,
    claims: [],
    foundVia: [via],
  };
}

/** The main language of a project, and whether it is Python (a quarter or more of Python and notebooks). */
async function languageOf(client: ApiClient, repo: FoundRepo): Promise<void> {
  const answer = await client.get(`projects/${enc(repo.fullName)}/languages`);
  const shares = answer.status === 200 ? looseOne(GlLanguages, answer.body) : undefined;
  if (!shares || Object.keys(shares).length === 0) return;
  const top = Object.entries(shares).sort((a, b) => b[1] - a[1])[0][0];
  const python = (shares.Python ?? 0) + (shares['Jupyter Notebook'] ?? 0);
  repo.language = python >= PYTHON_SHARE && top !== 'Python' && top !== 'Jupyter Notebook' ? `Python (${Math.round(python)}%)` : top;
  repo.python = python >= PYTHON_SHARE;
}

/** The user's projects; the languages of the first `languageChecks` that are neither archived nor empty. */
export async function listGitLabUser(
  client: ApiClient,
  ref: ProfileRef,
  maxItems: number,
  languageChecks: number,
): Promise<{ outcome: ProfileOutcome; repos: FoundRepo[]; person?: GlUser }> {
  const lookup = await client.get(`users?username=${enc(ref.user)}`);
  const person = lookup.status === 200 && Array.isArray(lookup.body) ? looseItems(GlUser, lookup.body)[0] : undefined;
  if (!person) return { outcome: listingOutcome(ref, lookup.status === 200 ? 404 : lookup.status, 0, false, maxItems), repos: [] };
  const listing = await client.pages(`users/${person.id}/projects?per_page=100&order_by=last_activity_at&sort=desc`);
  const repos = looseItems(GlProject, listing.items).map((p) => found(p, true, profileUrl('gitlab', ref.user)));
  for (const repo of repos.filter((r) => !r.archived && !r.empty).slice(0, languageChecks)) await languageOf(client, repo);
  return { outcome: listingOutcome(ref, listing.status, repos.length, listing.more, maxItems), repos, person };
}

/** One project named on the CV; a string says why it could not be read. */
export async function getGitLabRepo(client: ApiClient, fullName: string, users: string[]): Promise<FoundRepo | string> {
  const answer = await client.get(`projects/${enc(fullName)}`);
  const project = answer.status === 200 ? looseOne(GlProject, answer.body) : undefined;
  if (!project) return `gitlab.com/${fullName} (named on the CV): ${answer.status === 404 ? 'not found or private (404)' : `GitLab answered ${answer.status}`}`;
  const namespace = project.path_with_namespace.split('/')[0].toLowerCase();
  const repo = found(project, users.some((u) => u.toLowerCase() === namespace), 'the CV');
  await languageOf(client, repo);
  return repo;
}

/** Whether a commit's author is one of the people: their public email, GitLab's noreply address, their name or user name. */
function byPeople(people: GlUser[]): (c: GlCommit) => boolean {
  const emails = new Set(people.flatMap((p) => (p.public_email ? [normalizeEmail(p.public_email)] : [])));
  const names = new Set(people.flatMap((p) => [p.username, p.name ?? ''].map((n) => normalizeName(n).replace(/ /g, '')).filter(Boolean)));
  const noreply = new Set(people.map((p) => `${p.id}-${p.username.toLowerCase()}@users.noreply.gitlab.com`));
  return (c) => {
    const email = normalizeEmail(c.author_email ?? '');
    return emails.has(email) || noreply.has(email) || names.has(normalizeName(c.author_name ?? '').replace(/ /g, ''));
  };
}

/** The candidate's commits in a fork that the project it was forked from does not have. */
export async function checkGitLabFork(client: ApiClient, repo: FoundRepo, people: GlUser[]): Promise<{ fork: ForkInfo; emails: string[] }> {
  const details = await client.get(`projects/${enc(repo.fullName)}`);
  const project = details.status === 200 ? looseOne(GlProject, details.body) : undefined;
  const parent = project?.forked_from_project;
  if (!project || !parent || !project.default_branch) return { fork: { ...repo.fork, checked: false }, emails: [] };
  const from = enc(parent.default_branch ?? project.default_branch);
  const answer = await client.get(`projects/${project.id}/repository/compare?from=${from}&to=${enc(project.default_branch)}&from_project_id=${parent.id}`);
  const compare = answer.status === 200 ? looseOne(GlCompare, answer.body) : undefined;
  if (!compare) return { fork: { parent: parent.path_with_namespace, checked: false }, emails: [] };
  const mine = looseItems(GlCommit, compare.commits ?? []).filter(byPeople(people));
  const emails = [...new Set(mine.map((c) => normalizeEmail(c.author_email ?? '')).filter((e) => e.includes('@')))];
  return { fork: { parent: parent.path_with_namespace, checked: true, ownCommits: mine.length }, emails };
}
