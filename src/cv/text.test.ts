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
