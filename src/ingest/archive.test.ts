import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTar, type TarEntry } from '../../test/helpers/tar.js';
import { buildZip, type ZipEntry } from '../../test/helpers/zip.js';
import { UserError } from '../util/errors.js';
import { openSource, type SourceOptions } from './source.js';
import type { OpenedSource } from './types.js';

let scratch: string;
let savedTmp: string | undefined;
const opened: OpenedSource[] = [];

// Each test gets its own TMPDIR, so "nothing was written outside, nothing left behind" can be checked exactly.
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'evident-archive-test-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
});

afterEach(async () => {
  for (const source of opened.splice(0)) await source.dispose();
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await rm(scratch, { recursive: true, force: true });
});

/** Writes the archive under scratch/in, the only folder a test may leave in scratch. */
async function save(name: string, bytes: Buffer): Promise<string> {
  await mkdir(join(scratch, 'in'), { recursive: true });
  const path = join(scratch, 'in', name);
  await writeFile(path, bytes);
  return path;
}

async function open(path: string, options: SourceOptions = {}): Promise<OpenedSource> {
  const source = await openSource(path, options);
  opened.push(source);
  return source;
}

async function refusal(path: string, options: SourceOptions = {}): Promise<string> {
  const err = await openSource(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect(await readdir(scratch)).toEqual(['in']);
  return (err as Error).message;
}

const zip = (entries: ZipEntry[]) => buildZip(entries);
const tgz = (entries: TarEntry[]) => buildTar(entries, { gzip: true });

describe('ingest/archive', () => {
  it('unpacks a zip and uses its single top-level folder as the root', async () => {
    const path = await save('widgets-main.zip', zip([{ name: 'widgets-main/' }, { name: 'widgets-main/src/a.py', data: 'import torch\n' }]));

    const source = await open(path);

    expect(source).toMatchObject({ kind: 'archive', name: 'widgets-main', skipped: [] });
    expect(await readFile(join(source.root, 'src', 'a.py'), 'utf8')).toBe('import torch\n');
  });

  it.each(['x.tar.gz', 'x.tgz'])('unpacks a gzipped tar (%s)', async (name) => {
    const path = await save(name, await tgz([{ name: 'repo/a.py', data: 'x = 1\n' }, { name: 'repo/b/c.py', data: 'y = 2\n' }]));

    const source = await open(path);

    expect(await readdir(source.root)).toEqual(['a.py', 'b']);
    expect(await readFile(join(source.root, 'b', 'c.py'), 'utf8')).toBe('y = 2\n');
  });

  it('unpacks a plain tar with ./ names and several top-level entries in place', async () => {
    const path = await save('x.tar', await buildTar([{ name: './a.py', data: 'x' }, { name: './lib/b.py', data: 'y' }]));

    const source = await open(path);

    expect((await readdir(source.root)).sort()).toEqual(['a.py', 'lib']);
  });

  it.each`
    format     | name               | reason
    ${'zip'}   | ${'../evil'}       | ${'entry "../evil" escapes the archive root (..)'}
    ${'zip'}   | ${'a/../../evil'}  | ${'entry "a/../../evil" escapes the archive root (..)'}
    ${'zip'}   | ${'/etc/evil'}     | ${'entry "/etc/evil" is an absolute path'}
    ${'zip'}   | ${'C:/evil'}       | ${'entry "C:/evil" starts with a drive letter'}
    ${'zip'}   | ${'..\\evil'}      | ${'entry "..\\\\evil" uses backslashes (a Windows path that may escape the root)'}
    ${'tgz'}   | ${'../evil'}       | ${'entry "../evil" escapes the archive root (..)'}
    ${'tgz'}   | ${'/tmp/evil'}     | ${'entry "/tmp/evil" is an absolute path'}
  `('refuses a $format entry named $name', async ({ format, name, reason }) => {
    const entries = [{ name: 'a.py', data: 'x' }, { name, data: 'evil' }];
    const path = await save(`bad.${format}`, format === 'zip' ? zip(entries) : await tgz(entries));

    const message = await refusal(path);

    expect(message).toBe(`archive bad.${format} refused: ${reason}`);
    expect(existsSync(join(scratch, 'evil'))).toBe(false);
  });

  it('leaves link entries out and records them (zip)', async () => {
    const path = await save('links.zip', zip([{ name: 'a.py', data: 'x' }, { name: 'passwd', symlink: '/etc/passwd' }, { name: 'b.py', symlink: 'a.py' }]));

    const source = await open(path);

    expect(await readdir(source.root)).toEqual(['a.py']);
    expect(source.skipped).toEqual([
      { path: 'passwd', reason: 'symlink', detail: 'link entry (not extracted)' },
      { path: 'b.py', reason: 'symlink', detail: 'link entry (not extracted)' },
    ]);
  });

  it('leaves symlinks, hard links and special files out and records them (tar)', async () => {
    const path = await save(
      'links.tgz',
      await tgz([
        { name: 'repo/a.py', data: 'x' },
        { name: 'repo/up', type: 'symlink', linkname: '../../../etc' },
        { name: 'repo/hard', type: 'link', linkname: '/etc/passwd' },
        { name: 'repo/pipe', type: 'fifo' },
      ]),
    );

    const source = await open(path);

    expect(await readdir(source.root)).toEqual(['a.py']);
    expect(source.skipped).toEqual([
      { path: 'up', reason: 'symlink', detail: 'link entry (not extracted)' },
      { path: 'hard', reason: 'symlink', detail: 'link entry (not extracted)' },
      { path: 'pipe', reason: 'unreadable', detail: 'special file (not extracted)' },
    ]);
  });

  it('never unpacks .git, vendored folders or __MACOSX', async () => {
    const path = await save(
      'meta.zip',
      zip([
        { name: 'repo/a.py', data: 'x' },
        { name: 'repo/.git/config', data: '[core]\n\tfsmonitor = touch /tmp/pwned\n' },
        { name: 'repo/node_modules/x/index.js', data: 'x' },
        { name: 'repo/node_modules/y/index.js', data: 'y' },
        { name: '__MACOSX/repo/._a.py', data: 'x' },
      ]),
    );

    const source = await open(path);

    expect((await readdir(source.root)).sort()).toEqual(['a.py']);
    expect(source.skipped?.map((s) => [s.path, s.reason])).toEqual([
      ['.git/', 'excluded-folder'],
      ['node_modules/', 'excluded-folder'],
      ['__MACOSX/', 'excluded-folder'],
    ]);
  });

  it.each(['zip', 'tar'])('keeps the last of repeated names and leaves out entries under a file (%s)', async (format) => {
    const entries = [
      { name: 'a.py', data: 'first' },
      { name: 'a.py', data: 'second' },
      { name: 'x', data: 'file' },
      { name: 'x/y.py', data: 'y' },
      { name: 'b.py', data: 'b' },
    ];
    const path = await save(`dup.${format}`, format === 'zip' ? zip(entries) : await buildTar(entries));

    const source = await open(path);

    expect(await readFile(join(source.root, 'a.py'), 'utf8')).toBe('second');
    expect((await readdir(source.root)).sort()).toEqual(['a.py', 'b.py', 'x']);
    expect(source.skipped).toEqual([
      { path: 'a.py', reason: 'unreadable', detail: 'repeated name: an earlier entry was replaced by the last one' },
      { path: 'x/y.py', reason: 'unreadable', detail: 'a folder on its path is a file in the archive' },
    ]);
  });

  it('refuses a zip bomb before unpacking anything', async () => {
    const path = await save('bomb.zip', zip([{ name: 'a.py', data: 'x' }, { name: 'zeros.txt', data: Buffer.alloc(50 * 1024 * 1024) }]));

    const message = await refusal(path);

    expect(message).toBe('archive bomb.zip refused: its 50 KiB declare 50 MiB of files (1024:1, limit 100:1): a likely zip bomb');
  });

  it('refuses a gzip bomb while streaming', async () => {
    const path = await save('bomb.tar.gz', await tgz([{ name: 'zeros.txt', data: Buffer.alloc(50 * 1024 * 1024) }]));

    const message = await refusal(path);

    expect(message).toMatch(/^archive bomb\.tar\.gz refused: its first \d+ KiB unpack to more than 32 MiB of files \(\d+:1, limit 100:1\): a likely zip bomb$/);
  });

  it('refuses a zip with more entries than the default limit', async () => {
    const entries = Array.from({ length: 50_001 }, (_, i) => ({ name: `f${i}.py`, store: true }));
    const path = await save('many.zip', zip(entries));

    const message = await refusal(path);

    expect(message).toBe('archive many.zip refused: more than 50000 entries');
  });

  it('refuses a tar with more entries than a given limit', async () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.py`, data: 'x' }));
    const path = await save('many.tgz', await tgz(entries));

    const message = await refusal(path, { maxEntries: 10 });

    expect(message).toBe('archive many.tgz refused: more than 10 entries');
  });

  it.each(['zip', 'tgz'])('refuses a %s that unpacks to more than the size limit', async (format) => {
    const entries = [{ name: 'a.txt', data: 'a'.repeat(3000) }, { name: 'b.txt', data: 'b'.repeat(3000) }];
    const path = await save(`big.${format}`, format === 'zip' ? zip(entries) : await tgz(entries));

    const message = await refusal(path, { maxBytes: 5000 });

    expect(message).toBe(`archive big.${format} refused: unpacks to more than 4.9 KiB`);
  });

  it('refuses an extraction that takes longer than the time limit, and leaves nothing behind', async () => {
    const path = await save('slow.tgz', await tgz(Array.from({ length: 2000 }, (_, i) => ({ name: `d${i % 40}/f${i}.py`, data: `x = ${i}\n` }))));

    expect(await refusal(path, { timeoutMs: 1 })).toBe('archive slow.tgz refused: unpacking took longer than 1 ms');
  });

  it('says which archive cannot be read when it is corrupt', async () => {
    const good = zip([{ name: 'a.py', data: 'print(1)\n'.repeat(50) }]);
    const path = await save('broken.zip', good.subarray(0, good.length - 30));

    const message = await refusal(path);

    expect(message).toMatch(/^cannot read archive broken\.zip: /);
    expect(message).not.toContain('\n');
  });

  it('refuses a file that is no archive at all', async () => {
    const path = await save('notes.zip', Buffer.from('just text\n'));

    expect(await refusal(path)).toBe('cannot read archive notes.zip: not a zip, tar or gzip file');
  });

  it('dispose() removes the unpacked folder', async () => {
    const path = await save('x.zip', zip([{ name: 'a.py', data: 'x' }]));
    const source = await openSource(path);

    await source.dispose();
    await source.dispose();

    expect(existsSync(source.root)).toBe(false);
    expect(await readdir(scratch)).toEqual(['in']);
  });
});
