import { describe, expect, it } from 'vitest';
import { buildPdf, textLines } from '../../test/helpers/pdf.js';
import { readPdf } from './pdf.js';

const base = textLines(['Alice Martin', 'alice@example.com'], { top: 740 });

describe('cv/pdf', () => {
  it('reads text, fonts and link annotations', async () => {
    const pdf = buildPdf([
      {
        texts: [...base, { text: 'Skills', x: 50, y: 690, size: 14, bold: true }, { text: 'Python, SQL', x: 50, y: 672 }, { text: 'LinkedIn', x: 50, y: 654 }],
        links: [{ rect: [48, 650, 100, 664], url: 'https://www.linkedin.com/in/alice' }],
      },
    ]);

    const doc = await readPdf(pdf);

    expect(doc.lines.map((l) => [l.text, l.bold])).toEqual([
      ['Alice Martin', false],
      ['alice@example.com', false],
      ['Skills', true],
      ['Python, SQL', false],
      ['LinkedIn', false],
    ]);
    expect(doc.anchors).toEqual([{ url: 'https://www.linkedin.com/in/alice', text: 'LinkedIn', line: 4 }]);
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 1, pagesRead: 1, hasText: true, hidden: [] });
  });

  it('takes hidden text out and says why: white, background-coloured, tiny, off the page, invisible', async () => {
    const pdf = buildPdf([
      {
        rects: [
          { x: 40, y: 560, w: 300, h: 30, color: [0.1, 0.1, 0.4] },
          { x: 40, y: 520, w: 300, h: 30, color: [0.9, 0.9, 0.5] },
        ],
        texts: [
          ...base,
          { text: 'Kubernetes TensorFlow', x: 50, y: 640, color: [1, 1, 1] },
          { text: 'PyTorch', x: 50, y: 620, size: 1.5 },
          { text: 'Spark', x: 700, y: 600 },
          { text: 'Hadoop', x: 50, y: 600, mode: 3 },
          { text: 'White on dark blue is visible', x: 50, y: 570, color: [1, 1, 1] },
          { text: 'Airflow', x: 50, y: 530, color: [0.9, 0.9, 0.5] },
        ],
      },
    ]);

    const doc = await readPdf(pdf);

    expect(doc.lines.map((l) => l.text)).toEqual(['Alice Martin', 'alice@example.com', 'White on dark blue is visible']);
    expect(doc.hidden.map((h) => [h.text, h.reason]).sort()).toEqual([
      ['Airflow', 'same-colour-as-background'],
      ['Hadoop', 'invisible-render-mode'],
      ['Kubernetes TensorFlow', 'same-colour-as-background'],
      ['PyTorch', 'tiny-font'],
      ['Spark', 'off-page'],
    ]);
  });

  it('reads a two-column page column by column', async () => {
    const left = textLines(['EDUCATION', 'MIT', 'BSc Physics', 'SKILLS', 'Python', 'Julia', 'C++', 'Rust', 'Go'], { x: 40, top: 700 });
    const right = textLines(['EXPERIENCE', 'Acme Robotics, Engineer', 'Built motion planning in C++', 'Wrote simulators', 'Ran the test rig', 'Led two interns', 'Shipped firmware', 'Reviewed code', 'Mentored'], { x: 260, top: 700 });

    const doc = await readPdf(buildPdf([{ texts: [...left, ...right] }]));

    expect(doc.lines.map((l) => l.text).slice(8, 11)).toEqual(['Go', 'EXPERIENCE', 'Acme Robotics, Engineer']);
  });

  it('takes out the spaces pdf.js invents inside letter-spaced words when the page paints its own spaces', async () => {
    const texts = [
      { text: 'Skills: Python, Docker and Kubernetes', x: 50, y: 700, charSpacing: 2 },
      { text: 'Alice Martin works at Acme in Lyon', x: 50, y: 680 },
    ];

    const doc = await readPdf(buildPdf([{ texts }]));

    expect(doc.lines.map((l) => l.text)).toEqual(['Skills: Python, Docker and Kubernetes', 'Alice Martin works at Acme in Lyon']);
  });

  it('keeps word gaps drawn by positioning, as TeX draws them', async () => {
    const texts = [
      { text: '', tj: ['I', -250, 'know', -250, 'my', -330, 'fate.', -400, 'One', -250, 'day'], x: 50, y: 700 },
      { text: 'Alice Martin works at Acme in Lyon', x: 50, y: 680 },
    ];

    const doc = await readPdf(buildPdf([{ texts }]));

    expect(doc.lines[0].text).toBe('I know my fate. One day');
  });

  it('says a PDF without a text layer has no text, and extracts nothing', async () => {
    const doc = await readPdf(buildPdf([{ rects: [{ x: 0, y: 0, w: 612, h: 792, color: [0.8, 0.8, 0.8] }] }]));

    expect(doc).toMatchObject({ hasText: false, lines: [], notes: ['the PDF has no text layer (a scanned image?); nothing was extracted'] });
  });

  it('reads at most the page cap of a long PDF, and says so', async () => {
    const pages = Array.from({ length: 200 }, (_, i) => ({ texts: textLines([`Page ${i + 1} text about Python`], { top: 600 }) }));

    const doc = await readPdf(buildPdf(pages), { maxPages: 30, timeoutMs: 20_000 });

    expect(doc).toMatchObject({ pageCount: 200, pagesRead: 30, notes: ['read the first 30 of 200 pages'] });
    expect(doc.lines).toHaveLength(30);
  });

  it.each([
    ['encrypted', () => buildPdf([{ texts: base }], { encrypted: true }), /encrypted with a password/],
    ['corrupt', () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog garbage'), /not a readable PDF/],
    ['truncated', () => buildPdf([{ texts: base }]).subarray(0, 200), /not a readable PDF/],
  ])('refuses a %s PDF with a plain message', async (_, make, message) => {
    await expect(readPdf(make())).rejects.toThrow(message);
  });

  it('stops at the time limit', async () => {
    const pages = Array.from({ length: 50 }, () => ({ texts: textLines(['Some text']) }));

    await expect(readPdf(buildPdf(pages), { maxPages: 50, timeoutMs: 1 })).rejects.toThrow(/took longer than 0.001 s to read/);
  });
});
