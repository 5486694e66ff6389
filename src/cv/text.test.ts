import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { readText } from './text.js';

describe('cv/text', () => {
  it('reads Markdown headings, inline links, emphasis and table rows', () => {
    const md = text`
      # Alice Martin
      [GitHub](https://github.com/alice) · **alice@example.com**

      Skills
      ======
      | Languages | Python, *Go* |
      |---|---|
    `;

    const doc = readText(Buffer.from(md), 'markdown');

    expect(doc.lines.map((l) => [l.text, l.heading ?? false])).toEqual([
      ['Alice Martin', true],
      ['GitHub · alice@example.com', false],
      ['Skills', true],
      ['Languages\tPython, Go', false],
    ]);
    expect(doc.anchors).toEqual([{ url: 'https://github.com/alice', text: 'GitHub', line: 1 }]);
  });

  it('reads plain text line by line, tabs as segment breaks', () => {
    const doc = readText(Buffer.from('Bob Stone\r\n\r\nEngineer\tRemote\n'), 'text');

    expect(doc.lines.map((l) => l.segments)).toEqual([['Bob Stone'], ['Engineer', 'Remote']]);
    expect(doc.hasText).toBe(true);
  });
});

describe('cv/text HTML in Markdown', () => {
  it('drops tags and style blocks a browser never shows, keeps link targets and code spans', () => {
    const doc = readText(Buffer.from('<style>\ntd { border: 0; }\n</style>\n<li>Thesis <a href="https://example.org/t.pdf">Download</a><br></li>\n<td></td>\nUses `<T>` generics\n'), 'markdown');
    expect(doc.lines.map((l) => l.text)).toEqual(['Thesis Download', 'Uses <T> generics']);
    expect(doc.anchors).toEqual([{ url: 'https://example.org/t.pdf', text: 'Download', line: 0 }]);
  });
});
