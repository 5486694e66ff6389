import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGitRepo, gitIn } from '../../test/helpers/git.js';
import { packFolder } from './bundle.js';
import { openSource } from './source.js';

let repo: { root: string; cleanup: () => Promise<void> };
let out: string;

beforeAll(async () => {
  repo = await buildGitRepo([
    { name: 'Ada', email: 'ada@example.org', date: '2025-01-01T10:00:00Z', files: { 'a.py': 'import torch\n' } },
    { name: 'Ada', email: 'ada@example.org', date: '2025-02-01T10:00:00Z', files: { 'b.py': 'import numpy\n' } },
  ]);
  out = await mkdtemp(join(tmpdir(), 'evident-bundle-test-'));
});

afterAll(async () => {
  await repo.cleanup();
  await rm(out, { recursive: true, force: true });
});

describe('ingest/bundle', () => {
  it('packs a git work tree as a bundle of HEAD, which opens as a checkout with the same commit and history', async () => {
    const head = gitIn(repo.root, ['rev-parse', 'HEAD']).trim();
    const file = await packFolder(repo.root, out, 'model');
    expect(file).toBe(join(out, 'model.bundle'));
    const opened = await openSource(file);
    try {
      expect(opened).toMatchObject({ kind: 'git', name: 'model', commit: head, input: file });
      expect(gitIn(opened.root, ['log', '--format=%an %s']).trim().split('\n')).toHaveLength(2);
    } finally {
      await opened.dispose();
    }
  });

  it('packs a folder without git as a .tar.gz of its files', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'evident-plain-'));
    try {
      await writeFile(join(plain, 'app.py'), 'print(1)\n');
      const file = await packFolder(plain, out, 'plain');
      expect(file).toBe(join(out, 'plain.tar.gz'));
      const opened = await openSource(file);
      try {
        expect(opened.kind).toBe('archive');
      } finally {
        await opened.dispose();
      }
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not a bundle, with its name', async () => {
    const fake = join(out, 'fake.bundle');
    await writeFile(fake, 'not a bundle');
    await expect(openSource(fake)).rejects.toThrow(/^cannot read bundle .*fake\.bundle: not a git bundle of a HEAD$/);
  });
});
