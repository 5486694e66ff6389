// Attacks through uploaded archives (.zip, .tar.gz, .tar), each run through
// the built CLI (`evident scan upload`): a refusal is one clear line with exit
// code 2, anything else is a scan whose skipped list records what was left
// out. Every attack also checks that nothing ran, nothing was written outside
// the work folder, no temp folder was left, and time and memory stayed bounded.
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGitRepo } from '../helpers/git.js';
import { buildTar, emptyFilesTar, rawTarHeader, type TarEntry } from '../helpers/tar.js';
import { buildZip, zipEntriesOf, type ZipEntry } from '../helpers/zip.js';
import { expectRefused, gitSeesHistory, hostileGitDir, openWork, scanOf, scanUpload, skippedOf, type Work } from './archive-attack.js';

let work: Work;
beforeEach(() => {
  work = openWork();
});
afterEach(() => work.cleanup());

const tgz = (entries: TarEntry[]) => buildTar(entries, { gzip: true });
const upload = (name: string, bytes: Buffer, extra: string[] = []) => scanUpload(work, name, bytes, extra);
const LINK = 'link entry (not extracted)';
const SPECIAL = 'special file (not extracted)';
const GIT = 'git metadata (not extracted)';

describe('hostile archives: names that leave the root refuse the archive', () => {
  // The extraction folder is work/tmp/evident-archive-*/x: three `..` reach the work folder.
  it.each`
    format   | name                     | reason
    ${'zip'} | ${'../../../slip.py'}    | ${'escapes the archive root (..)'}
    ${'zip'} | ${'a/../../../../slip.py'} | ${'escapes the archive root (..)'}
    ${'zip'} | ${'ABS'}                 | ${'is an absolute path'}
    ${'zip'} | ${'C:/slip.py'}          | ${'starts with a drive letter'}
    ${'zip'} | ${'..\\..\\..\\slip.py'} | ${'uses backslashes (a Windows path that may escape the root)'}
    ${'tgz'} | ${'../../../slip.py'}    | ${'escapes the archive root (..)'}
    ${'tgz'} | ${'ABS'}                 | ${'is an absolute path'}
    ${'tar'} | ${'./x/../../../../slip.py'} | ${'escapes the archive root (..)'}
  `('$format entry $name', async ({ format, name, reason }) => {
    const entry = name === 'ABS' ? join(work.dir, 'slip.py') : (name as string);
    const entries = [{ name: 'repo/a.py', data: 'x = 1\n' }, { name: entry, data: 'import os\n' }];
    const bytes = format === 'zip' ? buildZip(entries) : await buildTar(entries, { gzip: format === 'tgz' });

    const run = await upload(`slip.${format}`, bytes);

    expectRefused(run, `archive slip.${format} refused: entry ${JSON.stringify(entry)} ${reason}`);
  });
});

describe('hostile archives: links and special files are never created', () => {
  it('zip: a link out of the root, then a file written "through" it', async () => {
    const entries: ZipEntry[] = [
      { name: 'repo/a.py', data: 'x = 1\n' },
      { name: 'repo/out', symlink: work.dir },
      { name: 'repo/out/slip.py', data: 'x = 2\n' },
      { name: 'repo/passwd', symlink: '/etc/passwd' },
    ];

    const scan = scanOf(await upload('links.zip', buildZip(entries)));

    expect(skippedOf(scan)).toEqual([
      ['out', LINK],
      ['passwd', LINK],
    ]);
  });

  it('tar: symlinks and hard links out of the root, FIFOs and devices', async () => {
    const entries: TarEntry[] = [
      { name: 'repo/a.py', data: 'x = 1\n' },
      { name: 'repo/up', type: 'symlink', linkname: '../../..' },
      { name: 'repo/up/slip.py', data: 'x = 2\n' },
      { name: 'repo/hard', type: 'link', linkname: '/etc/passwd' },
      { name: 'repo/same', type: 'link', linkname: 'repo/a.py' },
      { name: 'repo/pipe', type: 'fifo' },
      { name: 'repo/tty', type: 'character-device' },
      { name: 'repo/disk', type: 'block-device' },
    ];

    const scan = scanOf(await upload('links.tar.gz', await tgz(entries)));

    expect(skippedOf(scan)).toEqual([
      ['disk', SPECIAL],
      ['hard', LINK],
      ['pipe', SPECIAL],
      ['same', LINK],
      ['tty', SPECIAL],
      ['up', LINK],
    ]);
  });

  it('zip: device and FIFO mode bits', async () => {
    const entries: ZipEntry[] = [
      { name: 'repo/a.py', data: 'x = 1\n' },
      { name: 'repo/tty', data: '', mode: 0o020644 },
      { name: 'repo/pipe', data: '', mode: 0o010644 },
    ];

    const scan = scanOf(await upload('dev.zip', buildZip(entries)));

    expect(skippedOf(scan)).toEqual([
      ['pipe', SPECIAL],
      ['tty', SPECIAL],
    ]);
  });
});

describe('hostile archives: bombs and sizes', () => {
  it('zip: 50 MiB of zeros in 50 KiB is refused before a byte is written', async () => {
    const bytes = buildZip([{ name: 'a.py', data: 'x' }, { name: 'zeros.txt', data: Buffer.alloc(50 * 1024 * 1024) }]);

    const run = await upload('bomb.zip', bytes);

    expectRefused(run, 'archive bomb.zip refused: its 50 KiB declare 50 MiB of files (1024:1, limit 100:1): a likely zip bomb');
  });

  it('tar.gz: a gzip bomb is stopped while streaming', async () => {
    const run = await upload('bomb.tar.gz', await tgz([{ name: 'zeros.txt', data: Buffer.alloc(64 * 1024 * 1024) }]));

    expectRefused(run, /^evident: archive bomb\.tar\.gz refused: its first \d+ KiB unpack to more than 32 MiB of files \(\d+:1, limit 100:1\): a likely zip bomb$/);
  });

  it('zip: entries declaring more than 1 GiB in all', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.bin.txt`, data: 'x', declaredSize: 100 * 1024 * 1024 }));

    const run = await upload('total.zip', buildZip(entries));

    expectRefused(run, 'archive total.zip refused: unpacks to more than 1.0 GiB');
  });

  it('tar: a header declaring 2 GiB is refused before it is read', async () => {
    const bytes = Buffer.concat([rawTarHeader('big.txt', 2 * 1024 ** 3), Buffer.alloc(4096)]);

    const run = await upload('total.tar', bytes);

    expectRefused(run, 'archive total.tar refused: unpacks to more than 1.0 GiB');
  });

  it('zip: an entry inflating past its declared size stops at that size with one line', async () => {
    const bytes = buildZip([{ name: 'a.py', data: 'x'.repeat(100_000), declaredSize: 10 }]);

    const run = await upload('over.zip', bytes);

    expectRefused(run, 'archive over.zip refused: entry "a.py" unpacks to more than its declared 10 bytes (a corrupt or crafted archive)');
  });

  it.each(['zip', 'tgz'])('%s: 100,000 entries', async (format) => {
    const bytes = format === 'zip' ? buildZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `f${i}`, store: true }))) : gzipSync(emptyFilesTar(100_000));

    const run = await upload(`many.${format}`, bytes);

    expectRefused(run, `archive many.${format} refused: more than 50000 entries`);
  }, 120_000);

  it('tar.gz: many small files that compress well are a repository, not a bomb (issue 9 #8)', async () => {
    const license = '# Licensed under the Apache License, Version 2.0 (the "License").\n'.repeat(50);
    const entries: TarEntry[] = Array.from({ length: 1500 }, (_, i) => ({ name: `repo/plugins/p${i}/LICENSE`, data: license }));
    entries.push({ name: 'repo/plugins/__init__.py', data: 'import torch\n' });

    const scan = scanOf(await upload('plugins.tar.gz', await tgz(entries)));

    expect(scan.summary.files).toBeGreaterThan(1);
  });
});

describe('hostile archives: names the file system cannot take, and clashes (issue 9 #5)', () => {
  it('tar: a repeated name keeps the last entry and records the earlier one', async () => {
    const scan = scanOf(await upload('dup.tar', await buildTar([{ name: 'a.py', data: 'x = 1\n' }, { name: 'a.py', data: 'import torch\n' }])));

    expect(skippedOf(scan)).toEqual([['a.py', 'repeated name: an earlier entry was replaced by the last one']]);
  });

  it('tar.gz: a name over 255 bytes is left out and recorded', async () => {
    const long = `${'x'.repeat(300)}.py`;

    const scan = scanOf(await upload('long.tar.gz', await tgz([{ name: long, data: 'x = 1\n' }, { name: 'b.py', data: 'y = 2\n' }])));

    expect(skippedOf(scan)).toEqual([[long, 'name over 255 bytes (not extracted)']]);
  });

  it('tar: a file, then an entry under it', async () => {
    const scan = scanOf(await upload('child.tar', await buildTar([{ name: 'x', data: 'file' }, { name: 'x/y.py', data: 'y = 2\n' }, { name: 'b.py', data: 'b = 1\n' }])));

    expect(skippedOf(scan)).toEqual([['x/y.py', 'a folder on its path is a file in the archive']]);
  });

  it('tar: folders nested past what a path can hold are left out; deep but possible ones are read', async () => {
    const deep = `${'d/'.repeat(1600)}a.py`;
    const fine = `${'e/'.repeat(200)}b.py`;

    const scan = scanOf(await upload('deep.tar', await buildTar([{ name: deep, data: 'x = 1\n' }, { name: fine, data: 'y = 2\n' }])));

    expect(skippedOf(scan)).toEqual([[deep, 'path over 3072 bytes (not extracted)']]);
    expect(scan.summary.files).toBe(1);
  });

  it('nested archives are files, never unpacked', async () => {
    const inner = buildZip([{ name: '../../../slip.py', data: 'x' }]);
    const innerTar = await tgz([{ name: '../../../slip.py', data: 'x' }]);

    const scan = scanOf(await upload('outer.zip', buildZip([{ name: 'repo/a.py', data: 'x = 1\n' }, { name: 'repo/inner.zip', data: inner }, { name: 'repo/inner.tar.gz', data: innerTar }])));

    expect(scan.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['inner.tar.gz', 'binary'],
      ['inner.zip', 'binary'],
    ]);
  });
});

describe('hostile archives: corrupt archives are one line', () => {
  const good = buildZip([{ name: 'a.py', data: 'print(1)\n'.repeat(50) }]);
  /** Without its last 30 bytes (a gzip trailer, a zip's end record). */
  const cut = (bytes: Buffer) => bytes.subarray(0, bytes.length - 30);
  it.each`
    name                | bytes
    ${'cut.zip'}        | ${() => cut(good)}
    ${'stored.zip'}     | ${() => buildZip([{ name: 'a.py', data: 'x'.repeat(100), store: true, declaredSize: 10 }])}
    ${'cut.tar.gz'}     | ${async () => cut(await tgz([{ name: 'a.py', data: 'x = 1\n'.repeat(5000) }]))}
    ${'garbage.tar.gz'} | ${() => Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(100, 7)])}
    ${'checksum.tar'}   | ${async () => Buffer.concat([Buffer.alloc(100, 0x41), (await buildTar([{ name: 'a.py', data: 'x' }])).subarray(100)])}
    ${'short.tar'}      | ${() => Buffer.concat([rawTarHeader('a.py', 5000), Buffer.alloc(512, 0x41)])}
    ${'folder.tar'}     | ${() => Buffer.concat([rawTarHeader('d/', 1024, '5'), Buffer.alloc(1024, 0x41), Buffer.alloc(1024)])}
  `('$name', async ({ name, bytes }) => {
    const run = await upload(name as string, await (bytes as () => Buffer | Promise<Buffer>)());

    expectRefused(run, new RegExp(`^evident: (cannot read archive|archive) ${(name as string).replace('.', '\\.')}[ :]`));
  });
});

describe('hostile archives: never git metadata, never history (issue 9 #1)', () => {
  async function gitUpload(layout: 'gitdir-file' | 'bare-root' | 'bare-top'): Promise<Buffer> {
    const repo = await buildGitRepo([{ name: 'Alice', email: 'alice@example.com', date: '2025-01-01T10:00:00Z', files: { 'src/train.py': 'import torch\n' } }]);
    try {
      if (layout === 'gitdir-file') {
        await rename(join(repo.root, '.git'), join(repo.root, 'meta'));
        hostileGitDir(join(repo.root, 'meta'), work.marker);
        await writeFile(join(repo.root, '.git'), 'gitdir: meta\n');
        expect(gitSeesHistory(repo.root)).toBe(true);
        return buildZip(zipEntriesOf(repo.root, 'upload'));
      }
      const bare = join(repo.root, '.git');
      hostileGitDir(bare, work.marker);
      expect(gitSeesHistory(bare)).toBe(true);
      return buildZip(zipEntriesOf(bare, layout === 'bare-top' ? 'upload' : ''));
    } finally {
      await repo.cleanup();
    }
  }

  it('a `.git` file saying `gitdir: meta` beside a hostile git folder', async () => {
    const scan = scanOf(await upload('gitfile.zip', await gitUpload('gitdir-file'), ['--candidate-email', 'alice@example.com']));

    expect(scan.history).toMatchObject({ available: false, reason: 'no git history' });
    expect(skippedOf(scan)).toContainEqual(['.git', GIT]);
  });

  it.each(['bare-root', 'bare-top'] as const)('a bare repository layout (%s): its HEAD is removed', async (layout) => {
    const scan = scanOf(await upload(`${layout}.zip`, await gitUpload(layout)));

    expect(scan.history).toMatchObject({ available: false, reason: 'no git history' });
    expect(skippedOf(scan)).toContainEqual(['HEAD', 'git metadata: a bare repository HEAD (not extracted)']);
  });

  it('every spelling of .git, at any depth', async () => {
    const names = ['.GIT/config', '.git./HEAD', '.git /HEAD', 'GIT~1/config', '.g\u200cit/config', '.git::$INDEX_ALLOCATION/config', 'sub/.git', 'sub/deeper/.Git/hooks/pre-commit'];
    const entries: ZipEntry[] = [{ name: 'repo/a.py', data: 'x = 1\n' }, ...names.map((n) => ({ name: `repo/${n}`, data: `gitdir: ${work.dir}\n` }))];

    const scan = scanOf(await upload('spellings.zip', buildZip(entries)));

    expect(scan.skipped.map((s) => s.path).sort()).toEqual(['.GIT/', '.git./', '.git /', 'GIT~1/', '.g\u200cit/', '.git::$INDEX_ALLOCATION/', 'sub/.git', 'sub/deeper/.Git/'].sort());
    expect(scan.skipped.every((s) => s.detail === GIT)).toBe(true);
  });

  it('a .gitmodules naming programs and ext:: URLs is data: nothing runs', async () => {
    const modules = `[submodule "x"]\n\tpath = x\n\turl = ext::sh -c touch% ${work.marker}\n\tupdate = !touch ${work.marker}\n`;

    const scan = scanOf(await upload('modules.zip', buildZip([{ name: 'repo/.gitmodules', data: modules }, { name: 'repo/a.py', data: 'x = 1\n' }])));

    expect(scan.history).toMatchObject({ available: false });
  });
});
