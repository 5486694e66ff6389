// From a CV (or profile names) to the repositories worth scanning: list each
// profile, read the repositories the CV names, mark what the CV names or
// claims, leave out what cannot be used, check forks for the candidate's own
// commits (best ranked first, only as far as needed), choose the best
// `maxRepos`, and learn the git identities the hosts tie to the account.
import type { CvClaims } from '../cv/types.js';
import type { GlUser } from './api-schemas.js';
import { belowReason, byRank, chosenReason, judged, leftOutBecause, pointsOf } from './choose.js';
import { cloneProblem } from './clone-url.js';
import { checkGitHubFork, getGitHubRepo, gitHubCommitEmails, listGitHubUser, noreplyEmail } from './github.js';
import { checkGitLabFork, getGitLabRepo, listGitLabUser } from './gitlab.js';
import { ApiClient } from './http.js';
import { listHuggingFaceUser } from './huggingface.js';
import { collectTargets } from './profiles.js';
import type { DiscoverSettings } from './settings.js';
import type { DiscoverRequest, DiscoveryResult, FoundRepo, JudgedRepo, ProfileOutcome, Service } from './types.js';

export const DEFAULT_MAX_REPOS = 6;

export interface DiscoverInput {
  request: DiscoverRequest;
  /** The CV's claims: its links, and the skills that rank a repository up. */
  claims?: CvClaims;
  /** YYYY-MM-DD: recency is measured from it. */
  asOf: string;
}

/** State of one discovery run: the clients (one per host) and what was learnt on the way. */
class Run {
  private readonly clients = new Map<Service, ApiClient>();
  readonly settings: DiscoverSettings;
  readonly emails = new Set<string>();
  readonly notes: string[] = [];
  readonly gitlabPeople: GlUser[] = [];
  readonly users: Record<Service, string[]> = { github: [], gitlab: [], huggingface: [] };

  constructor(settings: DiscoverSettings) {
    this.settings = settings;
  }

  client(service: Service): ApiClient {
    let client = this.clients.get(service);
    if (!client) this.clients.set(service, (client = new ApiClient(service, this.settings)));
    return client;
  }

  /** Requests sent to each host (for figures). */
  requests(): Record<string, number> {
    return Object.fromEntries([...this.clients].map(([s, c]) => [s, c.requests]));
  }
}

const repoKey = (r: Pick<FoundRepo, 'service' | 'kind' | 'fullName'>) => `${r.service}:${r.kind}:${r.fullName.toLowerCase()}`;

export async function discover(input: DiscoverInput, settings: DiscoverSettings): Promise<DiscoveryResult> {
  const run = new Run(settings);
  const maxRepos = input.request.maxRepos ?? DEFAULT_MAX_REPOS;
  const targets = collectTargets(input.request, input.claims);
  const found = new Map<string, FoundRepo>();
  const profiles: ProfileOutcome[] = [];
  const maxItems = settings.maxPages * 100;
  for (const ref of targets.profiles) {
    const listed: { outcome: ProfileOutcome; repos: FoundRepo[]; person?: GlUser } =
      ref.service === 'github'
        ? await listGitHubUser(run.client('github'), ref, maxItems)
        : ref.service === 'gitlab'
          ? await listGitLabUser(run.client('gitlab'), ref, maxItems, maxRepos * 3)
          : await listHuggingFaceUser(run.client('huggingface'), ref, settings, maxItems);
    profiles.push(listed.outcome);
    if (listed.outcome.status !== 'ok') continue;
    run.users[ref.service].push(ref.user);
    if (ref.service === 'github') run.emails.add(noreplyEmail(ref.user));
    if (listed.person) run.gitlabPeople.push(listed.person);
    for (const repo of listed.repos) merge(found, repo);
  }
  for (const ref of targets.repos) {
    const known = found.get(repoKey({ ...ref, kind: 'repository' }));
    if (known) {
      known.namedOnCv = true;
      continue;
    }
    const repo = ref.service === 'github' ? await getGitHubRepo(run.client('github'), ref.fullName, run.users.github) : await getGitLabRepo(run.client('gitlab'), ref.fullName, run.users.gitlab);
    if (typeof repo === 'string') run.notes.push(repo);
    else merge(found, { ...repo, namedOnCv: true });
  }
  const skills = claimTerms(input.claims);
  for (const repo of found.values()) repo.claims = matchClaims(repo, skills);
  const repos = await choose(run, [...found.values()], input.asOf, maxRepos);
  await learnIdentity(run, repos);
  return {
    schemaVersion: '1.0',
    asOf: input.asOf,
    maxRepos,
    profiles,
    repos,
    identity: { emails: [...run.emails].sort() },
    notes: [...profiles.flatMap((p) => (p.status === 'ok' && p.message ? [p.message] : [])), ...run.notes],
  };
}

function merge(found: Map<string, FoundRepo>, repo: FoundRepo): void {
  const known = found.get(repoKey(repo));
  if (!known) found.set(repoKey(repo), repo);
  else known.foundVia = [...new Set([...known.foundVia, ...repo.foundVia])];
}

/** Ranks, checks forks from the top down as far as needed, and chooses the best `maxRepos`. */
async function choose(run: Run, repos: FoundRepo[], asOf: string, maxRepos: number): Promise<JudgedRepo[]> {
  const leftOut: JudgedRepo[] = [];
  const ranked: { repo: FoundRepo; points: number; facts: string[] }[] = [];
  for (const repo of repos) {
    const why = leftOutBecause(repo, cloneProblem(repo.cloneUrl, repo.service, run.settings));
    if (why) leftOut.push(judged(repo, false, pointsOf(repo, asOf).points, `not chosen: ${why}`));
    else ranked.push({ repo, ...pointsOf(repo, asOf) });
  }
  ranked.sort(byRank);
  const out: JudgedRepo[] = [];
  let rank = 0;
  let forkChecks = 0;
  for (const entry of ranked) {
    const { repo } = entry;
    const full = out.filter((r) => r.chosen).length >= maxRepos;
    if (repo.fork && !repo.fork.checked && !full) {
      if (forkChecks >= run.settings.maxForkChecks) {
        leftOut.push(judged(repo, false, entry.points, `not chosen: fork of ${repo.fork.parent ?? 'another repository'}; not checked (${run.settings.maxForkChecks} forks were checked already)`));
        continue;
      }
      forkChecks++;
      await checkFork(run, repo);
      const why = repo.fork.checked ? leftOutBecause(repo, undefined) : `fork of ${repo.fork.parent ?? 'another repository'}: its commits could not be compared with the parent's`;
      if (why) {
        leftOut.push(judged(repo, false, entry.points, `not chosen: ${why}`));
        continue;
      }
      Object.assign(entry, pointsOf(repo, asOf));
    }
    rank++;
    out.push(full ? judged(repo, false, entry.points, belowReason(rank, entry.points, entry.facts, maxRepos), rank) : judged(repo, true, entry.points, chosenReason(rank, entry.points, entry.facts), rank));
  }
  return [...out, ...leftOut.sort((a, b) => b.points - a.points || a.fullName.localeCompare(b.fullName))];
}

async function checkFork(run: Run, repo: FoundRepo): Promise<void> {
  const logins = run.users.github.length > 0 ? run.users.github : [repo.fullName.split('/')[0]];
  const result =
    repo.service === 'github'
      ? await checkGitHubFork(run.client('github'), repo, logins)
      : repo.service === 'gitlab'
        ? await checkGitLabFork(run.client('gitlab'), repo, run.gitlabPeople)
        : { fork: { ...repo.fork, checked: false }, emails: [] };
  repo.fork = result.fork;
  for (const email of result.emails) run.emails.add(email);
}

/** The emails GitHub ties to the candidate's commits in their chosen own repositories. */
async function learnIdentity(run: Run, repos: JudgedRepo[]): Promise<void> {
  for (const repo of repos.filter((r) => r.chosen && r.service === 'github' && r.own && !r.fork)) {
    const login = run.users.github.find((u) => u.toLowerCase() === repo.fullName.split('/')[0].toLowerCase());
    if (login) for (const email of await gitHubCommitEmails(run.client('github'), repo.fullName, login)) run.emails.add(email);
  }
}

/** Generic words no repository is chosen for (every project has them). */
const NOT_CLAIMS = new Set(['python', 'git', 'github', 'gitlab', 'linux', 'jupyter', 'english']);

function claimTerms(claims: CvClaims | undefined): { name: string; terms: string[] }[] {
  if (!claims) return [];
  return claims.skills
    .filter((s) => s.category !== 'language' && !NOT_CLAIMS.has(s.id.toLowerCase()))
    .map((s) => ({ name: s.name, terms: [...new Set([s.id, s.name].map(words).filter((t) => t.length >= 2))] }));
}

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();

/** The CV claims a repository's name, description or topics name (as whole words). */
export function matchClaims(repo: FoundRepo, skills: { name: string; terms: string[] }[]): string[] {
  const text = ` ${words([repo.fullName.split('/').pop() ?? '', repo.description ?? '', ...(repo.topics ?? []), repo.language ?? ''].join(' '))} `;
  return skills.filter((s) => s.terms.some((t) => text.includes(` ${t} `))).map((s) => s.name);
}
