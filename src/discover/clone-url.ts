// A clone URL from an API answer is untrusted: it must pass the same git URL
// allow-list as any other (src/ingest/git-url.ts), be https, and name the
// host whose API answered (api.github.com answers for github.com). file://
// only where the settings allow it (tests: local repositories they build).
import { parseGitUrl } from '../ingest/git-url.js';
import { isUserError } from '../util/errors.js';
import type { DiscoverSettings } from './settings.js';
import type { Service } from './types.js';

/** Hosts a service's repositories may be cloned from: its API's host, without a leading `api.`, and the Hub's clone base. */
export function cloneHosts(service: Service, settings: DiscoverSettings): Set<string> {
  const hosts = new Set<string>();
  for (const base of [settings[service].api, settings[service].cloneBase]) {
    if (!base) continue;
    const host = new URL(base).hostname.toLowerCase();
    if (host) hosts.add(host).add(host.replace(/^api\./, ''));
  }
  return hosts;
}

/** Why a clone URL is refused, or undefined when it may be cloned. */
export function cloneProblem(url: string, service: Service, settings: DiscoverSettings): string | undefined {
  try {
    const target = parseGitUrl(url, { allowFileUrls: settings.allowFileClones });
    if (target.scheme === 'file') return undefined;
    if (target.scheme !== 'https') return `clone URL ${target.display} refused: only https`;
    const host = new URL(target.url).hostname.toLowerCase();
    if (!cloneHosts(service, settings).has(host)) return `clone URL ${target.display} refused: ${host} is not the host whose API listed it`;
    return undefined;
  } catch (err) {
    if (isUserError(err)) return err.message;
    throw err;
  }
}
