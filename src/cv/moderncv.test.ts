// A LaTeX (moderncv-style) CV as a real PDF: the given name and the surnames
// on two lines in large type with the contact column beside them, and a
// narrow date column that wraps "Since Apr" / "2021 -" (real-people review).
import { describe, expect, it } from 'vitest';
import { buildPdf, type PdfText } from '../../test/helpers/pdf.js';
import { parseCv } from './index.js';

const NOW = new Date(Date.UTC(2026, 0, 15));

/** An entry: the date column's lines at x=50, the entry's lines at x=130, 14 points apart. */
function entry(top: number, dates: string[], lines: [string, number][]): PdfText[] {
  return [
    ...dates.map((text, i) => ({ text, x: 50, y: top - i * 14, size: 11 })),
    ...lines.map(([text, size], i) => ({ text, x: 130, y: top - i * 14, size })),
  ];
}

function header(second: string): PdfText[] {
  return [
    { text: '+1 555 0100', x: 430, y: 752, size: 10 },
    { text: 'Dana', x: 50, y: 740, size: 34 },
    { text: 'dana.okafor@example.com', x: 430, y: 728, size: 10 },
    { text: second, x: 50, y: 705, size: 34 },
    { text: 'Summary', x: 50, y: 670, size: 14 },
    { text: 'Engineer with ten years of experience in backend work, data and operations.', x: 50, y: 652, size: 11 },
  ];
}

const experience: PdfText[] = [
  { text: 'Experience', x: 50, y: 620, size: 14 },
  ...entry(600, ['Since Apr', '2021 -'], [
    ['Contractor, MLOps Engineer & DevOps.', 11],
    ['MLOps and DevOps for one of the largest pharmaceutical companies.', 11],
    ['- Run Kubeflow pipelines and serve models with KServe on Kubernetes.', 10],
  ]),
  ...entry(540, ['2011 - 2013'], [
    ['Globex Media, Backend Developer & System Administrator.', 11],
    ['- Server side development of an online repository of generated music, with search.', 10],
    ['- Technologies: Python, web.py, MongoDB, Elasticsearch, Memcached. APIs: Paypal, Google', 10],
    ['Wallet, Facebook, Google+.', 10],
  ]),
  ...entry(470, ['2009 - 2011'], [
    ['Research Assistant.', 11],
    ['- Computer vision research on blob tracking for a university department of imaging.', 10],
  ]),
  ...entry(430, ['2005 - 2006'], [
    ['Novatech, Software & Web Developer.', 11],
    ['- Educational games in Flash for schools, then a longer project for the same client.', 10],
  ]),
];

describe('cv/moderncv', () => {
  it('joins a given name and surnames set on two lines beside a contact column', async () => {
    const { claims } = await parseCv(buildPdf([{ texts: [...header('Okafor Mensah'), ...experience] }]), 'dana.pdf', { now: NOW });

    expect(claims.name).toBe('Dana Okafor Mensah');
  });

  it('never joins a name with a job title set in the same type below it', async () => {
    const texts = header('MLOps Engineer').map((t) => (t.text === 'Dana' ? { ...t, text: 'Dana Okafor' } : t));

    const { claims } = await parseCv(buildPdf([{ texts: [...texts, ...experience] }]), 'dana.pdf', { now: NOW });

    expect(claims.name).toBe('Dana Okafor');
  });

  it('reads a role still held from a wrapped date column, titles from entry lines ending in a full stop, never an employer from a wrapped bullet', async () => {
    const { claims } = await parseCv(buildPdf([{ texts: [...header('Okafor Mensah'), ...experience] }]), 'dana.pdf', { now: NOW });

    expect(claims.roles.map((r) => [r.start, r.end, r.title, r.employer])).toEqual([
      ['2021-04', 'present', 'Contractor, MLOps Engineer & DevOps', undefined],
      ['2011-01', '2013-01', 'Backend Developer & System Administrator', 'Globex Media'],
      ['2009-01', '2011-01', 'Research Assistant', undefined],
      ['2005-01', '2006-01', 'Software & Web Developer', 'Novatech'],
    ]);
    // 2021-04 to 2026-01 (58 months), 2009-01 to 2013-01 (49), 2005-01 to 2006-01 (13): 120 months.
    expect(claims.computedYears).toBe(10);
  });
});
