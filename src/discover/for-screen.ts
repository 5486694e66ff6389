// Discovery inside `screen` and `rank`: the chosen repositories join the ones
// given (each once), the hosts' git identities join the candidate's, and the
// report's notes say what was discovered and why. A profile given by name that
// cannot be listed stops `screen` (the user asked for it); in `rank` it is a
// note on that candidate. A rate limit or an unreachable host always stops
// the candidate: never a silent partial result.
import type { CvResult } from '../cv/types.js';
import { UserError } from '../util/errors.js';
import { discover } from './discover.js';
import { discoverSettingsFromEnv, type DiscoverSettings } from './settings.js';
import type { DiscoverRequest, DiscoveryResult } from './types.js';

export interface ScreenDiscovery {
  /** Clone URLs chosen, in order, none of them already given. */
  repos: string[];
  /** Git identities the hosts tie to the candidate's account. */
  emails: string[];
  /** The profiles listed (`https://github.com/alice`): the candidate's links, masked in blind mode. */
  links: string[];
  notes: string[];
}

export interface ScreenDiscoveryContext {
  asOf: string;
  /** The repositories given (--repo, a manifest's repos): not added twice. */
  given: readonly string[];
  /** `screen`: a profile given by name that cannot be listed is an error. */
  strict: boolean;
  /** Default: from the environment (discoverSettingsFromEnv). */
  settings?: DiscoverSettings;
}

/** `https://github.com/Alice/x.git` and `github.com/alice/x` are one repository. */
export function repoUrlKey(url: string): string {
  return url
    .trim()
    .replace(/^[a-z+]+:\/\/(?:[^@/]*@)?/i, '')
    .replace(/^www\./i, '')
    .replace(/(\.git)?\/*$/i, '')
    .toLowerCase();
}

export async function discoverForScreen(request: DiscoverRequest, cv: CvResult | undefined, context: ScreenDiscoveryContext): Promise<ScreenDiscovery> {
  const settings = context.settings ?? discoverSettingsFromEnv(process.env);
  const result = await discover({ request, ...(cv ? { claims: cv.claims } : {}), asOf: context.asOf }, settings);
  const failed = result.profiles.filter((p) => p.status === 'not-found' || p.status === 'private');
  const named = failed.find((p) => p.from === 'option');
  if (context.strict && named) throw new UserError(named.message ?? `${named.url}: cannot be listed`, 'E_NOT_FOUND');
  const given = new Set(context.given.map(repoUrlKey));
  const chosen = result.repos.filter((r) => r.chosen && !given.has(repoUrlKey(r.cloneUrl)) && !given.has(repoUrlKey(r.webUrl)));
  const links = result.profiles.filter((p) => p.status === 'ok').map((p) => `https://${p.url}`);
  return { repos: chosen.map((r) => r.cloneUrl), emails: result.identity.emails, links, notes: screenNotes(result, chosen.length) };
}

function screenNotes(result: DiscoveryResult, added: number): string[] {
  const notes: string[] = [];
  const listed = result.profiles.filter((p) => p.status === 'ok').map((p) => p.url);
  const chosen = result.repos.filter((r) => r.chosen);
  if (result.profiles.length > 0 || result.repos.length > 0) {
    const where = listed.length > 0 ? ` on ${listed.join(', ')}` : '';
    const extra = added < chosen.length ? ` (${chosen.length - added} already given)` : '';
    notes.push(`repositories discovered: ${chosen.length} chosen of ${result.repos.length} found${where}${extra}; \`evident discover\` lists every one and why`);
  }
  for (const r of chosen) notes.push(`discovered ${r.fullName}: ${r.reason.replace(/^chosen, \S+ \(\d+ points\): /, '')}`);
  for (const p of result.profiles) if (p.status !== 'ok' && p.message) notes.push(p.message);
  return [...notes, ...result.notes];
}
