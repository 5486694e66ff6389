import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { SERVICE_TREE } from '../../test/helpers/service-tree.js';
import { walkTree } from '../ingest/walk.js';
import { scanRepository } from '../app/pipeline.js';
import { cacheKey } from './fact-cache.js';
import { parseFiles, type ParseStats } from './parse-files.js';
import { destroyParsePool } from './parse-pool.js';

const TREE = SERVICE_TREE;

async function entryFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const shard of await readdir(dir)) {
    for (const name of await readdir(join(dir, shard))) out.push(join(dir, shard, name));
  }
  return out;
}

describe('scan/fact-cache', () => {
  afterAll(async () => {
    await destroyParsePool();
  });

  it('re-parses nothing when the tree is unchanged, and gives the same scan', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    const stats: ParseStats[] = [];
    const options = { cacheDir: cache.root, history: false, onStats: (s: ParseStats) => stats.push(s) };

    const first = await scanRepository(repo.root, options);
    const second = await scanRepository(repo.root, options);
    await repo.cleanup();
    await cache.cleanup();

    expect(stats.map(({ parsed, cached, counted }) => ({ parsed, cached, counted }))).toEqual([
      { parsed: 4, cached: 0, counted: 1 },
      { parsed: 0, cached: 4, counted: 1 },
    ]);
    expect(JSON.parse(JSON.stringify(second))).toEqual(JSON.parse(JSON.stringify(first)));
  });

  it('stores entries sharded by the first two hex digits of the key', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    const { files } = await walkTree(repo.root);

    await parseFiles(files, { cacheDir: cache.root, parallel: 'never' });
    const entries = await entryFiles(cache.root);
    await repo.cleanup();
    await cache.cleanup();

    expect(entries).toHaveLength(4);
    for (const e of entries) expect(e).toMatch(/[/\\]([0-9a-f]{2})[/\\]\1[0-9a-f]{62}\.json$/);
  });

  it('is shared by worker threads and this thread', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    const { files } = await walkTree(repo.root);

    const pooled = await parseFiles(files, { cacheDir: cache.root, parallel: 'always' });
    const here = await parseFiles(files, { cacheDir: cache.root, parallel: 'never' });
    await repo.cleanup();
    await cache.cleanup();

    expect(pooled.stats).toMatchObject({ parsed: 4, cached: 0 });
    expect(here.stats).toMatchObject({ parsed: 0, cached: 4 });
    expect(here.facts).toEqual(pooled.facts);
  });

  it('re-parses only the file that changed', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    await parseFiles((await walkTree(repo.root)).files, { cacheDir: cache.root });

    await writeFile(join(repo.root, 'app/model.py'), 'import jax\n');
    const again = await parseFiles((await walkTree(repo.root)).files, { cacheDir: cache.root });
    await repo.cleanup();
    await cache.cleanup();

    expect(again.stats).toMatchObject({ parsed: 1, cached: 3 });
    expect(again.facts.find((f) => f.path === 'app/model.py')?.python?.imports.map((i) => i.module)).toEqual(['jax']);
  });

  it('ignores corrupt entries and parses the files again', async () => {
    const repo = await buildRepo(TREE);
    const cache = await buildRepo({});
    const { files } = await walkTree(repo.root);
    const fresh = await parseFiles(files, { cacheDir: cache.root, parallel: 'never' });
    const entries = await entryFiles(cache.root);
    await writeFile(entries[0], '{"path": "app/ma');
    await writeFile(entries[1], '{"path": "somewhere/else.py", "format": "python", "size": 1}');
    await writeFile(entries[2], '');

    const again = await parseFiles(files, { cacheDir: cache.root, parallel: 'never' });
    const healed = await parseFiles(files, { cacheDir: cache.root, parallel: 'never' });
    await repo.cleanup();
    await cache.cleanup();

    expect(again.stats).toMatchObject({ parsed: 3, cached: 1 });
    expect(again.facts).toEqual(fresh.facts);
    expect(healed.stats).toMatchObject({ parsed: 0, cached: 4 });
  });

  it('never fails the scan when the cache cannot be written', async () => {
    const repo = await buildRepo({ ...TREE, 'not-a-folder': 'x' });
    const { files } = await walkTree(repo.root);

    const parsed = await parseFiles(files, { cacheDir: join(repo.root, 'not-a-folder'), parallel: 'never' });
    await repo.cleanup();

    expect(parsed.stats).toMatchObject({ parsed: 4, cached: 0 });
  });

  it('keys on the path as well as the content, since the path picks the parser, and on the hash of the analyser itself', () => {
    const bytes = new TextEncoder().encode('from setuptools import setup\nsetup(name="x")\n');

    const a = cacheKey('0.2.0+0123456789abcdef', 'setup.py', bytes);
    const b = cacheKey('0.2.0+0123456789abcdef', 'tools/build.py', bytes);
    const other = cacheKey('0.2.0+fedcba9876543210', 'setup.py', bytes);

    expect(a).not.toBe(b);
    expect(other).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
