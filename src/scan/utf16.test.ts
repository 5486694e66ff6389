import { describe, expect, it } from 'vitest';
import { buildRepo } from '../../test/helpers/repo.js';
import { scanRepository } from '../app/pipeline.js';
import { utf8Of } from './parse-one.js';

const PINS = 'numpy==1.26.4\r\npandas==2.2.2\r\nscikit-learn==1.5.0\r\n';
const bom = (le: boolean) => Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]);
const utf16 = (text: string, le: boolean) => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([bom(le), body]);
};

describe('scan/utf16', () => {
  it('re-encodes UTF-16 text with a byte-order mark, both byte orders, and leaves other bytes alone', () => {
    expect(Buffer.from(utf8Of(utf16(PINS, true))).toString('utf8')).toBe(PINS);
    expect(Buffer.from(utf8Of(utf16(PINS, false))).toString('utf8')).toBe(PINS);
    const plain = Buffer.from(PINS);
    expect(utf8Of(plain)).toBe(plain);
  });

  it('reads a requirements file saved as UTF-16 (pip freeze in PowerShell) instead of skipping it as binary', async () => {
    const repo = await buildRepo({ 'requirements.txt': utf16(PINS, true), 'train.py': 'import numpy\n' });
    try {
      const scan = await scanRepository(repo.root, { history: false });

      expect(scan.skipped.map((s) => s.path)).not.toContain('requirements.txt');
      const pinned = scan.signals.find((s) => s.id === 'pinned_dependencies');
      expect(pinned?.present).toBe(true);
      expect(pinned?.evidence[0].location).toBe('requirements.txt:1');
    } finally {
      await repo.cleanup();
    }
  });
});

describe('screen/snippets of UTF-16 files', () => {
  it('cites the line of a UTF-16 requirements file as written, not as raw bytes', async () => {
    const { readSnippets } = await import('../screen/snippets.js');
    const repo = await buildRepo({ 'requirements.txt': utf16(PINS, true), 'train.py': 'import numpy\n' });
    try {
      const scan = await scanRepository(repo.root, { history: false });

      const snippets = await readSnippets(repo.root, scan);

      expect(snippets["requirements.txt:1"]).toBe('numpy==1.26.4');
    } finally {
      await repo.cleanup();
    }
  });
});
