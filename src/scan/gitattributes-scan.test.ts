import { afterEach, describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { scanRepository } from '../app/pipeline.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('scan/parse-files', () => {
  it('reads every file a parser exists for, such as .gitattributes (git-lfs datasets)', async () => {
    const repo = await buildRepo({ '.gitattributes': 'data/*.parquet filter=lfs diff=lfs merge=lfs -text\n', 'train.py': 'import os\n' });
    cleanups.push(repo.cleanup);

    const scan = await scanRepository(repo.root, { history: false });

    const versioning = scan.signals.find((s) => s.id === 'data_versioning');
    expect(versioning?.present).toBe(true);
    expect(versioning?.evidence.map((e) => e.location)).toEqual(['.gitattributes:1']);
  });
});
