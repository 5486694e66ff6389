// The server's repository URL policy (server-side request forgery): which
// addresses are internal, which URLs are refused and why, and the git
// settings that pin a clone to the checked addresses. The resolver is
// injected: nothing here touches the network.
import { describe, expect, it } from 'vitest';
import { addressProblem, checkRemoteUrl, pinnedGitConfig, remoteAllowancesFromEnv, type ResolveHost } from './remote-guard.js';

const HOSTS: Record<string, string[]> = {
  'github.com': ['140.82.112.3'],
  'gitlab.com': ['172.65.251.78', '2606:4700:90:0:f22e:fbec:5bed:a9b9'],
  'localhost': ['127.0.0.1', '::1'],
  'metadata.example': ['169.254.169.254'],
  'split.example': ['93.184.216.34', '10.0.0.7'],
  'mapped.example': ['::ffff:192.168.1.10'],
  'git.corp.example': ['10.1.2.3'],
};
const resolve: ResolveHost = async (host) => {
  const found = HOSTS[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

async function reason(url: string, policy = {}): Promise<string> {
  try {
    await checkRemoteUrl(url, { resolve, ...policy });
    return 'allowed';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('ingest/remote-guard', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.8.9.10', /loopback/],
    ['10.0.0.1', /private network address \(RFC 1918\)/],
    ['172.16.5.4', /RFC 1918/],
    ['192.168.0.1', /RFC 1918/],
    ['169.254.169.254', /link-local .*cloud metadata/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.251', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['198.18.0.1', /special-purpose address/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fd12:3456::1', /fc00::\/7/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /^127\.0\.0\.1 is a loopback/],
    ['::ffff:a9fe:a9fe', /^169\.254\.169\.254 is a link-local/],
    ['64:ff9b::7f00:1', /special-purpose address \(rfc6052\)/],
    ['2002:7f00:1::', /special-purpose address \(6to4\)/],
    ['fd00:ec2::254', /fc00::\/7/],
  ])('refuses %s', (address, why) => {
    expect(addressProblem(address)).toMatch(why);
  });

  it.each(['140.82.112.3', '8.8.8.8', '2606:4700::1111', '2a01:4f8::1'])('allows the public unicast address %s', (address) => {
    expect(addressProblem(address)).toBeUndefined();
  });

  it('allows an https URL whose every address is public, and pins the clone to those addresses with no redirects', async () => {
    const github = await checkRemoteUrl('https://github.com/jane/ml-service.git', { resolve });
    const gitlab = await checkRemoteUrl('https://gitlab.com/jane/notebooks', { resolve });

    expect(github).toMatchObject({ host: 'github.com', port: 443, addresses: ['140.82.112.3'] });
    expect(pinnedGitConfig(github)).toEqual(['http.followRedirects=false', 'http.curloptResolve=github.com:443:140.82.112.3']);
    expect(pinnedGitConfig(gitlab)).toEqual(['http.followRedirects=false', 'http.curloptResolve=gitlab.com:443:172.65.251.78,[2606:4700:90:0:f22e:fbec:5bed:a9b9]']);
  });

  it.each([
    ['https://localhost/a/b.git', /localhost resolves to 127\.0\.0\.1 is a loopback address; the server does not fetch from internal addresses/],
    ['https://metadata.example/latest/meta-data.git', /169\.254\.169\.254 is a link-local/],
    ['https://split.example/a/b.git', /split\.example resolves to 10\.0\.0\.7 is a private network address/],
    ['https://mapped.example/a/b.git', /192\.168\.1\.10 is a private network address/],
    ['https://127.0.0.1/a/b.git', /127\.0\.0\.1 is a loopback/],
    ['https://2130706433/a/b.git', /127\.0\.0\.1 is a loopback/],
    ['https://0x7f.1/a/b.git', /127\.0\.0\.1 is a loopback/],
    ['https://[::1]/a/b.git', /::1 is a loopback/],
    ['https://[::ffff:169.254.169.254]/a/b.git', /169\.254\.169\.254 is a link-local/],
    ['https://[fe80::1]/a/b.git', /link-local/],
    ['https://nowhere.example/a/b.git', /could not resolve host nowhere\.example/],
    ['https://jane:hunter2@github.com/jane/x.git', /carries a user name or password/],
    ['https://ghp_token@github.com/jane/x.git', /carries a user name or password/],
    ['https://github.com:8443/jane/x.git', /port 8443 is not allowed/],
    ['http://github.com/jane/x.git', /plain http is not allowed/],
    ['ssh://git@github.com/jane/x.git', /only https URLs/],
    ['git@github.com:jane/x.git', /only https URLs/],
    ['git://github.com/jane/x.git', /only https URLs/],
    ['file:///etc/passwd', /file URLs are not enabled/],
    ['ext::sh -c touch% /tmp/pwned', /transport helpers/],
  ])('refuses %s, saying why', async (url, why) => {
    const message = await reason(url);

    expect(message).toMatch(why);
    expect(message).not.toMatch(/hunter2|ghp_token/);
  });

  it('a refusal is a UserError with code E_INVALID (a 400 from the API)', async () => {
    await expect(checkRemoteUrl('https://localhost/a/b.git', { resolve })).rejects.toMatchObject({ code: 'E_INVALID' });
    await expect(checkRemoteUrl('git@github.com:jane/x.git', { resolve })).rejects.toMatchObject({ code: 'E_INVALID' });
  });

  it('allows another port or an internal forge only when the operator names them', async () => {
    expect(await reason('https://github.com:8443/jane/x.git', { allowPorts: [8443] })).toBe('allowed');
    expect(await reason('https://git.corp.example/team/x.git')).toMatch(/10\.1\.2\.3 is a private network address/);
    expect(await reason('https://git.corp.example/team/x.git', { allowHosts: ['GIT.corp.example'] })).toBe('allowed');
    expect(await reason('https://jane:pw@git.corp.example/team/x.git', { allowHosts: ['git.corp.example'] })).toMatch(/user name or password/);
  });

  it('reads the allowances from the environment and refuses a bad port', () => {
    expect(remoteAllowancesFromEnv({ EVIDENT_REPOSITORY_HOSTS: 'Git.Corp.example, forge.lan', EVIDENT_REPOSITORY_PORTS: '8443,2222' })).toEqual({ allowHosts: ['git.corp.example', 'forge.lan'], allowPorts: [8443, 2222] });
    expect(remoteAllowancesFromEnv({})).toEqual({ allowHosts: [], allowPorts: [] });
    expect(() => remoteAllowancesFromEnv({ EVIDENT_REPOSITORY_PORTS: '99999' })).toThrow(/not a port/);
  });

  it('no pin for an IP address written in the URL (nothing to resolve), still no redirects', async () => {
    const checked = await checkRemoteUrl('https://140.82.112.3/jane/x.git', { resolve });

    expect(pinnedGitConfig(checked)).toEqual(['http.followRedirects=false']);
  });
});
