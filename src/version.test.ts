import { readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRepo } from '../test/helpers/repo.js';
import { analyserHash, analyserVersion, rememberedAnalyserHash, VERSION } from './version.js';

/** A package laid out like this one: the analyser's folders, others beside them, data/. */
const PACKAGE = {
  'package.json': '{"name": "evident"}\n',
  'data/skills.yaml': 'python: {}\n',
  'src/version.ts': 'export const VERSION = "1";\n',
  'src/pipeline.ts': 'export const wiring = 1;\n',
  'src/parse/python.ts': 'export const rule = "a";\n',
  'src/parse/python.test.ts': 'it("x", () => {});\n',
  'src/signals/rag.ts': 'export const threshold = 0.5;\n',
  'src/cv/name.ts': 'export const words = "agency";\n',
  'src/report/html.ts': 'export const colour = "red";\n',
};

async function packageTree() {
  const pkg = await buildRepo(PACKAGE);
  return { ...pkg, self: join(pkg.root, 'src/version.ts'), hash: () => analyserHash(join(pkg.root, 'src/version.ts'), pkg.root) };
}

/** Rewrites a file through a new inode, as npm and most editors do. */
async function replace(path: string, text: string): Promise<void> {
  await writeFile(`${path}.new`, text);
  await rename(`${path}.new`, path);
}

describe('analyser version', () => {
  it('is the release and a hash of the analyser files', async () => {
    expect(await analyserVersion()).toMatch(new RegExp(`^${VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`));
  });

  it('changes with the parsers, detectors, wiring and data, not with tests or other stages', async () => {
    const pkg = await packageTree();
    const before = pkg.hash();
    const changed: Record<string, string> = {};
    for (const [path, text] of Object.entries({ 'src/parse/python.ts': 'export const rule = "b";\n', 'src/signals/rag.ts': 'export const threshold = 0.6;\n', 'src/pipeline.ts': 'export const wiring = 2;\n', 'data/skills.yaml': 'python: {x: 1}\n', 'src/cv/name.ts': 'export const words = "labs";\n' })) {
      const original = PACKAGE[path as keyof typeof PACKAGE];
      await writeFile(join(pkg.root, path), text);
      changed[path] = pkg.hash();
      await writeFile(join(pkg.root, path), original);
    }
    await writeFile(join(pkg.root, 'src/parse/python.test.ts'), 'it("y", () => {});\n');
    await writeFile(join(pkg.root, 'src/report/html.ts'), 'export const colour = "blue";\n');
    const unrelated = pkg.hash();
    await pkg.cleanup();

    expect(before).toMatch(/^[0-9a-f]{16}$/);
    for (const hash of Object.values(changed)) expect(hash).not.toBe(before);
    // The CV reader too: a cached CV parse is keyed by it (real-people review: a fixed name reader still titled a report from an old parse).
    expect(new Set(Object.values(changed)).size).toBe(5);
    expect(unrelated).toBe(before);
  });

  it('is remembered in the cache folder and read again only when a file changes, even at the same size', async () => {
    const pkg = await packageTree();
    const memo = await buildRepo({});
    const first = await rememberedAnalyserHash(pkg.self, memo.root, pkg.root, 0);
    const stored = readdirSync(join(memo.root, 'analyser'));
    const again = await rememberedAnalyserHash(pkg.self, memo.root, pkg.root, 0);
    await replace(join(pkg.root, 'src/signals/rag.ts'), 'export const threshold = 0.9;\n');
    const upgraded = await rememberedAnalyserHash(pkg.self, memo.root, pkg.root, 0);
    const fresh = pkg.hash();
    await pkg.cleanup();
    await memo.cleanup();

    expect(first).toBe(again);
    expect(stored).toHaveLength(1);
    expect(upgraded).not.toBe(first);
    expect(upgraded).toBe(fresh);
  });

  it('remembers nothing for files changed within the racy window, and ignores a corrupt memo', async () => {
    const pkg = await packageTree();
    const memo = await buildRepo({});
    const hash = await rememberedAnalyserHash(pkg.self, memo.root, pkg.root);
    const racy = readdirSync(memo.root);
    await rememberedAnalyserHash(pkg.self, memo.root, pkg.root, 0);
    const [entry] = readdirSync(join(memo.root, 'analyser'));
    await writeFile(join(memo.root, 'analyser', entry), 'not a hash');
    const healed = await rememberedAnalyserHash(pkg.self, memo.root, pkg.root, 0);
    await pkg.cleanup();
    await memo.cleanup();

    expect(racy).toEqual([]);
    expect(healed).toBe(hash);
  });
});
