import { resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gitMetadataPrefix, safeEntryPath, unwritable } from './archive-names.js';
import { formatRatio } from './limits.js';
import { isGitMetadataName } from './skip-rules.js';

const refuse = (why: string) => new Error(why);

describe('ingest/archive-names', () => {
  it('a name either is refused or lands inside the root (property)', () => {
    const part = fc.constantFrom('..', '.', '', 'a', 'b.py', '..a', 'a..', '\\', 'C:', '/', '~', '%2e%2e');
    const root = resolve('/srv/x');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const name = parts.join('/');
        let path: string;
        try {
          path = safeEntryPath(name, refuse);
        } catch {
          return;
        }
        const abs = resolve(root, path);
        expect(abs === root || abs.startsWith(root + sep), `${name} → ${abs}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['.git', '.GIT', '.Git', '.git.', '.git ', '.git. .', 'git~1', 'GIT~1', '.g\u200cit', '\ufeff.git', '.git::$INDEX_ALLOCATION', '.git:stream'])(
    '%j is git metadata',
    (name) => {
      expect(isGitMetadataName(name)).toBe(true);
    },
  );

  it.each(['.gitignore', '.gitmodules', '.gitattributes', '.github', 'git', '.git2', 'git~2', '.gitkeep', 'a.git', '..git'])('%j is not', (name) => {
    expect(isGitMetadataName(name)).toBe(false);
  });

  it('names the git part of a path', () => {
    expect(gitMetadataPrefix(['repo', 'sub', '.GIT', 'config'])).toBe('repo/sub/.GIT');
    expect(gitMetadataPrefix(['repo', '.gitignore'])).toBeUndefined();
  });

  it('tells which paths the file system cannot take', () => {
    expect(unwritable(`${'x'.repeat(255)}.py`)).toBe('name over 255 bytes (not extracted)');
    // 128 two-byte characters: 256 bytes in UTF-8.
    expect(unwritable('é'.repeat(128))).toBe('name over 255 bytes (not extracted)');
    expect(unwritable(`${'d/'.repeat(1537)}a`)).toBe('path over 3072 bytes (not extracted)');
    expect(unwritable(`${'d/'.repeat(200)}${'x'.repeat(255)}`)).toBeUndefined();
  });

  it.each`
    ratio       | shown
    ${171.9}    | ${'171:1'}
    ${100.4}    | ${'100.4:1'}
    ${100.04}   | ${'100.04:1'}
    ${100.0001} | ${'more than 100:1'}
    ${1024}     | ${'1024:1'}
  `('a ratio of $ratio over a limit of 100 reads $shown', ({ ratio, shown }) => {
    expect(formatRatio(ratio, 100)).toBe(shown);
  });
});
