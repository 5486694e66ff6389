import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { readCvDocument, readCvFile } from './load.js';

describe('cv/load', () => {
  it('picks the reader from the bytes, not the name', async () => {
    const pdf = buildPdf([{ texts: textLines(['Alice Martin']) }]);

    const doc = await readCvDocument(pdf, 'cv.docx');

    expect(doc.format).toBe('pdf');
  });

  it('reads Markdown and plain text by extension', async () => {
    expect((await readCvDocument(Buffer.from('# Alice'), 'cv.md')).format).toBe('markdown');
    expect((await readCvDocument(Buffer.from('Alice'), 'cv.txt')).format).toBe('text');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'cv.pdf', /empty/],
    ['a .docx that is not a zip', Buffer.from('hello'), 'cv.docx', /not a zip/],
    ['a .pdf without a PDF header', Buffer.from('hello'), 'cv.pdf', /no PDF header/],
    ['an old Word .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'cv.doc', /\.doc files are not supported/],
    ['binary data', Buffer.from([0, 1, 2, 3, 0, 5, 6]), 'cv.bin', /unsupported CV format/],
  ])('refuses %s with a plain message', async (_, data, name, message) => {
    await expect(readCvDocument(data, name)).rejects.toThrow(message);
  });

  it('refuses a file over the size limit', async () => {
    await expect(readCvDocument(Buffer.from('x'.repeat(100)), 'cv.txt', { maxBytes: 10 })).rejects.toThrow(/too large/);
  });
});

describe('cv/load readCvFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evident-test-cvfile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file, up to the size limit', async () => {
    writeFileSync(join(dir, 'cv.md'), '# Alice');

    expect(Buffer.from(await readCvFile(join(dir, 'cv.md'), 7)).toString()).toBe('# Alice');
    await expect(readCvFile(join(dir, 'cv.md'), 6)).rejects.toThrow('the CV file is too large (over 0 MB)');
  });

  it('refuses what is not a regular file without reading it: a FIFO, a device, a folder', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo.pdf')]);

    await expect(readCvFile(join(dir, 'fifo.pdf'))).rejects.toMatchObject({ code: 'E_CV_PATH', message: 'not a file: fifo.pdf' });
    await expect(readCvFile('/dev/zero')).rejects.toThrow('not a file: zero');
    await expect(readCvFile(dir)).rejects.toThrow(/^not a file: /);
    await expect(readCvFile(join(dir, 'missing.pdf'))).rejects.toThrow('cannot read CV file missing.pdf');
  });
});
