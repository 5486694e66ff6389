import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ghCommit, ghRepo } from '../../test/helpers/api-shapes.js';
import { ALICE, CANDIDATE_REPO, cvText } from '../../test/helpers/candidate.js';
import { startFakeApi, type FakeApi } from '../../test/helpers/fake-api.js';
import { buildGitRepo } from '../../test/helpers/git.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { identityTerms } from '../screen/blind.js';
import { captureIo } from './io.js';
import { run } from './main.js';

// The test configuration: clone URLs in the fake API's answers are file:// URLs of repositories built here.
vi.mock('../discover/settings.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../discover/settings.js')>();
  return { ...real, discoverSettingsFromEnv: (env: NodeJS.ProcessEnv) => ({ ...real.discoverSettingsFromEnv(env), allowFileClones: true }) };
});

const LIST = '/gh/users/alicem/repos?type=owner&sort=pushed&direction=desc&per_page=100';
const AS_OF = '2026-11-23';

let api: FakeApi;
let tree: { root: string; cleanup: () => Promise<void> };
let shop: { root: string; cleanup: () => Promise<void> };
let fork: { root: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  api = await startFakeApi();
  tree = await buildRepo({
    'alice-cv.md': cvText({ ...ALICE, address: 'see https://github.com/alicem' }),
    'plain-cv.md': cvText(ALICE),
  });
  shop = await buildGitRepo([{ name: 'Alice Martin', email: 'alice.martin@example.com', date: '2026-09-01T10:00:00Z', files: CANDIDATE_REPO }]);
  fork = await buildGitRepo([{ name: 'Upstream Dev', email: 'dev@upstream.example', date: '2025-01-01T10:00:00Z', files: { 'lib.py': 'def f():\n    return 1\n' } }]);
  process.env.EVIDENT_GITHUB_API = `${api.base}/gh`;
  process.env.EVIDENT_API_CACHE = join(tree.root, 'api-cache');
  delete process.env.GITHUB_TOKEN;
});

afterAll(async () => {
  delete process.env.EVIDENT_GITHUB_API;
  delete process.env.EVIDENT_API_CACHE;
  await api.close();
  await Promise.all([tree.cleanup(), shop.cleanup(), fork.cleanup()]);
});

beforeEach(() => {
  api.requests.length = 0;
  api.route(LIST, {
    json: [
      ghRepo('alicem', 'shop-model', { clone_url: `file://${shop.root}`, description: 'Tabular models served with FastAPI' }),
      ghRepo('alicem', 'upstream-fork', { clone_url: `file://${fork.root}`, fork: true }),
      ghRepo('alicem', 'web', { clone_url: 'https://github.com/alicem/web.git', language: 'TypeScript' }),
    ],
  });
  api.route('/gh/repos/alicem/upstream-fork', { json: ghRepo('alicem', 'upstream-fork', { fork: true, parent: ghRepo('upstream', 'lib') }) });
  api.route('/gh/repos/alicem/upstream-fork/compare/upstream:main...main', { json: { ahead_by: 0, behind_by: 3, commits: [] } });
  api.route('/gh/repos/alicem/shop-model/commits?author=alicem&per_page=100', { json: [ghCommit('a'.repeat(40), 'alicem', 'Alice Martin', 'alice.martin@example.com')] });
});

async function cli(...args: string[]) {
  const io = captureIo(tree.root);
  const code = await run(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('cli/discover', () => {
  it('shows what would be scanned from the profile on the CV, and why, in every format', async () => {
    const terminal = await cli('discover', '--cv', 'alice-cv.md', '--as-of', AS_OF);
    const json = await cli('discover', '--cv', 'alice-cv.md', '--as-of', AS_OF, '--json');
    const md = await cli('discover', '--cv', 'alice-cv.md', '--as-of', AS_OF, '--format', 'md', '--out', 'found.md');

    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain('github.com/alicem (from the CV): 3 repositories');
    expect(terminal.stdout).toContain('1. alicem/shop-model');
    expect(terminal.stdout).toContain('chosen, 1st (70 points): own repository; Python; active 2026-10-01 (within a year); matches CV claims: FastAPI');
    expect(terminal.stdout).toContain('alicem/upstream-fork: fork of upstream/lib without commits of the candidate’s own');
    expect(terminal.stdout).toMatch(/alicem\/web: clone URL https:\/\/github\.com\/alicem\/web\.git refused: github\.com is not the host whose API listed it/);
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: '1.0', asOf: AS_OF, maxRepos: 6, identity: { emails: ['alice.martin@example.com', 'alicem@users.noreply.github.com'] } });
    expect(md.code).toBe(0);
    expect(await readFile(join(tree.root, 'found.md'), 'utf8')).toContain('| 1 | `alicem/shop-model` | yes | 70 |');
  });

  it('a profile that does not exist is one line on stderr (discover: exit 1, screen: exit 2); a rate limit stops with exit code 2', async () => {
    const missing = await cli('discover', '--github', 'nobody', '--as-of', AS_OF);
    api.route(LIST, { status: 429, json: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) } });
    const limited = await cli('discover', '--github', 'alicem', '--as-of', AS_OF);

    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('evident: github.com/nobody: no such GitHub user (404)\n');
    const screened = await cli('screen', '--template', 'applied-ml-engineer', '--github', 'nobody', '--cv', 'plain-cv.md', '--as-of', AS_OF);

    expect(screened.code).toBe(2);
    expect(screened.stderr).toBe('evident: github.com/nobody: no such GitHub user (404)\n');
    expect(limited.code).toBe(2);
    expect(limited.stderr).toMatch(/^evident: GitHub API rate limit reached \(0 of 60 requests left\): it resets at (?:\d{4}-\d\d-\d\d )?\d\d:\d\d UTC, in \d+ min; set GITHUB_TOKEN for a higher limit, or run again then; nothing was discovered\n$/);
  });

  it('screen --github clones the chosen repositories through the safe ingest and says what it discovered', async () => {
    const result = await cli('screen', '--template', 'applied-ml-engineer', '--github', 'alicem', '--cv', 'plain-cv.md', '--as-of', AS_OF, '--no-history', '--json');

    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    expect(report.notes).toContain('repositories discovered: 1 chosen of 3 found on github.com/alicem; `evident discover` lists every one and why');
    expect(report.notes).toContain('discovered alicem/shop-model: own repository; Python; active 2026-10-01 (within a year); matches CV claims: FastAPI');
    expect(JSON.stringify(report)).toContain('src/shop/serve.py');
  });

  it('--blind masks the discovered profile and repository names in every note', async () => {
    const result = await cli('screen', '--template', 'applied-ml-engineer', '--github', 'alicem', '--cv', 'plain-cv.md', '--as-of', AS_OF, '--no-history', '--blind', '--format', 'md');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('discovered \\[redacted\\]/shop-model');
    expect(result.stdout).not.toMatch(/alicem/i);
    expect(identityTerms({ names: [], emails: [], links: [] }, ['https://huggingface.co/spaces/dana/demo', 'https://huggingface.co/datasets/dana/sales']).exact).toContain('dana');
  });

  it('offline with --repo given: discovery from the CV’s link is a note and the repository given is screened (a profile named with --github still stops)', async () => {
    process.env.EVIDENT_GITHUB_API = 'http://127.0.0.1:9/gh';
    try {
      const offline = await cli('screen', '--template', 'applied-ml-engineer', '--cv', 'alice-cv.md', '--repo', shop.root, '--as-of', AS_OF, '--no-history', '--json');
      const named = await cli('screen', '--template', 'applied-ml-engineer', '--github', 'alicem', '--repo', shop.root, '--cv', 'plain-cv.md', '--as-of', AS_OF, '--no-history', '--json');

      expect(offline.code).toBe(0);
      const notes: string[] = JSON.parse(offline.stdout).notes;
      expect(notes.find((n) => n.startsWith('repository discovery from the CV’s links stopped: cannot reach the GitHub API'.replace('’', "'")))).toMatch(/only the 1 repositories given were screened$/);
      expect(JSON.stringify(JSON.parse(offline.stdout))).toContain('src/shop/serve.py');
      expect(named.code).toBe(2);
      expect(named.stderr).toMatch(/^evident: cannot reach the GitHub API/);
    } finally {
      process.env.EVIDENT_GITHUB_API = `${api.base}/gh`;
    }
  });

  it('--no-discover keeps only the --repo given: the CV’s profile link is not looked up', async () => {
    const result = await cli('screen', '--template', 'applied-ml-engineer', '--cv', 'alice-cv.md', '--no-discover', '--as-of', AS_OF, '--no-history', '--json');

    expect(result.code).toBe(0);
    expect(api.requests).toEqual([]);
    expect(JSON.parse(result.stdout).notes).toContain('no repositories given: every claim is at rung none and no evidence was scored');
  });

  it('the rank manifest takes a github column', async () => {
    await writeFile(join(tree.root, 'batch.csv'), 'id,cv,github\nalice,plain-cv.md,alicem\nbob,plain-cv.md,\n');

    const result = await cli('rank', '--template', 'applied-ml-engineer', 'batch.csv', '--as-of', AS_OF, '--no-history', '--json', '--jobs', '1');

    const ranking = JSON.parse(result.stdout);
    const notes = (id: string): string[] => ranking.candidates.find((c: { id: string }) => c.id === id).assessment.notes;
    expect(result.code).toBe(0);
    expect(api.requests.filter((r) => r.url === LIST)).toHaveLength(1);
    expect(notes('alice')).toContain('discovered alicem/shop-model: own repository; Python; active 2026-10-01 (within a year); matches CV claims: FastAPI');
    expect(notes('bob').filter((n) => n.startsWith('discovered') || n.startsWith('repositories discovered'))).toEqual([]);
  });
});
