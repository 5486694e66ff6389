// Repository discovery for a candidate of the team app (issue 12): run
// discovery from the candidate's latest CV and the profiles the recruiter
// names, keep what it found, show each repository with why it was found and
// how sure it is to be the candidate's work, and apply the recruiter's
// choice: the ticked repositories become the candidate's repositories (and
// are screened), the unticked ones that had been added are removed.
import { parseCv } from '../cv/index.js';
import { discover } from '../discover/discover.js';
import { cloneProblem } from '../discover/clone-url.js';
import { whoseWork } from '../discover/confidence.js';
import type { DiscoverSettings } from '../discover/settings.js';
import type { DiscoverBody, DiscoveredRepo, DiscoveryRow, DiscoveryView } from '../model/index.js';
import { safeFileName, type Repository, type Store, type StoredDiscovery } from '../store/index.js';
import { UserError } from '../util/errors.js';
import { VERSION } from '../version.js';

/** What a choice names a repository by: `service:kind:owner/name`. */
export const repoKey = (r: Pick<DiscoveredRepo, 'service' | 'kind' | 'fullName'>): string => `${r.service}:${r.kind}:${r.fullName}`;

/** Discovers the candidate's repositories from their latest CV (its links and claims) and the profiles named, and keeps the result. */
export async function runDiscovery(store: Store, candidateId: string, request: DiscoverBody, settings: DiscoverSettings, asOf: string): Promise<StoredDiscovery> {
  const cvFile = (await store.files.listByCandidate(candidateId)).filter((f) => f.kind === 'cv').at(-1);
  let claims;
  if (cvFile) {
    const cv = (await store.cvResults.get(cvFile.id, VERSION)) ?? (await parseCv(await store.files.read(cvFile.id), safeFileName(cvFile.originalName), { now: new Date(`${asOf}T00:00:00Z`) }));
    claims = cv.claims;
  }
  const result = await discover(
    { request: { github: request.github ?? [], gitlab: request.gitlab ?? [], huggingface: request.huggingface ?? [], fromCv: claims !== undefined, maxRepos: request.maxRepos }, claims, asOf },
    settings,
  );
  return store.discoveries.save({ candidateId, cvFileId: cvFile?.id ?? null, request, result });
}

/** Whether a found repository can be ticked: not empty or gated, and a clone URL discovery accepts. */
function selectable(repo: DiscoveredRepo, settings: DiscoverSettings): boolean {
  return !repo.empty && !repo.gated && cloneProblem(repo.cloneUrl, repo.service, settings) === undefined;
}

/** The stored discovery as the candidate page shows it, against the candidate's repositories now. */
export function discoveryView(stored: StoredDiscovery, repositories: readonly Repository[], settings: DiscoverSettings): DiscoveryView {
  const urls = new Set(repositories.map((r) => r.url));
  const chosen = stored.choice ? new Set(stored.choice.keys) : undefined;
  const repos: DiscoveryRow[] = stored.result.repos.map((repo) => {
    const key = repoKey(repo);
    const canTick = selectable(repo, settings);
    return { ...repo, key, confidence: whoseWork(repo), selectable: canTick, ticked: canTick && (chosen ? chosen.has(key) : repo.chosen), added: urls.has(repo.cloneUrl) };
  });
  const { result } = stored;
  return { cvFileId: stored.cvFileId, request: stored.request, asOf: result.asOf, maxRepos: result.maxRepos, profiles: result.profiles, repos, identity: result.identity, notes: result.notes, createdAt: stored.createdAt, choice: stored.choice };
}

export interface ChoiceDeps {
  /** Refuses a URL the server must not clone (the same check as adding a repository by hand). */
  check: (url: string) => Promise<void>;
  /** Adds a repository of the candidate by URL. */
  add: (url: string) => Promise<unknown>;
}

/**
 * Applies the recruiter's choice: every ticked repository (by key) and every
 * URL added by hand becomes a repository of the candidate, once; a discovered
 * repository left unticked is removed if it had been added. When anything is
 * ticked, the git identities the hosts gave join the candidate's emails, so
 * authorship counts their commits. Every URL is checked before anything changes.
 */
export async function applyDiscoveryChoice(
  store: Store,
  stored: StoredDiscovery,
  choice: { keys: string[]; add: string[]; actorId: string | null },
  settings: DiscoverSettings,
  deps: ChoiceDeps,
): Promise<void> {
  const { keys, add, actorId } = choice;
  const candidateId = stored.candidateId;
  const byKey = new Map(stored.result.repos.map((r) => [repoKey(r), r]));
  const ticked = new Set(keys);
  for (const key of ticked) {
    const repo = byKey.get(key);
    if (!repo) throw new UserError(`keys: ${key} is not a repository discovery found`, 'E_INVALID');
    if (!selectable(repo, settings)) throw new UserError(`keys: ${key} cannot be screened (${repo.reason.replace(/^not chosen: /, '')})`, 'E_INVALID');
  }
  const wanted = [...new Set([...stored.result.repos.filter((r) => ticked.has(repoKey(r))).map((r) => r.cloneUrl), ...add])];
  for (const url of wanted) await deps.check(url);
  const existing = await store.repositories.listByCandidate(candidateId);
  const have = new Set(existing.map((r) => r.url));
  for (const url of wanted) if (!have.has(url)) await deps.add(url);
  const dropped = new Set(stored.result.repos.filter((r) => !ticked.has(repoKey(r))).map((r) => r.cloneUrl));
  for (const repo of existing.filter((r) => r.url !== null && dropped.has(r.url) && !add.includes(r.url))) {
    await store.repositories.remove(repo.id);
    if (repo.scanId) await store.scans.dropIfUnreferenced(repo.scanId);
  }
  if (ticked.size > 0 && stored.result.identity.emails.length > 0) {
    const candidate = await store.candidates.get(candidateId);
    const emails = [...new Set([...(candidate?.emails ?? []), ...stored.result.identity.emails])];
    if (candidate && emails.length !== candidate.emails.length) await store.candidates.update(candidateId, { emails });
  }
  await store.discoveries.setChoice(candidateId, [...ticked], actorId);
}
