import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, type FileTree } from '../../test/helpers/repo.js';
import { notebook } from '../../test/helpers/notebook.js';
import { py } from '../../test/helpers/text.js';
import { walkTree } from '../ingest/walk.js';
import { parseFiles } from './parse-files.js';
import { destroyParsePool, hasParsePool, parsePool, workerSpec } from './parse-pool.js';

const TREE: FileTree = {
  'pkg/__init__.py': '',
  'pkg/train.py': py`
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    class Model(LogisticRegression):
        def fit(self, X, y: list[int]) -> "Model":
            return super().fit(np.asarray(X), y)
  `,
  'setup.py': py`
    from setuptools import setup
    setup(name="pkg", install_requires=["numpy==1.26.4"])
  `,
  'notebooks/explore.ipynb': notebook(['import pandas as pd\ndf = pd.read_csv("x.csv")', { md: '# Notes' }]),
  'requirements.txt': 'numpy==1.26.4\npandas>=2\n',
  'README.md': '# pkg\n',
  'data/blob.py': new Uint8Array([0x69, 0x6d, 0x00, 0x70]),
};

describe('scan/parse-files', () => {
  afterAll(async () => {
    await destroyParsePool();
  });

  it('gives the same facts, in walk order, on worker threads as in this thread', async () => {
    const repo = await buildRepo(TREE);
    const { files } = await walkTree(repo.root);

    const here = await parseFiles(files, { parallel: 'never' });
    const pooled = await parseFiles(files, { parallel: 'always' });
    await repo.cleanup();

    expect(pooled.facts).toEqual(here.facts);
    expect(pooled.skipped).toEqual(here.skipped);
    expect(pooled.facts.map((f) => f.path)).toEqual(['README.md', 'notebooks/explore.ipynb', 'pkg/__init__.py', 'pkg/train.py', 'requirements.txt', 'setup.py']);
    expect(here.skipped).toEqual([{ path: 'data/blob.py', reason: 'binary', detail: 'NUL bytes' }]);
    expect(here.stats).toMatchObject({ files: 7, counted: 1, parsed: 5, cached: 0, skipped: 1, threads: 0 });
    expect(here.stats.bytesRead).toBe(files.filter((f) => f.path !== 'README.md').reduce((n, f) => n + f.size, 0));
    expect(pooled.stats.threads).toBeGreaterThan(0);
  });

  it('hands each file\'s facts on in walk order, the same objects as the result, on worker threads and here', async () => {
    // Enough files for several batches, so batches come back out of order.
    const tree: FileTree = {};
    for (let i = 0; i < 300; i++) tree[`m${String(i).padStart(3, '0')}.py`] = i % 7 === 0 ? 'import torch\n'.repeat(3000) : `import os\nos.getcwd(${i})\n`;
    tree['README.md'] = '# r\n';
    tree['data/blob.py'] = new Uint8Array([0x69, 0x00]);
    const repo = await buildRepo(tree);
    const { files } = await walkTree(repo.root);

    const runs = [];
    for (const parallel of ['always', 'never'] as const) {
      const heard: unknown[] = [];
      const parsed = await parseFiles(files, { parallel, onFacts: (f) => heard.push(f) });
      runs.push({ heard, parsed });
    }
    await repo.cleanup();

    for (const { heard, parsed } of runs) {
      expect(heard).toHaveLength(parsed.facts.length);
      heard.forEach((f, i) => expect(f).toBe(parsed.facts[i]));
    }
    expect(runs[0].parsed.facts).toEqual(runs[1].parsed.facts);
  });

  it('runs the TypeScript worker itself under the test runner (no silent fallback)', async () => {
    const repo = await buildRepo({ 'a.py': 'import torch\ntorch.manual_seed(0)\n' });

    const outcomes = JSON.parse(await parsePool().run({ jobs: [{ path: 'a.py', abs: `${repo.root}/a.py` }] }));
    await repo.cleanup();

    expect(hasParsePool()).toBe(true);
    expect(outcomes).toMatchObject([{ kind: 'facts', cached: false, facts: { path: 'a.py', python: { calls: [{ name: 'torch.manual_seed' }] } } }]);
  });

  it('skips a file replaced by a FIFO after the walk as unreadable instead of waiting for a writer', async () => {
    const repo = await buildRepo({ 'a.py': 'import torch\n', 'b.py': 'x = 1\n' });
    const { files } = await walkTree(repo.root);
    await rm(join(repo.root, 'a.py'));
    execFileSync('mkfifo', [join(repo.root, 'a.py')]);

    const here = await parseFiles(files, { parallel: 'never' });
    const pooled = await parseFiles(files, { parallel: 'always' });
    await repo.cleanup();

    expect(here.skipped).toEqual([{ path: 'a.py', reason: 'unreadable' }]);
    expect(pooled.skipped).toEqual(here.skipped);
    expect(here.facts.map((f) => f.path)).toEqual(['b.py']);
  });

  it('parses small trees in this thread unless told otherwise', async () => {
    const repo = await buildRepo({ 'a.py': 'x = 1\n' });
    const { files } = await walkTree(repo.root);

    const parsed = await parseFiles(files);
    await repo.cleanup();

    expect(parsed.stats.threads).toBe(0);
  });
});

describe('scan/parse-pool workerSpec', () => {
  it('uses the compiled .js worker beside a compiled module', () => {
    const here = 'file:///app/dist/src/scan/parse-pool.js';

    const spec = workerSpec(here, []);

    expect(spec).toEqual({ filename: fileURLToPath('file:///app/dist/src/scan/parse-worker.js') });
  });

  it('uses the .ts worker from source, adding the tsx loader only when the process lacks it', () => {
    const here = pathToFileURL(fileURLToPath(new URL('./parse-pool.ts', import.meta.url))).href;
    const worker = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));

    const underTsx = workerSpec(here, ['--import', 'file:///x/node_modules/tsx/dist/loader.mjs']);
    const underVitest = workerSpec(here, []);

    expect(underTsx).toEqual({ filename: worker });
    expect(underVitest.filename).toBe(worker);
    expect(underVitest.execArgv?.[0]).toBe('--import');
    expect(underVitest.execArgv?.[1]).toMatch(/^file:.*\/tsx\/dist\/loader\.mjs$/);
  });
});
