import { describe, expect, it } from 'vitest';
import { buildPdf, deflatedZeros, textLines } from '../../test/helpers/pdf.js';
import { readPdf } from './pdf.js';
import { pdfWorkerSpec, readPdfInThread } from './pdf-thread.js';

const GiB = 1024 ** 3;

const cv = () =>
  buildPdf([
    {
      texts: [
        ...textLines(['Alice Martin', 'Skills', 'Python, SQL', 'LinkedIn'], { top: 740 }),
        { text: 'Kubernetes', x: 50, y: 600, color: [1, 1, 1] },
        { text: 'Experience', x: 320, y: 740, size: 14, bold: true },
        { text: 'ML Engineer, 2021 - 2024', x: 320, y: 722 },
      ],
      links: [{ rect: [48, 692, 100, 706], url: 'https://www.linkedin.com/in/alice' }],
    },
    { texts: textLines(['Projects', 'A model server']) },
  ]);

// Each test may start a thread that loads pdf.js from source: seconds on a busy machine.
describe('cv/pdf-thread', { timeout: 120_000 }, () => {
  it('reads the same document on its thread as readPdf does in this one', async () => {
    const pdf = cv();

    expect(await readPdfInThread(pdf)).toStrictEqual(await readPdf(pdf));
  });

  it('stops a thread that blocks past the time limit, and reads the next file on a new one', async () => {
    // With the zlib count lifted, pdf.js would inflate and lex 3 GB of zeros for minutes.
    const bomb = buildPdf([{ content: { data: deflatedZeros(3 * GiB), filter: 'FlateDecode' } }]);
    const started = Date.now();

    await expect(readPdfInThread(bomb, { maxInflatedMiB: 1e6, timeoutMs: 3000 })).rejects.toThrow('CV PDF took longer than 3 s to read; it was stopped');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await readPdfInThread(cv())).lines[0].text).toMatch(/^Alice Martin/);
  });

  it('stops a thread when the process grows past the memory limit', async () => {
    const bomb = buildPdf([{ texts: textLines(['Alice Martin']) }], { metadata: { data: deflatedZeros(2 * GiB), filter: 'FlateDecode' } });

    await expect(readPdfInThread(bomb, { maxInflatedMiB: 1e6, maxMemoryMiB: 150, timeoutMs: 120_000 })).rejects.toThrow(
      'CV PDF needed more than 150 MB of memory to read (a compression bomb?); it was stopped',
    );
  });

  it('keeps a file over a cap a user error, and the thread for the next file', async () => {
    const long = buildPdf([{ texts: textLines(Array.from({ length: 30 }, (_, i) => `Line ${i}`)) }]);

    await expect(readPdfInThread(long, { maxTextItemsPerPage: 10 })).rejects.toMatchObject({ code: 'E_CV_TOO_LARGE', message: 'CV PDF is too complex to read: page 1 has over 10 text items' });
    expect((await readPdfInThread(cv())).pagesRead).toBe(2);
  });

  it('starts the compiled worker beside a compiled module, and the source one through tsx', () => {
    expect(pdfWorkerSpec('file:///app/dist/src/cv/pdf-thread.js', [])).toEqual({ file: new URL('file:///app/dist/src/cv/pdf-worker.js') });
    expect(pdfWorkerSpec('file:///app/src/cv/pdf-thread.ts', ['--import', 'file:///app/node_modules/tsx/dist/loader.mjs'])).toEqual({
      file: new URL('file:///app/src/cv/pdf-worker-source.cjs'),
    });
    expect(pdfWorkerSpec(import.meta.url.replace(/[^/]+$/, 'pdf-thread.ts'), []).execArgv).toEqual(['--import', expect.stringMatching(/tsx/)]);
  });
});
