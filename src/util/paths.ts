// Finds the package's own files (data/) both from src/ (tsx, vitest) and dist/src/ (built).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding package.json and data/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'data'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the evident package root (package.json with data/)');
    dir = up;
  }
  root = dir;
  return dir;
}

export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}
