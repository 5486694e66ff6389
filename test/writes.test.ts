// One atomic file writer (issue 10): every file Evident produces (reports,
// caches, exports) goes through src/util/atomic-write.ts. The few other
// writers stream bytes into private temporary places and are listed here with
// why; a new one must be added with its reason, or use the atomic writer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRITE_CALL = /\b(?:writeFile|writeFileSync|createWriteStream|appendFile|appendFileSync)\(/;

const ALLOWED: Record<string, string> = {
  'src/util/atomic-write.ts': 'the atomic writer itself',
  'src/ingest/archive-entry.ts': 'streams archive entries into a fresh private extraction folder, with size limits',
  'src/ingest/git-shadow.ts': 'a private scratch git directory made for one scan',
  'src/store/files.ts': 'streams an upload to a temporary name in the private data folder, then renames it',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name) ? [relative(ROOT, path).split(sep).join('/')] : [];
  });
}

describe('writes', () => {
  it('only the atomic writer and the listed streaming writers write files', () => {
    const writers = sources(join(ROOT, 'src')).filter((file) => WRITE_CALL.test(readFileSync(join(ROOT, file), 'utf8')));

    expect(writers.sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});
