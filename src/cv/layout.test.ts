import { describe, expect, it } from 'vitest';
import { layoutPages, type PdfItem, type PdfPage } from './layout.js';

function item(text: string, x: number, y: number, size = 10, width = text.length * size * 0.5): PdfItem {
  return { text, x, y, width, size, font: 'Helvetica', bold: false };
}

function page(items: PdfItem[], n = 1, links: PdfPage['links'] = []): PdfPage {
  return { page: n, width: 612, height: 792, left: 0, top: 792, bottom: 0, items, links };
}

function column(lines: string[], x: number, top: number): PdfItem[] {
  return lines.map((text, i) => item(text, x, top - i * 14));
}

describe('cv/layout', () => {
  it('reads a two-column page column by column, below a full-width header', () => {
    const left = column(['EDUCATION', 'Cornell University', 'BS Computer Science', 'SKILLS', 'Python', 'Java', 'SQL', 'Go', 'Rust'], 40, 700);
    const right = column(['EXPERIENCE', 'Facebook Software Engineer', 'Built the news feed ranking', 'Google Intern', 'Worked on captions', 'Shipped the editor', 'More work here', 'And more', 'Even more'], 250, 700);
    const header = [item('Debarghya Das — deedy@fb.com — github.com/deedy — a very long header line', 40, 740)];

    const { lines } = layoutPages([page([...header, ...left, ...right])]);

    expect(lines.map((l) => l.text)).toEqual([
      'Debarghya Das — deedy@fb.com — github.com/deedy — a very long header line',
      'EDUCATION', 'Cornell University', 'BS Computer Science', 'SKILLS', 'Python', 'Java', 'SQL', 'Go', 'Rust',
      'EXPERIENCE', 'Facebook Software Engineer', 'Built the news feed ranking', 'Google Intern', 'Worked on captions', 'Shipped the editor', 'More work here', 'And more', 'Even more',
    ]);
  });

  it('keeps right-aligned dates on the line of their entry instead of making a column of them', () => {
    const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [
      item(`Entry ${i} with a longer description of the work that was done`, 40, 700 - i * 14),
      item(`Jan 20${10 + i} – Dec 20${10 + i}`, 480, 700 - i * 14),
    ]);

    const { lines } = layoutPages([page(rows)]);

    expect(lines[0].segments).toEqual(['Entry 0 with a longer description of the work that was done', 'Jan 2010 – Dec 2010']);
    expect(lines).toHaveLength(10);
  });

  it('rebuilds word gaps from positions and joins a raised letter to its line', () => {
    const words = [item('Designed', 40, 700, 10, 40), item('and', 83, 700, 10, 17), item('built', 103, 700, 10, 22)];
    const logo = [item('L', 40, 680, 10, 6), item('A', 45, 682, 7, 4), item('TEX', 48.5, 680, 10, 18)];

    const { lines } = layoutPages([page([...words, ...logo])]);

    expect(lines.map((l) => l.text)).toEqual(['Designed and built', 'LATEX']);
  });

  it('drops page numbers, "last updated" stamps and footers repeated on every page', () => {
    const body = (n: number) => [item('Last updated in Mar 2026', 450, 770, 9), item(`Body text of page ${n}`, 40, 600), item(`Jane Doe – ${n}/2`, 250, 30, 9), item(`${n}`, 300, 15, 9)];

    const { lines } = layoutPages([page(body(1), 1), page(body(2), 2)]);

    expect(lines.map((l) => l.text)).toEqual(['Body text of page 1', 'Body text of page 2']);
  });

  it('keeps a section heading repeated at the top of each page it runs over', () => {
    const body = (n: number) => [item('Projects Experience', 40, 770, 12), item(`Project: Entry ${n}`, 40, 700), item('Jane Doe – CV', 250, 30, 9)];

    const { lines } = layoutPages([page(body(1), 1), page(body(2), 2)]);

    expect(lines.map((l) => l.text)).toEqual(['Projects Experience', 'Project: Entry 1', 'Projects Experience', 'Project: Entry 2']);
  });

  it('joins a word broken with a soft hyphen at a line end', () => {
    const { lines } = layoutPages([page([item('top 5% of submis\u00AD', 40, 700), item('sions) and more', 40, 686)])]);

    expect(lines.map((l) => l.text)).toEqual(['top 5% of submissions)', 'and more']);
  });

  it('places link annotations on the line under them, with the text they cover', () => {
    const { anchors } = layoutPages([page([item('Jane Doe', 40, 700), item('GitHub', 40, 686, 10, 30)], 1, [{ url: 'https://github.com/jane', rect: [39, 684, 71, 697] }])]);

    expect(anchors).toEqual([{ url: 'https://github.com/jane', text: 'GitHub', line: 1 }]);
  });

  it('puts an accent TeX draws on its own back on its letter', () => {
    const { lines } = layoutPages([page([item('Ab M \u0308', 40, 700, 10, 22), item('arz 2026', 62, 700), item('Institut f \u0308', 40, 686, 10, 38), item('ur Solare Energie', 78, 686)])]);

    expect(lines.map((l) => l.text)).toEqual(['Ab März 2026', 'Institut für Solare Energie']);
  });

  it('keeps a date column with headings above it on the rows of the entries beside it (a Lebenslauf)', () => {
    const rows: PdfItem[] = [];
    let y = 720;
    for (const [heading, date, entry, more] of [
      ['Studium', '09/2009 – 10/2012', 'Studium Betriebswirtschaftslehre', ['Verwaltungs-Akademie Mainz', 'Titel: Betriebswirt']],
      ['Berufsausbildung', '09/1997 – 06/2000', 'IT Systemelektroniker', ['IBM Deutschland GmbH Mainz']],
      ['Schulbildung', '09/1997', 'Realschulabschluss', ['Sekundarschule Heimburg']],
      ['Sprachkenntnisse', 'Englisch:', 'verhandlungssicher in Wort und Schrift', []],
    ] as const) {
      rows.push(item(heading, 56, y, 14), item(date, 56, y - 28), item(entry, 198, y - 28));
      more.forEach((text, i) => rows.push(item(text, 198, y - 40 - i * 12)));
      y -= 52 + more.length * 12;
    }

    const { lines } = layoutPages([page(rows)]);

    expect(lines.map((l) => l.segments)).toContainEqual(['09/2009 – 10/2012', 'Studium Betriebswirtschaftslehre']);
    expect(lines.map((l) => l.text).slice(0, 4)).toEqual(['Studium', '09/2009 – 10/2012\tStudium Betriebswirtschaftslehre', 'Verwaltungs-Akademie Mainz', 'Titel: Betriebswirt']);
  });

  it('drops dot leaders between an employer and the rest of its line', () => {
    const { lines } = layoutPages([page([item('Mahsan Co.. . . . . . . . . . . . . . . . . .', 40, 700)])]);

    expect(lines[0].text).toBe('Mahsan Co.');
  });
});
