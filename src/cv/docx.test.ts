import { describe, expect, it } from 'vitest';
import { buildDocx, para } from '../../test/helpers/docx.js';
import { buildZip } from '../../test/helpers/zip.js';
import { readDocx } from './docx.js';
import { extractClaims } from './extract.js';

describe('cv/docx', () => {
  it('reads paragraphs with mammoth, heading styles and hyperlink targets', async () => {
    const docx = buildDocx(
      [
        para('JANE SMITH'),
        para('Data Scientist | jane@example.com | ', { text: 'LinkedIn', link: 'https://linkedin.com/in/jane' }),
        { runs: [{ text: 'Profile' }], style: 'Heading1' },
        para('Company\tJan 2020 – Present'),
      ],
      { modified: '2024-05-02T10:00:00Z' },
    );

    const doc = await readDocx(docx);

    expect(doc.lines.map((l) => [l.text, l.heading ?? false])).toEqual([
      ['JANE SMITH', false],
      ['Data Scientist | jane@example.com | LinkedIn', false],
      ['Profile', true],
      ['Company\tJan 2020 – Present', false],
    ]);
    expect(doc.lines[3].segments).toEqual(['Company', 'Jan 2020 – Present']);
    expect(doc.anchors).toEqual([{ url: 'https://linkedin.com/in/jane', text: 'LinkedIn', line: 1 }]);
    expect(doc.written).toBe('2024-05');
  });

  it('leaves hidden runs out of the text and reports them: w:vanish, white font, tiny font', async () => {
    const docx = buildDocx([
      para('Skills'),
      para('Python, SQL', { text: ' Kubernetes', vanish: true }),
      para({ text: 'TensorFlow PyTorch', color: 'FFFFFF' }),
      para('Excel', { text: ' Spark', size: 3 }),
    ]);

    const doc = await readDocx(docx);

    expect(doc.lines.map((l) => l.text)).toEqual(['Skills', 'Python, SQL', 'Excel']);
    expect(doc.hidden).toEqual([
      { text: 'Kubernetes', reason: 'docx-vanish', page: 1 },
      { text: 'TensorFlow PyTorch', reason: 'docx-white-font', page: 1 },
      { text: 'Spark', reason: 'docx-tiny-font', page: 1 },
    ]);
  });

  it('hides by the PDF rules: words under 2 pt or within 8/255 of the page colour; never bullets or icons (issue 14)', async () => {
    const docx = buildDocx([
      para('Skills'),
      para('Python, SQL', { text: ' Kubernetes Terraform', size: 3 }),
      para('Footnote', { text: ' set in three points', size: 6 }),
      para({ text: 'Airflow Spark', color: 'FCFDFE' }),
      para({ text: 'Light grey subtitle', color: 'E0E0E0' }),
      para({ text: '•', size: 2 }, 'Led the data platform team', { text: ' \uf0e0 |', size: 1 }),
      para({ text: 'Visible black', color: 'auto' }),
    ]);

    const doc = await readDocx(docx);
    const flag = extractClaims(doc).redFlags.find((f) => f.kind === 'hidden-text');

    expect(doc.lines.map((l) => l.text)).toEqual(['Skills', 'Python, SQL', 'Footnote set in three points', 'Light grey subtitle', 'Led the data platform team', 'Visible black']);
    expect(doc.hidden.map((h) => [h.text, h.reason])).toEqual([
      ['Kubernetes Terraform', 'docx-tiny-font'],
      ['Airflow Spark', 'docx-white-font'],
      ['•', 'docx-tiny-font'],
      ['|', 'docx-tiny-font'],
    ]);
    expect(flag?.words).toEqual(['Kubernetes Terraform', 'Airflow Spark']);
  });

  it('raises no hidden-text flag for a DOCX whose only tiny or white runs are bullets and separators', async () => {
    const docx = buildDocx([para({ text: '▪', size: 2 }, 'Python and SQL'), para({ text: ' · ', color: 'FFFFFF' }, 'Built dashboards')]);

    expect(extractClaims(await readDocx(docx)).redFlags.map((f) => f.kind)).not.toContain('hidden-text');
  });

  it('refuses a file that is not a zip, and a zip that is not a DOCX', async () => {
    await expect(readDocx(Buffer.from('plain text, not a zip'))).rejects.toThrow(/not a readable DOCX/);
    await expect(readDocx(buildZip([{ name: 'readme.txt', data: 'hi' }]))).rejects.toThrow(/not a DOCX/);
  });

  it('refuses a zip whose declared size is too large to unpack', async () => {
    const big = buildZip([{ name: 'word/document.xml', data: 'a'.repeat(3_000_000) }]);

    await expect(readDocx(big)).rejects.toThrow(/too large/);
  });
});
