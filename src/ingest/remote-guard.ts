// Which repository URLs a server may fetch (server-side request forgery): a
// URL typed into the web app makes the server, not the user, connect. Only
// https on the default port (other ports when configured), no credentials in
// the URL, and a host whose every address is a public unicast one: loopback,
// private (RFC 1918, fc00::/7), link-local (169.254/16 with the cloud
// metadata address, fe80::/10), unspecified, multicast, broadcast, CGNAT
// (100.64/10) and every other special-purpose range are refused, IPv4-mapped
// IPv6 included (ipaddr.js reads the ranges). The clone itself is pinned to
// the addresses checked and follows no redirect (pinnedGitConfig), so a name
// that resolves differently a second later still reaches only them.
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { UserError } from '../util/errors.js';
import { parseGitUrl, type GitTarget } from './git-url.js';

/** The addresses a host name resolves to (tests inject one; the default asks the system resolver). */
export type ResolveHost = (host: string) => Promise<string[]>;

export interface RemotePolicy {
  resolve?: ResolveHost;
  /** Ports allowed besides 443. */
  allowPorts?: readonly number[];
  /** Host names exempt from the address check: a self-hosted forge on the private network, named by the operator. */
  allowHosts?: readonly string[];
  /** `file://` URLs (tests only: they read the server's own disk). */
  allowFileUrls?: boolean;
}

/** A URL that passed the policy, with the addresses it may be fetched from (none for file://). */
export interface CheckedRemote {
  target: GitTarget;
  host: string;
  port: number;
  addresses: string[];
}

export const systemResolver: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address (RFC 1918)',
  uniqueLocal: 'a private network address (fc00::/7)',
  linkLocal: 'a link-local address (169.254.0.0/16 or fe80::/10, where cloud metadata services listen)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
};

/** Why the server must not connect to this IP address, or undefined for a public unicast one. */
export function addressProblem(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  // process() reads an IPv4-mapped IPv6 address (::ffff:127.0.0.1, ::ffff:7f00:1) as the IPv4 address it is.
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (range === 'unicast') return undefined;
  return `${ip.toString()} is ${RANGE_WORDS[range] ?? `a special-purpose address (${range})`}`;
}

function refuse(shown: string, why: string): never {
  throw new UserError(`refused repository URL ${shown}: ${why}`, 'E_INVALID');
}

/**
 * Checks a repository URL the server is asked to fetch; throws a UserError
 * (E_INVALID, a 400 from the API) saying why it is refused.
 */
export async function checkRemoteUrl(url: string, policy: RemotePolicy = {}): Promise<CheckedRemote> {
  let target: GitTarget;
  try {
    target = parseGitUrl(url, { allowFileUrls: policy.allowFileUrls ?? false });
  } catch (err) {
    if (err instanceof UserError) throw new UserError(err.message, 'E_INVALID', { cause: err });
    throw err;
  }
  const shown = target.display;
  if (target.scheme === 'file') return { target, host: '', port: 0, addresses: [] };
  if (target.scheme !== 'https') refuse(shown, 'the server fetches only https URLs (ssh and git:// are for the command line)');
  const parsed = new URL(target.url);
  if (parsed.username || parsed.password) refuse(shown, 'it carries a user name or password; give the public https URL');
  const port = parsed.port ? Number(parsed.port) : 443;
  if (port !== 443 && !(policy.allowPorts ?? []).includes(port)) refuse(shown, `port ${port} is not allowed (only 443 unless the server is configured otherwise)`);
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if ((policy.allowHosts ?? []).some((h) => h.toLowerCase() === host)) return { target, host, port, addresses: [] };
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch {
      refuse(shown, `could not resolve host ${host}`);
    }
  }
  if (addresses.length === 0) refuse(shown, `could not resolve host ${host}`);
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) refuse(shown, `${host === address ? '' : `${host} resolves to `}${problem}; the server does not fetch from internal addresses`);
  }
  return { target, host, port, addresses };
}

/**
 * `git -c` settings that hold a checked https URL to what was checked: curl
 * connects only to the checked addresses (no second DNS answer), and no HTTP
 * redirect is followed (it could name an internal host).
 */
export function pinnedGitConfig(checked: CheckedRemote): string[] {
  if (checked.target.scheme !== 'https') return [];
  const config = ['http.followRedirects=false'];
  if (checked.addresses.length > 0 && !ipaddr.isValid(checked.host)) {
    const list = checked.addresses.map((a) => (a.includes(':') ? `[${a}]` : a)).join(',');
    config.push(`http.curloptResolve=${checked.host}:${checked.port}:${list}`);
  }
  return config;
}

/**
 * The operator's allowances from `EVIDENT_REPOSITORY_HOSTS` (host names,
 * comma-separated, exempt from the internal-address check) and
 * `EVIDENT_REPOSITORY_PORTS` (ports allowed besides 443).
 */
export function remoteAllowancesFromEnv(env: NodeJS.ProcessEnv): { allowHosts: string[]; allowPorts: number[] } {
  const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const allowPorts = list(env.EVIDENT_REPOSITORY_PORTS).map((p) => {
    const port = Number(p);
    if (!/^\d+$/.test(p) || port < 1 || port > 65_535) throw new UserError(`EVIDENT_REPOSITORY_PORTS: ${p} is not a port`, 'E_USAGE');
    return port;
  });
  return { allowHosts: list(env.EVIDENT_REPOSITORY_HOSTS).map((h) => h.toLowerCase()), allowPorts };
}
