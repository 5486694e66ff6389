import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evident-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('util/atomic-write', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const file = join(dir, 'report.json');
    await writeFile(file, 'old');

    await writeFileAtomic(file, 'new');
    await writeFileAtomic(join(dir, 'bytes.bin'), new Uint8Array([1, 2, 3]));

    expect(await readFile(file, 'utf8')).toBe('new');
    expect([...(await readFile(join(dir, 'bytes.bin')))]).toEqual([1, 2, 3]);
    expect((await readdir(dir)).sort()).toEqual(['bytes.bin', 'report.json']);
  });

  it('a write that fails leaves the target as it was and no temporary file', async () => {
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'kept');

    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();

    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('kept');
  });
});
