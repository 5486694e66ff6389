import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { boundDocument, readCvDocument, readCvFile } from './load.js';
import type { CvDocument } from './types.js';

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
    ['an HTML page', Buffer.from('<h1>Alice Example</h1><p>ML engineer</p>'), 'cv.html', /HTML CVs are not read: print the page to PDF/],
    ['an HTML page saved as text', Buffer.from('\n  <!DOCTYPE html>\n<html><body><h1>Alice Example</h1></body></html>'), 'cv.txt', /HTML CVs are not read/],
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

describe('cv/load boundDocument', () => {
  const doc = (lines: string[], hidden = 0): CvDocument => ({
    format: 'text',
    pageCount: 1,
    pagesRead: 1,
    lines: lines.map((text) => ({ text, segments: text.split('\t'), page: 1 })),
    anchors: [{ url: 'https://example.com', text: 'x', line: lines.length - 1 }],
    hidden: Array.from({ length: hidden }, () => ({ text: 'x', reason: 'tiny-font' as const, page: 1 })),
    hasText: true,
    notes: [],
  });
  const limits = { lines: 3, chars: 100, lineChars: 10, hidden: 2 };

  it('leaves a document within the limits as it is', () => {
    const small = doc(['Alice', 'Python']);

    expect(boundDocument(small, limits)).toBe(small);
  });

  it('keeps the first lines, cuts long lines, drops hidden passages over the limit, and notes each', () => {
    const bounded = boundDocument(doc(['Alice', 'Python\tSQL and more', 'C', 'D', 'E'], 5), limits);

    expect(bounded.lines.map((l) => [l.text, l.segments])).toEqual([
      ['Alice', ['Alice']],
      ['Python\tSQL', ['Python', 'SQL']],
      ['C', ['C']],
    ]);
    expect(bounded.anchors[0].line).toBe(-1);
    expect(bounded.hidden).toHaveLength(2);
    expect(bounded.notes).toEqual(['read the first 3 of 5 lines', 'lines over 10 characters were cut', 'kept the first 2 of 5 hidden passages']);
  });

  it('stops at the character budget', () => {
    expect(boundDocument(doc(Array.from({ length: 20 }, () => 'x'.repeat(10))), { ...limits, lines: 100 }).lines).toHaveLength(10);
  });
});
