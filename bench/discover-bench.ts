// Requests and wall time of one discovery against a fake GitHub API on
// 127.0.0.1 (no network), cold (empty cache) and again (answers revalidated
// by ETag: 304s): `bench`, 350 repositories over four pages, a third of them
// forks; `forky`, 60 repositories of which 56 are forks (every other one with
// the candidate's own commits). Prints a table.
// Run: npx tsc -p tsconfig.json && node dist/bench/discover-bench.js
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discover } from '../src/discover/discover.js';
import { ghCommit, ghCompare, ghRepo } from '../test/helpers/api-shapes.js';
import { fakeSettings, startFakeApi, type FakeApi } from '../test/helpers/fake-api.js';

const REPOS = 350;
const LANGUAGES = ['Python', 'Jupyter Notebook', 'JavaScript', 'Go', null];

function serve(api: FakeApi, user: string, total: number, isFork: (i: number) => boolean): void {
  const list = `/gh/users/${user}/repos?type=owner&sort=pushed&direction=desc&per_page=100`;
  for (let page = 0; page * 100 < total; page++) {
    const items = [];
    for (let i = page * 100; i < Math.min(total, (page + 1) * 100); i++) {
      const fork = isFork(i);
      const month = String(12 - (i % 12)).padStart(2, '0');
      items.push(ghRepo(user, `r${i}`, { fork, clone_url: `file:///nonexistent/r${i}`, language: LANGUAGES[i % LANGUAGES.length], pushed_at: `${2026 - Math.floor(i / 60)}-${month}-01T00:00:00Z` }));
      if (fork) {
        api.route(`/gh/repos/${user}/r${i}`, { etag: `"d${i}"`, json: ghRepo(user, `r${i}`, { fork: true, parent: ghRepo('upstream', `r${i}`) }) });
        const commits = i % 2 === 0 ? [ghCommit(`${i}`.padEnd(40, 'a'), user, 'Bench', `${user}@example.com`)] : [];
        api.route(`/gh/repos/${user}/r${i}/compare/upstream:main...main`, { etag: `"c${i}"`, json: ghCompare(commits) });
      }
    }
    const next = (page + 1) * 100 < total ? `${api.base}/gh/user/${user}/repos?page=${page + 2}` : undefined;
    const path = page === 0 ? list : `/gh/user/${user}/repos?page=${page + 1}`;
    api.route(path, { etag: `"p${page}"`, json: items, headers: next ? { link: `<${next}>; rel="next"` } : {} });
  }
}

async function once(api: FakeApi, cache: string | null, user: string, maxRepos: number): Promise<{ ms: number; requests: number; notModified: number; chosen: number; forksChecked: number }> {
  api.requests.length = 0;
  const start = performance.now();
  const result = await discover({ request: { github: [user], gitlab: [], huggingface: [], fromCv: false, maxRepos }, asOf: '2026-11-23' }, fakeSettings(api.base, cache));
  const ms = performance.now() - start;
  return {
    ms,
    requests: api.requests.length,
    notModified: api.requests.filter((r) => r.status === 304).length,
    chosen: result.repos.filter((r) => r.chosen).length,
    forksChecked: result.repos.filter((r) => r.fork?.checked).length,
  };
}

const api = await startFakeApi();
serve(api, 'bench', REPOS, (i) => i % 3 === 0);
serve(api, 'forky', 60, (i) => i % 15 !== 0);
// One untimed run first: module loading and JIT are not discovery.
await once(api, null, 'bench', 6);
const rows: string[] = ['| profile | run | --max-repos | requests | 304 answers | forks checked | chosen | wall ms |', '|---|---|---|---|---|---|---|---|'];
for (const [user, maxRepos] of [['bench', 6], ['bench', 30], ['forky', 6]] as const) {
  const cache = await mkdtemp(join(tmpdir(), 'evident-discover-bench-'));
  try {
    for (const run of ['cold', 'again']) {
      const r = await once(api, cache, user, maxRepos);
      rows.push(`| ${user} | ${run} | ${maxRepos} | ${r.requests} | ${r.notModified} | ${r.forksChecked} | ${r.chosen} | ${r.ms.toFixed(0)} |`);
    }
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}
await api.close();
console.log('discovery against a fake GitHub API on 127.0.0.1 (default settings: 5 pages, 10 fork checks)\n');
console.log(rows.join('\n'));
