// Start-up stays light: what `evident --version` or `--help` loads is the
// command table only. Every module reached from bin.ts through static imports
// (type-only imports are erased) must lie in src/cli, src/util or
// src/version.ts, and import no package but commander; a command imports the
// analyser, the screening, the renderers and their packages when it runs
// (`await import(...)` in its action). docs/benchmarks.md has the timings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImports } from '../../test/helpers/layers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIGHT = /^src\/(cli|util)\/|^src\/version$/;
const PACKAGES = new Set(['commander']);

/** Files (repository-relative, no extension) and packages loaded by static imports from `entry`. */
function staticClosure(entry: string): { files: Map<string, string>; packages: Map<string, string> } {
  const files = new Map<string, string>([[entry, 'the entry point']]);
  const packages = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const from = queue.shift() as string;
    const path = [`${from}.ts`, join(from, 'index.ts')].find((p) => existsSync(join(ROOT, p)));
    if (!path) throw new Error(`cannot find the source of ${from}`);
    for (const ref of readImports(path, readFileSync(join(ROOT, path), 'utf8'))) {
      if (ref.typeOnly || ref.dynamic) continue;
      if (ref.target === null) {
        if (!ref.spec.startsWith('node:')) packages.set(ref.spec, `${path}:${ref.line}`);
      } else if (!files.has(ref.target)) {
        files.set(ref.target, `${path}:${ref.line}`);
        queue.push(ref.target);
      }
    }
  }
  return { files, packages };
}

describe('cli start-up', () => {
  it('loads only the command table: heavy modules and packages are imported when a command runs', () => {
    const { files, packages } = staticClosure('src/cli/bin');

    const heavyFiles = [...files].filter(([file]) => !LIGHT.test(file)).map(([file, at]) => `${file} (imported at ${at})`);
    const heavyPackages = [...packages].filter(([spec]) => !PACKAGES.has(spec)).map(([spec, at]) => `${spec} (imported at ${at})`);

    expect(heavyFiles).toEqual([]);
    expect(heavyPackages).toEqual([]);
    expect(files.has('src/cli/commands/scan')).toBe(true);
  });
});
