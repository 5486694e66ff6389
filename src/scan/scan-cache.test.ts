import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn } from '../../test/helpers/git.js';
import { runCliAsync } from '../../test/hostile/harness.js';
import { buildRepo } from '../../test/helpers/repo.js';
import { SERVICE_TREE } from '../../test/helpers/service-tree.js';
import { scanRepository, type ScanOptions } from '../app/pipeline.js';
import { userCacheDir } from './cache-dir.js';
import { destroyParsePool } from './parse-pool.js';
import { ScanCache } from './scan-cache.js';

const TREE = SERVICE_TREE;

/** Files written a minute ago or more: outside the racy window, so their scan may be stored. */
async function age(root: string, minutes = 60): Promise<void> {
  const when = new Date(Date.now() - minutes * 60_000);
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) await utimes(join(entry.parentPath, entry.name), when, when);
  }
}

/** Scans with the cache, counting the files parsed (undefined when the scan came whole from the cache). */
async function scanCounting(input: string, cacheDir: string, extra: ScanOptions = {}) {
  let parsed: number | undefined;
  const scan = await scanRepository(input, { cacheDir, history: false, ...extra, onStats: (s) => (parsed = s.parsed + s.cached) });
  return { scan, parsed };
}

function resultEntries(cacheDir: string): string[] {
  try {
    return readdirSync(join(cacheDir, 'results')).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
}

describe('scan/scan-cache', () => {
  afterAll(async () => {
    await destroyParsePool();
  });

  it('serves an unchanged folder from the cache without walking or parsing, and misses once a file changes', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    await age(repo.root);

    const first = await scanCounting(repo.root, cache.root);
    const again = await scanCounting(repo.root, cache.root);
    await writeFile(join(repo.root, 'app/model.py'), 'import jax\nx = jax.numpy.zeros(1)\n');
    const changed = await scanCounting(repo.root, cache.root);
    const entries = resultEntries(cache.root);
    await repo.cleanup();
    await cache.cleanup();

    expect(first.parsed).toBe(4);
    expect(again.parsed).toBeUndefined();
    expect(JSON.parse(JSON.stringify(again.scan))).toEqual(JSON.parse(JSON.stringify(first.scan)));
    expect(changed.parsed).toBeGreaterThan(0);
    expect(changed.scan.tools.map((t) => t.tool)).not.toEqual(first.scan.tools.map((t) => t.tool));
    // The changed tree is inside the racy window: scanned, not stored.
    expect(entries).toHaveLength(1);
  });

  it('does not store a folder modified within the racy window, whose times could hide another change', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});

    await scanCounting(repo.root, cache.root);
    const again = await scanCounting(repo.root, cache.root);
    await repo.cleanup();
    await cache.cleanup();

    expect(resultEntries(cache.root)).toEqual([]);
    expect(again.parsed).toBe(4);
  });

  it('misses for another analyser (its hash is in the key) and for other settings', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    await age(repo.root);
    const settings = { history: false };
    const scan = (await scanCounting(repo.root, cache.root)).scan;

    const lookup = async (analyser: string, s: unknown = settings) => ScanCache.open(cache.root, s, analyser).lookupFolder(repo.root);
    const store = ScanCache.open(cache.root, settings, '0.2.0+aaaaaaaaaaaaaaaa');
    await store.lookupFolder(repo.root);
    await store.store(scan);
    const same = await lookup('0.2.0+aaaaaaaaaaaaaaaa');
    const upgraded = await lookup('0.2.0+bbbbbbbbbbbbbbbb');
    const otherSettings = await lookup('0.2.0+aaaaaaaaaaaaaaaa', { history: true });
    await repo.cleanup();
    await cache.cleanup();

    expect(same?.name).toBe(scan.name);
    expect(upgraded).toBeUndefined();
    expect(otherSettings).toBeUndefined();
  });

  it('ignores a corrupt, truncated or foreign entry, scans again and heals it', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    await age(repo.root);
    const fresh = await scanCounting(repo.root, cache.root);
    const [entry] = resultEntries(cache.root);
    const path = join(cache.root, 'results', entry);
    const key = entry.replace(/\.json$/, '');

    const outcomes: Array<number | undefined> = [];
    const body = JSON.stringify(fresh.scan);
    const header = (over: object) => JSON.stringify({ format: 'scan-v1', key, sha256: createHash('sha256').update(body).digest('hex'), ...over });
    const altered = body.replace(/"name":"[^"]*"/, '"name":1');
    const corrupt = [
      `${header({})}\n${body.slice(0, body.length / 2)}`,
      '',
      `${header({ key: 'other' })}\n${body}`,
      `${header({})}\n${altered}`,
      JSON.stringify({ key, scan: fresh.scan }),
      'null\nnull',
    ];
    for (const text of corrupt) {
      await writeFile(path, text);
      outcomes.push((await scanCounting(repo.root, cache.root)).parsed);
    }
    const healed = await scanCounting(repo.root, cache.root);
    await repo.cleanup();
    await cache.cleanup();

    expect(outcomes).toEqual([4, 4, 4, 4, 4, 4]);
    expect(healed.parsed).toBeUndefined();
    expect(JSON.parse(JSON.stringify(healed.scan))).toEqual(JSON.parse(JSON.stringify(fresh.scan)));
  });

  it('keys a git URL by the commit its clone checks out', async () => {
    const repo = await buildGitRepo([{ name: 'Ada', email: 'ada@example.com', date: '2025-01-01T10:00:00Z', files: TREE }]);
    const cache = await buildRepo({});
    const url = `file://${repo.root}`;

    const first = await scanCounting(url, cache.root);
    const again = await scanCounting(url, cache.root);
    await writeFile(join(repo.root, 'app/extra.py'), 'import sklearn\n');
    gitIn(repo.root, ['add', '-A']);
    gitIn(repo.root, ['commit', '-q', '-m', 'more'], { GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.com' });
    const moved = await scanCounting(url, cache.root);
    await repo.cleanup();
    await cache.cleanup();

    expect(first.parsed).toBe(4);
    expect(again.parsed).toBeUndefined();
    expect(again.scan.source.commit).toBe(first.scan.source.commit);
    expect(moved.parsed).toBe(5);
  });

  it('refuses a cache folder inside the folder being scanned, or one that holds a project, and writes nothing there', async () => {
    const repo = await buildRepo(TREE);
    const other = await buildRepo(TREE);
    const before = readdirSync(repo.root, { recursive: true }).sort();
    const beforeOther = readdirSync(other.root, { recursive: true }).sort();

    const inside = await scanRepository(repo.root, { cacheDir: join(repo.root, '.cache'), history: false }).catch((e: Error) => e);
    const project = await scanRepository(repo.root, { cacheDir: other.root, history: false }).catch((e: Error) => e);
    const after = readdirSync(repo.root, { recursive: true }).sort();
    const afterOther = readdirSync(other.root, { recursive: true }).sort();
    await repo.cleanup();
    await other.cleanup();

    expect(String(inside)).toMatch(/inside .*, which is being scanned/);
    expect(String(project)).toMatch(/holds README\.md: it looks like a project/);
    expect(after).toEqual(before);
    expect(afterOther).toEqual(beforeOther);
  });

  it('keeps its files in the user cache folder ($XDG_CACHE_HOME/evident) when `scan --cache` names none', async () => {
    const repo = await buildRepo(TREE);
    const home = await buildRepo({});
    await age(repo.root);
    const before = readdirSync(repo.root, { recursive: true }).sort();
    const env = { XDG_CACHE_HOME: home.root };

    const first = await runCliAsync(['scan', repo.root, '--json', '--no-history', '--cache'], { env });
    const second = await runCliAsync(['scan', repo.root, '--json', '--no-history', '--cache'], { env });
    const after = readdirSync(repo.root, { recursive: true }).sort();
    const stored = resultEntries(join(home.root, 'evident'));
    await repo.cleanup();
    await home.cleanup();

    expect(first.code, first.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(stored).toHaveLength(1);
    expect(after).toEqual(before);
    expect(userCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '/home/u', 'linux')).toBe('/x/cache/evident');
    expect(userCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u', 'linux')).toBe('/home/u/.cache/evident');
    expect(userCacheDir({}, '/Users/u', 'darwin')).toBe('/Users/u/Library/Caches/evident');
  });
});
