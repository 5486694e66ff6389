import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseGitattributes } from './gitattributes.js';

describe('parse/gitattributes', () => {
  it('turns each Git LFS rule into a config fact at its line', () => {
    const file = text`
      # large files
      *.sh text eol=lf
      data/** filter=lfs diff=lfs merge=lfs -text
      *.parquet  filter=lfs diff=lfs merge=lfs -text
    `;

    const facts = parseGitattributes(file, '.gitattributes');

    expect(facts.configs).toEqual([
      { key: 'lfs:data/**', text: 'data/** filter=lfs diff=lfs merge=lfs -text', line: 3 },
      { key: 'lfs:*.parquet', text: '*.parquet  filter=lfs diff=lfs merge=lfs -text', line: 4 },
    ]);
  });

  it('gives no facts for a file without LFS rules, or for commented-out ones', () => {
    const facts = parseGitattributes('# *.csv filter=lfs\n*.py text\n', '.gitattributes');

    expect(facts.configs).toEqual([]);
  });
});
