import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { walkTree } from '../ingest/walk.js';
import { parseFiles } from './parse-files.js';
import { destroyParsePool, parsePool } from './parse-pool.js';
import { parseTimeLimitMs, PARSE_TIME_LIMIT_MS, runWatched } from './parse-watch.js';

describe('scan/parse-watch', () => {
  afterAll(async () => {
    await destroyParsePool();
  });

  it('skips a file whose parse outlasts the limit, recycles the worker and parses the rest of the batch', async () => {
    // ~2 MB of nested calls takes several seconds to parse; the limit is 1.5 s.
    const slow = 'f('.repeat(500_000) + ')'.repeat(500_000);
    const repo = await buildRepo({ 'a.py': 'import torch\n', 'slow.py': slow, 'z.py': 'import numpy\n' });
    const jobs = ['a.py', 'slow.py', 'z.py'].map((path) => ({ path, abs: `${repo.root}/${path}` }));

    const started = performance.now();
    const outcomes = await runWatched(parsePool(), jobs, undefined, 1500);
    const ms = performance.now() - started;
    const after = await runWatched(parsePool(), [jobs[0]], undefined, 1500);
    await repo.cleanup();

    expect(outcomes.map((o) => (o.kind === 'facts' ? o.facts.path : o.skipped))).toEqual([
      'a.py',
      { path: 'slow.py', reason: 'limit', detail: 'parsing took over 1500 ms (time limit)' },
      'z.py',
    ]);
    expect(ms).toBeLessThan(30_000);
    expect(after[0].kind).toBe('facts');
  });

  it('routes large files of a small tree to a watched worker', async () => {
    const repo = await buildRepo({ 'big.py': 'f('.repeat(500_000) + ')'.repeat(500_000), 'small.py': 'import os\n' });
    const { files } = await walkTree(repo.root);
    process.env.EVIDENT_PARSE_TIME_LIMIT_MS = '1500';
    let parsed;
    try {
      parsed = await parseFiles(files);
    } finally {
      delete process.env.EVIDENT_PARSE_TIME_LIMIT_MS;
      await repo.cleanup();
    }

    expect(parsed.skipped).toEqual([{ path: 'big.py', reason: 'limit', detail: 'parsing took over 1500 ms (time limit)' }]);
    expect(parsed.facts.map((f) => f.path)).toEqual(['small.py']);
  });

  it('reads the limit from EVIDENT_PARSE_TIME_LIMIT_MS, ignoring nonsense', () => {
    expect(parseTimeLimitMs({})).toBe(PARSE_TIME_LIMIT_MS);
    expect(parseTimeLimitMs({ EVIDENT_PARSE_TIME_LIMIT_MS: '2500' })).toBe(2500);
    expect(parseTimeLimitMs({ EVIDENT_PARSE_TIME_LIMIT_MS: '-1' })).toBe(PARSE_TIME_LIMIT_MS);
    expect(parseTimeLimitMs({ EVIDENT_PARSE_TIME_LIMIT_MS: 'soon' })).toBe(PARSE_TIME_LIMIT_MS);
  });
});
