import { describe, expect, it } from 'vitest';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { readCvDocument } from './load.js';

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
