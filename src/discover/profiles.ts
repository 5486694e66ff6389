// Which profiles and repositories to look at: the ones given (--github alice,
// a manifest's github column) and the links on the CV (src/cv/contacts.ts
// already lists them: profile links, and GitHub/GitLab URLs as suggested
// sources). A link is read as data: only a user name or `owner/name` is kept.
import type { CvClaims } from '../cv/types.js';
import { UserError } from '../util/errors.js';
import { SERVICE_NAMES, type DiscoverRequest, type ProfileOutcome, type ProfileRef, type RepoRef, type Service } from './types.js';

const HOSTS: Record<string, Service> = { 'github.com': 'github', 'gitlab.com': 'gitlab', 'huggingface.co': 'huggingface', 'hf.co': 'huggingface' };

/** First path parts that are a site's own pages, not a user. */
const RESERVED: Record<Service, Set<string>> = {
  github: new Set(
    'about apps codespaces collections contact customer-stories enterprise events explore features issues join login marketplace new notifications orgs pricing pulls readme search security settings site sponsors team topics trending users'.split(' '),
  ),
  gitlab: new Set('explore help users groups projects dashboard search admin api -'.split(' ')),
  huggingface: new Set('models datasets spaces docs blog pricing papers settings login join organizations collections tasks learn posts enterprise chat api'.split(' ')),
};

const USER_NAME: Record<Service, RegExp> = {
  github: /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/,
  gitlab: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$/,
  huggingface: /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/,
};
const PATH_PART = /^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,99}$/;

/** A profile or a repository a URL names, or nothing. */
export function parseLink(url: string): { profile?: Omit<ProfileRef, 'from'>; repo?: RepoRef } {
  let u: URL;
  try {
    u = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return {};
  }
  const service = HOSTS[u.hostname.toLowerCase().replace(/^www\./, '')];
  if (!service) return {};
  const parts = u.pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0 || RESERVED[service].has(parts[0].toLowerCase())) return {};
  const user = parts[0].replace(/^@/, '');
  if (parts.length === 1) return USER_NAME[service].test(user) ? { profile: { service, user } } : {};
  if (service === 'huggingface') return {};
  // GitLab: groups nest (`group/sub/project`), and `/-/` starts the project's own pages.
  const end = service === 'gitlab' ? (parts.includes('-') ? parts.indexOf('-') : parts.length) : 2;
  const path = parts.slice(0, end);
  if (path.length < 2) return {};
  path[path.length - 1] = path[path.length - 1].replace(/\.git$/i, '');
  if (!path.every((p) => PATH_PART.test(p))) return {};
  return { repo: { service, fullName: path.join('/') } };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** `alice`, `@alice` or a profile URL, as given to --github and the like. */
export function userFromOption(value: string, service: Service, flag: string): string {
  const text = value.trim();
  const fromUrl = /[/.]/.test(text) ? parseLink(text).profile : undefined;
  if (fromUrl && fromUrl.service === service) return fromUrl.user;
  const user = text.replace(/^@/, '');
  if (!USER_NAME[service].test(user)) throw new UserError(`${flag}: not a ${SERVICE_NAMES[service]} user name: ${text.slice(0, 100)}`, 'E_USAGE');
  return user;
}

const key = (service: Service, name: string) => `${service}:${name.toLowerCase()}`;

/** Profiles to list and repositories named on the CV, each once (a profile given as an option wins over the same on the CV). */
export function collectTargets(request: DiscoverRequest, claims: CvClaims | undefined): { profiles: ProfileRef[]; repos: RepoRef[] } {
  const profiles = new Map<string, ProfileRef>();
  const repos = new Map<string, RepoRef>();
  const flags: Record<Service, string> = { github: '--github', gitlab: '--gitlab', huggingface: '--huggingface' };
  for (const service of ['github', 'gitlab', 'huggingface'] as const) {
    for (const value of request[service]) {
      const user = userFromOption(value, service, flags[service]);
      profiles.set(key(service, user), { service, user, from: 'option' });
    }
  }
  if (request.fromCv && claims) {
    const urls = [...claims.links.filter((l) => l.kind === 'github' || l.kind === 'gitlab' || l.kind === 'huggingface').map((l) => l.url), ...claims.suggestedSources];
    for (const url of urls) {
      const { profile, repo } = parseLink(url);
      if (profile && !profiles.has(key(profile.service, profile.user))) profiles.set(key(profile.service, profile.user), { ...profile, from: 'cv' });
      if (repo && !repos.has(key(repo.service, repo.fullName))) repos.set(key(repo.service, repo.fullName), repo);
    }
  }
  return { profiles: [...profiles.values()], repos: [...repos.values()] };
}

/** The profile's page: `github.com/alice`. */
export function profileUrl(service: Service, user: string): string {
  return `${service === 'github' ? 'github.com' : service === 'gitlab' ? 'gitlab.com' : 'huggingface.co'}/${user}`;
}

/** What listing a profile gave, with the one line a reader sees when it gave nothing. */
export function profileOutcome(ref: ProfileRef, found: number, status: ProfileOutcome['status'], message?: string): ProfileOutcome {
  return { service: ref.service, user: ref.user, from: ref.from, url: profileUrl(ref.service, ref.user), status, found, ...(message ? { message } : {}) };
}

/** The outcome of a listing by its HTTP status: 404 no such user, 403 refused (private), none public, or ok. */
export function listingOutcome(ref: ProfileRef, status: number, found: number, more: boolean, maxItems: number): ProfileOutcome {
  const where = profileUrl(ref.service, ref.user);
  const name = SERVICE_NAMES[ref.service];
  if (status === 404) return profileOutcome(ref, 0, 'not-found', `${where}: no such ${name} user (404)`);
  if (status === 403 || status === 401) return profileOutcome(ref, 0, 'private', `${where}: ${name} refused to list this profile (${status}): it is private`);
  if (status !== 200) return profileOutcome(ref, found, 'private', `${where}: ${name} answered ${status}; the profile could not be listed`);
  if (found === 0) return profileOutcome(ref, 0, 'empty', `${where}: no public repositories (a new, empty or private profile)`);
  return profileOutcome(ref, found, 'ok', more ? `${where}: more than ${maxItems} repositories; the ${maxItems} most recently active were considered` : undefined);
}

/** A manifest row's `github`, `gitlab` and `huggingface` cells (`;`-separated) as a discovery request, or undefined when all are empty. */
export function manifestDiscover(cells: Record<Service, string[]>): DiscoverRequest | undefined {
  if (cells.github.length + cells.gitlab.length + cells.huggingface.length === 0) return undefined;
  const check = (service: Service) => cells[service].map((v) => userFromOption(v, service, `${service} column`));
  return { github: check('github'), gitlab: check('gitlab'), huggingface: check('huggingface'), fromCv: true };
}
