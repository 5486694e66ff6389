// Hostile API answers (docs/security.md › What a host's API says): clone URLs
// that would run commands, read the local disk or go to another host, and
// names and descriptions carrying terminal escapes. Production settings (no
// file:// clones); the fake API is on 127.0.0.1.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { ghRepo } from '../helpers/api-shapes.js';
import { startFakeApi, type FakeApi } from '../helpers/fake-api.js';
import { attackDir, expectNoTempLeft, expectNotExecuted } from './harness.js';

let api: FakeApi;
let attack: ReturnType<typeof attackDir>;

beforeAll(async () => {
  api = await startFakeApi();
  attack = attackDir();
  const m = attack.marker;
  api.route('/gh/users/evil/repos?type=owner&sort=pushed&direction=desc&per_page=100', {
    json: [
      ghRepo('evil', 'ext', { clone_url: `ext::sh -c "touch ${m}"` }),
      ghRepo('evil', 'option', { clone_url: `--upload-pack=touch ${m}` }),
      ghRepo('evil', 'ssh-option', { clone_url: `ssh://-oProxyCommand=touch%20${m}/x/y` }),
      ghRepo('evil', 'local', { clone_url: 'file:///etc' }),
      ghRepo('evil', 'plain-http', { clone_url: `http://127.0.0.1/evil/plain-http.git` }),
      ghRepo('evil', 'elsewhere', { clone_url: 'https://attacker.example/evil/elsewhere.git' }),
      ghRepo('evil', '\u001b]0;pwned\u0007title', { clone_url: 'https://attacker.example/x.git', description: '\u001b[2J\u202eclear screen' }),
    ],
  });
  process.env.EVIDENT_GITHUB_API = `${api.base}/gh`;
  process.env.EVIDENT_API_CACHE = 'off';
  await writeFile(join(attack.dir, 'cv.md'), '# Eve\n\nPython developer. https://github.com/evil\n');
});

afterAll(async () => {
  delete process.env.EVIDENT_GITHUB_API;
  delete process.env.EVIDENT_API_CACHE;
  await api.close();
  attack.cleanup();
});

async function cli(args: string[]) {
  const io = captureIo(attack.dir);
  const code = await run(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('hostile/discover: what a host’s API says', () => {
  it('refuses every clone URL that could run a command, read the disk or go elsewhere, and nothing runs', async () => {
    const listed = await cli(['discover', '--github', 'evil', '--as-of', '2026-11-23']);
    const json = JSON.parse((await cli(['discover', '--github', 'evil', '--as-of', '2026-11-23', '--json'])).stdout);
    const screened = await expectNoTempLeft(() => cli(['screen', '--template', 'mlops-engineer', '--cv', 'cv.md', '--as-of', '2026-11-23', '--no-history', '--json']));

    expect(listed.code).toBe(0);
    expect(json.repos.filter((r: { chosen: boolean }) => r.chosen)).toEqual([]);
    expect(json.repos.map((r: { reason: string }) => r.reason.replace(attack.marker, 'MARKER'))).toEqual(
      expect.arrayContaining([
        'not chosen: refused git URL ext::sh -c "touch MARKER": transport helpers (ext::) can run commands; use https, ssh or git URLs',
        'not chosen: refused git URL --upload-pack=touch MARKER: it contains spaces or control characters',
        'not chosen: refused git URL ssh://-oProxyCommand=touch%20MARKER/x/y: invalid host',
        'not chosen: refused git URL file:///etc: file URLs are not enabled here',
        'not chosen: refused git URL http://127.0.0.1/evil/plain-http.git: plain http is not allowed, use https',
        'not chosen: clone URL https://attacker.example/evil/elsewhere.git refused: attacker.example is not the host whose API listed it',
      ]),
    );
    expect(screened.code).toBe(0);
    expect(JSON.parse(screened.stdout).notes).toContain('repositories discovered: 0 chosen of 7 found on github.com/evil; `evident discover` lists every one and why');
    expectNotExecuted(attack.marker);
  });

  it('prints no escape sequence or bidi control a repository name or description carries', async () => {
    const terminal = await cli(['discover', '--github', 'evil', '--as-of', '2026-11-23']);
    const md = await cli(['discover', '--github', 'evil', '--as-of', '2026-11-23', '--format', 'md']);

    for (const out of [terminal.stdout, md.stdout]) {
      expect(out).toContain('title');
      expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    }
  });
});
